/**
 * A reader for the Obsidian Spaced Repetition plugin's card syntax, from its documentation
 * (summed up in shared/FORMATS.md) and the line rule its parser applies: `Q::A` single-line
 * cards (`:::` makes two, one reversed); multi-line cards — question lines, a `?` line (`??`
 * reversed), answer lines, ending at a blank line; `==cloze==` deletions, one card each; a
 * `#flashcards` tag names the deck. A line that holds `::` anywhere is a single-line card of its
 * own, even inside a multi-line card (whose lines before it are then lost), so a card's text
 * must never hold `::`. Texts are read as the review shows them: `\:` is a colon, `\?` a question mark.
 */
import { withoutComments, type CardPair } from "./card-pair";

export interface SrNote {
  decks: string[];
  cards: CardPair[];
  /** Scheduling comments with the question of the card they follow. */
  schedules: { question: string; comment: string }[];
}

/** As rendered: a backslash before a colon only escapes it. */
const shown = (text: string) => withoutComments(text).replace(/\\([:?])/g, "$1");

export function readSpacedRepetition(text: string): SrNote {
  const lines = text.split(/\r?\n/);
  const decks = [...text.matchAll(/(?:^|\s)#(flashcards(?:\/[^\s#]+)?)/g)].map((m) => m[1]);
  const cards: CardPair[] = [];
  const schedules: SrNote["schedules"] = [];
  const isSchedule = (line: string | undefined) => line !== undefined && /^<!--SR:.*-->$/.test(line.trim());
  let i = 0;
  while (i < lines.length) {
    // A block of non-blank lines.
    let j = i;
    while (j < lines.length && lines[j].trim() !== "") j++;
    const block = lines.slice(i, j);
    i = j + 1;
    // Lines since the last single-line card: what a multi-line card or a cloze is made of.
    let open: string[] = [];
    for (let k = 0; k < block.length; k++) {
      const line = block[k];
      if (!line.includes("::")) {
        open.push(line);
        continue;
      }
      const reversed = line.includes(":::");
      const at = line.indexOf(reversed ? ":::" : "::");
      const q = shown(line.slice(0, at));
      const a = shown(line.slice(at + (reversed ? 3 : 2)));
      cards.push({ question: q, answer: a });
      if (reversed) cards.push({ question: a, answer: q });
      if (isSchedule(block[k + 1])) schedules.push({ question: q, comment: block[++k].trim() });
      open = [];
    }
    readOpenLines(open, cards, schedules, isSchedule);
  }
  return { decks, cards, schedules };
}

function readOpenLines(block: string[], cards: CardPair[], schedules: SrNote["schedules"], isSchedule: (line: string | undefined) => boolean): void {
  if (block.length === 0) return;
  const isSeparator = (l: string) => l.trim() === "?" || l.trim() === "??";
  const sep = block.findIndex(isSeparator);
  // With a second separator line the plugin's versions read the card differently: none is right.
  if (block.filter(isSeparator).length > 1) throw new Error(`more than one separator line in a card: ${block.join(" / ")}`);
  if (sep > 0) {
    const question = shown(block.slice(0, sep).join("\n"));
    const answer = shown(block.slice(sep + 1).filter((l) => !isSchedule(l)).join("\n"));
    cards.push({ question, answer });
    if (block[sep].trim() === "??") cards.push({ question: answer, answer: question });
    const schedule = block.slice(sep + 1).find(isSchedule);
    if (schedule) schedules.push({ question, comment: schedule.trim() });
    return;
  }
  const paragraph = block.filter((l) => !isSchedule(l)).join("\n");
  for (const d of paragraph.matchAll(/==([^=]+)==/g)) {
    const question = shown(paragraph.replace(d[0], "[...]").replace(/==([^=]+)==/g, "$1"));
    cards.push({ question, answer: shown(d[1]) });
    const schedule = block.find(isSchedule);
    if (schedule) schedules.push({ question, comment: schedule.trim() });
  }
}
