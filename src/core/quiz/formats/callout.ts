/** Plain Obsidian callouts: a question callout with a folded answer inside; no plugin needed. */
import type { Card } from "../card";
import type { QuizFormat } from "./quiz-format";

export const callout: QuizFormat = {
  name: "callout",
  deckLines: () => [],
  card(card: Card): string[] {
    const [first, ...rest] = card.cloze ? [`Fill in the blank: ${card.cloze.text.replace(card.cloze.hidden, "_____")}`] : card.front.split("\n");
    const answer = card.cloze ? card.cloze.hidden : card.back;
    return [
      `> [!question] ${first}`,
      ...rest.map((l) => `> ${l}`),
      "> > [!success]- Answer",
      ...answer.split("\n").map((l) => `> > ${l}`),
      `> > ${card.link}`,
    ];
  },
  isToolLine: () => false,
  attachToolLines: (body) => body,
};
