/**
 * Plain Obsidian callouts: a question callout with a folded answer inside; no plugin needed.
 * Every line of a card carries the callout's `> ` (a line without it ends the callout), and an
 * answer that ends with a table gets an empty callout line before the link.
 */
import { clozeWith, type Card } from "../card";
import { endsWithTable, type QuizFormat } from "./quiz-format";

export const callout: QuizFormat = {
  name: "callout",
  distinctCloze: false,
  deckLines: () => [],
  card(card: Card): string[] {
    const question = card.cloze ? `Fill in the blank: ${clozeWith(card.cloze, () => "_____")}` : card.front;
    const [first, ...rest] = question.split("\n");
    const answer = card.cloze ? card.cloze.hidden : card.back;
    return [
      `> [!question] ${first}`,
      ...rest.map((l) => `> ${l}`),
      "> > [!success]- Answer",
      ...answer.split("\n").map((l) => `> > ${l}`),
      ...(endsWithTable(answer) ? ["> >"] : []),
      `> > ${card.link}`,
    ];
  },
  isToolLine: () => false,
  attachToolLines: (body) => body,
};
