/** A review card, independent of the format it is written in. */
import { shortHash } from "../hash";

export type CardKind = "definition" | "reversed" | "cloze" | "question" | "comparison" | "subject" | "aspect" | "choice" | "point-list" | "step-order" | "point";

export const ALL_CARD_KINDS: readonly CardKind[] = ["definition", "reversed", "cloze", "question", "comparison", "subject", "aspect", "choice", "point-list", "step-order", "point"];

/**
 * The default set follows the minimum-information principle: one card a fact in each direction.
 * Reversed and multiple choice ask what the cloze asks (the text, for the term), so they are
 * settings a user turns on. Key points give a list card, step-order cards and a card per point.
 */
export const DEFAULT_CARD_KINDS: readonly CardKind[] = ["definition", "cloze", "question", "comparison", "subject", "aspect", "point-list", "step-order", "point"];

export interface Card {
  /** Stable across regenerations: derived from the source note and the concept, not the wording. */
  id: string;
  kind: CardKind;
  /** Question side; may span lines. */
  front: string;
  /** Answer side; may span lines. */
  back: string;
  /** For a cloze: the sentence, the words hidden in it, and where (the first place they stand outside an address). */
  cloze?: { text: string; hidden: string; at: number };
  /** `[[Note#Heading#Sub]]`, the card's way back to its source. */
  link: string;
}

/** The cloze's sentence with the hidden words replaced by what `mark` makes of them (`==x==`, `{{c1::x}}`, a blank). */
export function clozeWith(cloze: NonNullable<Card["cloze"]>, mark: (hidden: string) => string): string {
  return `${cloze.text.slice(0, cloze.at)}${mark(cloze.hidden)}${cloze.text.slice(cloze.at + cloze.hidden.length)}`;
}

export function cardId(sourcePath: string, kind: CardKind, concept: string): string {
  return shortHash(`${sourcePath}\u0000${kind}\u0000${concept.toLowerCase()}`);
}

/** Characters that would break a wikilink's heading part; Obsidian leaves a heading's colons out of its links too. */
function linkSafe(text: string): string {
  return text.replace(/[[\]|#^:]/g, " ").replace(/\s+/g, " ").trim();
}

/** `[[EC2 Instance Storage#AMI#Overview]]`: Obsidian resolves nested heading links. */
export function sourceLink(title: string, headingPath: string): string {
  const headings = headingPath ? headingPath.split(" > ").map(linkSafe).filter((h) => h) : [];
  return `[[${[linkSafe(title), ...headings].join("#")}]]`;
}
