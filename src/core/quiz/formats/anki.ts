/**
 * Obsidian_to_Anki's note blocks: `START`, the note type, the first field, `Back: …`, `END`,
 * under `TARGET DECK`. The tool adds `<!--ID: …-->` inside a block after syncing; losing it
 * makes a duplicate in Anki, so it goes back before `END`.
 */
import type { Card } from "../card";
import type { QuizFormat } from "./quiz-format";

export const anki: QuizFormat = {
  name: "anki",
  deckLines: (deck, group) => ["TARGET DECK", [deck.trim() || "Incubator", group.trim()].filter((s) => s).join("::")],
  card(card: Card): string[] {
    if (card.cloze) {
      const { text, hidden } = card.cloze;
      const at = text.indexOf(hidden);
      const clozed = at < 0 ? text : `${text.slice(0, at)}{{c1::${hidden}}}${text.slice(at + hidden.length)}`;
      return ["START", "Cloze", `${clozed} ${card.link}`, "END"];
    }
    return ["START", "Basic", ...card.front.split("\n"), `Back: ${card.back.split("\n")[0]}`, ...card.back.split("\n").slice(1), card.link, "END"];
  },
  isToolLine: (line) => /^<!--ID: ?\d+-->\s*$/.test(line),
  attachToolLines(body, toolLines) {
    const end = body.lastIndexOf("END");
    return end < 0 ? [...body, ...toolLines] : [...body.slice(0, end), ...toolLines, ...body.slice(end)];
  },
};
