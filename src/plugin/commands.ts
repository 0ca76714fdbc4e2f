/** The plugin's commands, each a thin call into the class that does the work. */
import type { Plugin } from "obsidian";
import type { PromotionCommands } from "./promotion/promotion-commands";
import type { QuizCommands } from "./quiz-commands";

export function registerCommands(plugin: Plugin, openPanel: () => Promise<void>, quiz: QuizCommands, promotion: PromotionCommands): void {
  plugin.addCommand({ id: "open-panel", name: "Open panel", callback: () => void openPanel() });
  plugin.addCommand({
    id: "generate-quiz-current-note",
    name: "Generate quiz for current note",
    checkCallback: (checking) => {
      const path = quiz.activeNote();
      if (path && !checking) void quiz.quizNote(path);
      return path !== null;
    },
  });
  plugin.addCommand({
    id: "generate-quiz-current-group",
    name: "Generate quiz for current upstream group",
    checkCallback: (checking) => {
      const path = quiz.activeNote();
      if (path && !checking) void quiz.quizActiveGroup(path);
      return path !== null;
    },
  });
  plugin.addCommand({ id: "generate-quiz-all", name: "Generate quizzes for all notes", callback: () => void quiz.quizAll() });
  plugin.addCommand({ id: "generate-overview", name: "Generate overview note", callback: () => void quiz.overview() });
  plugin.addCommand({
    id: "promote-current-note",
    name: "Promote current note",
    checkCallback: (checking) => {
      const path = quiz.activeNote();
      if (path && !checking) void promotion.promote([path]);
      return path !== null;
    },
  });
  plugin.addCommand({ id: "promote-ready-notes", name: "Promote all ready notes…", callback: () => void promotion.promoteReady() });
  plugin.addCommand({
    id: "undo-last-promotion",
    name: "Undo last promotion",
    checkCallback: (checking) => {
      if (promotion.canUndo() && !checking) void promotion.undo();
      return promotion.canUndo();
    },
  });
}
