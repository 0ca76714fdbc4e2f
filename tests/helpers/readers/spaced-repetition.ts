/**
 * A reader for the Obsidian Spaced Repetition plugin's card syntax, from its documentation
 * (summed up in shared/FORMATS.md): `Q::A` single-line cards (`:::` makes two, one reversed);
 * multi-line cards — question lines, a `?` line (`??` reversed), answer lines, ending at a blank
 * line; `==cloze==` deletions, one card each; a `#flashcards` tag names the deck.
 */
import { withoutComments, type CardPair } from "./card-pair";

export interface SrNote {
  decks: string[];
  cards: CardPair[];
  /** Scheduling comments with the question of the card they follow. */
  schedules: { question: string; comment: string }[];
}

export function readSpacedRepetition(text: string): SrNote {
  const lines = text.split(/\r?\n/);
  const decks = [...text.matchAll(/(?:^|\s)#(flashcards(?:\/[^\s#]+)?)/g)].map((m) => m[1]);
  const cards: CardPair[] = [];
  const schedules: SrNote["schedules"] = [];
  let i = 0;
  const isSchedule = (line: string | undefined) => line !== undefined && /^<!--SR:.*-->$/.test(line.trim());
  while (i < lines.length) {
    // A block of non-blank lines.
    let j = i;
    while (j < lines.length && lines[j].trim() !== "") j++;
    const block = lines.slice(i, j);
    i = j + 1;
    if (block.length === 0) continue;
    const sep = block.findIndex((l) => l.trim() === "?" || l.trim() === "??");
    const single = block.findIndex((l) => l.includes("::"));
    if (sep > 0) {
      const question = withoutComments(block.slice(0, sep).join("\n"));
      const answerLines = block.slice(sep + 1).filter((l) => !isSchedule(l));
      const answer = withoutComments(answerLines.join("\n"));
      cards.push({ question, answer });
      if (block[sep].trim() === "??") cards.push({ question: answer, answer: question });
      const schedule = block.slice(sep + 1).find(isSchedule);
      if (schedule) schedules.push({ question, comment: schedule.trim() });
    } else if (single >= 0) {
      const line = block[single];
      const reversed = line.includes(":::");
      const [q, a] = reversed ? line.split(":::") : [line.slice(0, line.indexOf("::")), line.slice(line.indexOf("::") + 2)];
      cards.push({ question: withoutComments(q), answer: withoutComments(a) });
      if (reversed) cards.push({ question: withoutComments(a), answer: withoutComments(q) });
      if (isSchedule(block[single + 1])) schedules.push({ question: withoutComments(q), comment: block[single + 1].trim() });
    } else {
      const paragraph = block.filter((l) => !isSchedule(l)).join("\n");
      const deletions = [...paragraph.matchAll(/==([^=]+)==/g)];
      for (const d of deletions) {
        const question = withoutComments(paragraph.replace(d[0], "[...]").replace(/==([^=]+)==/g, "$1"));
        cards.push({ question, answer: d[1] });
        const schedule = block.find(isSchedule);
        if (schedule) schedules.push({ question, comment: schedule.trim() });
      }
    }
  }
  return { decks, cards, schedules };
}
