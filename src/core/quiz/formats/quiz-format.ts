/** What a review-card format must provide: how cards look, and which lines its tool owns. */
import type { Card } from "../card";

export type QuizFormatName = "spaced-repetition" | "anki" | "callout";

export interface QuizFormat {
  name: QuizFormatName;
  /** Lines naming the deck at the top of the generated region (none for callouts). */
  deckLines(deck: string, group: string): string[];
  card(card: Card): string[];
  /** Whether a cloze card looks different from the reversed card of the same definition. */
  distinctCloze: boolean;
  /** A line the review tool wrote into a card (scheduling data, a note id): never ours to change. */
  isToolLine(line: string): boolean;
  /** Puts the tool's lines back into a regenerated card, where the tool expects them. */
  attachToolLines(body: string[], toolLines: string[]): string[];
}

/** `AWS Lambda / Cold starts` → `aws-lambda-cold-starts`: a name usable inside a tag. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== "")
    .join("-");
}

/**
 * Whether a text ends with a table row. Markdown continues a table on the next line that is not
 * empty, so a link written right under it would become one more row.
 */
export function endsWithTable(text: string): boolean {
  const last = text.slice(text.lastIndexOf("\n") + 1).trim();
  return last.startsWith("|");
}
