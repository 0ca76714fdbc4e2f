/** The plugin's commands, each a thin call into the class that does the work. */
import type { Plugin } from "obsidian";
import type { PromotionCommands } from "./promotion/promotion-commands";
import type { QuizCommands } from "./quiz-commands";

export function registerCommands(plugin: Plugin, openPanel: () => Promise<void>, quiz: QuizCommands, promotion: PromotionCommands): void {
  plugin.addCommand({ id: "open-panel", name: "Open panel", callback: () => void openPanel() });
  // Offered only while an incubator note is open in the editor.
  const onActiveNote = (id: string, name: string, run: (path: string) => Promise<void>) =>
    plugin.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        const path = quiz.activeNote();
        if (path && !checking) void run(path);
        return path !== null;
      },
    });
  onActiveNote("generate-quiz-current-note", "Generate quiz for current note", (path) => quiz.quizNote(path));
  onActiveNote("generate-quiz-current-group", "Generate quiz for current upstream group", (path) => quiz.quizActiveGroup(path));
  plugin.addCommand({ id: "generate-quiz-all", name: "Generate quizzes for all notes", callback: () => void quiz.quizAll() });
  plugin.addCommand({ id: "generate-overview", name: "Generate overview note", callback: () => void quiz.overview() });
  onActiveNote("promote-current-note", "Promote current note", (path) => promotion.promote([path]));
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
