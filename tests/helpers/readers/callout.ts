/**
 * A reader for question callouts, from Obsidian's callout syntax (shared/FORMATS.md):
 * `> [!question] Title` with more `> ` lines, and the answer in a folded `[!success]-` callout
 * nested in it (`> > …`, an empty line of it being `> >`).
 */
import type { CardPair } from "./card-pair";

export function readCallouts(text: string): (CardPair & { folded: boolean })[] {
  const lines = text.split(/\r?\n/);
  const cards: (CardPair & { folded: boolean })[] = [];
  const inAnswer = (line: string | undefined) => line !== undefined && (line.startsWith("> > ") || line === "> >");
  for (let i = 0; i < lines.length; i++) {
    const open = /^> \[!question\][+-]? ?(.*)$/.exec(lines[i]);
    if (!open) continue;
    const question = [open[1]];
    let j = i + 1;
    while (j < lines.length && lines[j].startsWith("> ") && !lines[j].startsWith("> >")) question.push(lines[j++].slice(2));
    const answerOpen = /^> ?> \[!success\](-?)/.exec(lines[j] ?? "");
    if (!answerOpen) continue;
    const answer: string[] = [];
    for (j++; inAnswer(lines[j]); j++) answer.push(lines[j].slice(4));
    cards.push({ question: question.join("\n"), answer: answer.join("\n"), folded: answerOpen[1] === "-" });
    i = j - 1;
  }
  return cards;
}
