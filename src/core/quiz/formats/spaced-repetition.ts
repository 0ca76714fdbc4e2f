/**
 * The Obsidian Spaced Repetition plugin's syntax: `Question::Answer` on one line, or question
 * lines, a `?` line and answer lines; `==cloze==` deletions; a `#flashcards/…` deck tag. The
 * plugin writes `<!--SR:…-->` on the line right after a card.
 */
import type { Card } from "../card";
import { slug, type QuizFormat } from "./quiz-format";

function highlight(text: string, hidden: string): string {
  const at = text.indexOf(hidden);
  return at < 0 ? text : `${text.slice(0, at)}==${hidden}==${text.slice(at + hidden.length)}`;
}

export const spacedRepetition: QuizFormat = {
  name: "spaced-repetition",
  deckLines: (deck, group) => [`#flashcards/${[slug(deck) || "incubator", slug(group)].filter((s) => s).join("/")}`],
  card(card: Card): string[] {
    if (card.cloze) return [`${highlight(card.cloze.text, card.cloze.hidden)} ${card.link}`];
    const front = card.front.split("\n");
    const back = card.back.split("\n");
    const oneLine = front.length === 1 && back.length === 1 && !card.front.includes("::") && !card.back.includes("::");
    if (oneLine) return [`${card.front}::${card.back} ${card.link}`];
    return [...front, "?", ...back, card.link];
  },
  isToolLine: (line) => /^<!--SR:.*-->\s*$/.test(line),
  attachToolLines: (body, toolLines) => [...body, ...toolLines],
};
