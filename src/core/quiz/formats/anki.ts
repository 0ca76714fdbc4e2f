/**
 * Obsidian_to_Anki's note blocks: `START`, the note type, the first field, `Back: …`, `END`,
 * under `TARGET DECK`. The tool adds `<!--ID: …-->` inside a block after syncing; losing it
 * makes a duplicate in Anki, so it goes back before `END`.
 *
 * The tool takes a block's last line as its id line when it holds `ID: <digits>` anywhere, so the
 * last line is always ours: the source link (colons are never part of it). A cloze note's link
 * goes to its Back Extra field, on a line of its own; an answer that ends with a table gets an
 * empty line before the link, which would otherwise be read as a row.
 */
import { clozeWith, type Card } from "../card";
import { endsWithTable, type QuizFormat } from "./quiz-format";

/**
 * Line starts the tool reads as syntax wherever they stand: its block, deck, tags and delete
 * markers (matched at a line's start, `END` even with text after it) and the field names of the
 * two note types written here (a line `Back: …` starts that field).
 */
const TOOL_LINE_START = /^(?:START|END|TARGET DECK|FILE TAGS|DELETE|Front:|Back:|Text:|Back Extra:)/;

/** A text line the tool would read as syntax gets a leading space, which Markdown does not show. */
function asText(line: string): string {
  return TOOL_LINE_START.test(line) ? ` ${line}` : line;
}

const textLines = (text: string) => text.split("\n").map(asText);

export const anki: QuizFormat = {
  name: "anki",
  distinctCloze: true,
  deckLines: (deck, group) => ["TARGET DECK", [deck.trim() || "Incubator", group.trim()].filter((s) => s).join("::")],
  card(card: Card): string[] {
    if (card.cloze) {
      const clozed = clozeWith(card.cloze, (hidden) => `{{c1::${hidden}}}`);
      return ["START", "Cloze", ...textLines(clozed), `Back Extra: ${card.link}`, "END"];
    }
    const [firstBack, ...back] = textLines(card.back);
    const gap = endsWithTable(card.back) ? [""] : [];
    return ["START", "Basic", ...textLines(card.front), `Back: ${firstBack}`, ...back, ...gap, card.link, "END"];
  },
  isToolLine: (line) => /^<!--ID: ?\d+-->\s*$/.test(line),
  attachToolLines(body, toolLines) {
    const end = body.lastIndexOf("END");
    // Stryker disable next-line EqualityOperator: equivalent; a card body never starts with END.
    return end < 0 ? [...body, ...toolLines] : [...body.slice(0, end), ...toolLines, ...body.slice(end)];
  },
};
