/**
 * The Obsidian Spaced Repetition plugin's syntax: `Question::Answer` on one line, or question
 * lines, a `?` line and answer lines; `==cloze==` deletions; a `#flashcards/…` deck tag. The
 * plugin writes `<!--SR:…-->` on the line right after a card.
 *
 * That plugin reads any line holding `::` as a single-line card, even inside a multi-line card,
 * so no line of a card's text may hold one: every colon of a run but the first is written `\:`,
 * which the review renders as a colon. A text line that is only `?` is escaped the same way.
 * A multi-line card ends at its first empty line, so an answer that ends with a table cannot
 * keep the link under it (it would be read as a row): the link goes under the question instead.
 */
import { clozeWith, type Card } from "../card";
import { endsWithTable, slug, type QuizFormat } from "./quiz-format";

/** `std::vector` → `std:\:vector`: no run of colons is left for the plugin to split at. */
function escapeColonRuns(text: string): string {
  return text.includes("::") ? text.replace(/::+/g, (run) => run.split("").join("\\")) : text;
}

/** A card's text as lines the plugin reads as text: no colon run, no line that is only `?` or `??` (its separators). */
function textLines(text: string): string[] {
  return escapeColonRuns(text)
    .split("\n")
    .map((line) => (/^\s*\?\??\s*$/.test(line) ? line.replace(/\?/g, "\\?") : line));
}

export const spacedRepetition: QuizFormat = {
  name: "spaced-repetition",
  distinctCloze: true,
  deckLines: (deck, group) => [`#flashcards/${[slug(deck) || "incubator", slug(group)].filter((s) => s).join("/")}`],
  card(card: Card): string[] {
    if (card.cloze) return [`${escapeColonRuns(clozeWith(card.cloze, (hidden) => `==${hidden}==`))} ${card.link}`];
    const front = textLines(card.front);
    const back = textLines(card.back);
    // A colon next to the separator would make a longer run (`:::` is a reversed card).
    const oneLine = front.length === 1 && back.length === 1 && !front[0].endsWith(":") && !back[0].startsWith(":");
    if (oneLine) return [`${front[0]}::${back[0]} ${card.link}`];
    if (endsWithTable(card.back)) return [...front, card.link, "?", ...back];
    return [...front, "?", ...back, card.link];
  },
  isToolLine: (line) => /^<!--SR:.*-->\s*$/.test(line),
  attachToolLines: (body, toolLines) => [...body, ...toolLines],
};
