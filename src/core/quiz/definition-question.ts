/**
 * The question of a definition card: `What is a Gadget?`, and `What are Security groups?` for a
 * plural term, which a learner would otherwise read as a grammar slip on every review.
 */
import type { Definition } from "../note/model";
import { termLabel } from "../note/terms";

/** Words after which a term's head noun has been named: `Bag of Words` is one bag. */
const AFTER_HEAD = new Set(["of", "for", "in", "on", "to", "with", "by", "from", "at", "vs", "versus"]);

/**
 * Whether a term names several things, read from its head noun (the last word before a
 * preposition): `EC2 instances`, `Types`; not `Bias`, `Redis`, `Physics`, `Node.js`, `Bag of Words`,
 * nor a gerund phrase (`Implementing Interfaces` is one activity).
 */
export function isPluralTerm(term: string): boolean {
  const words = term.trim().split(/\s+/);
  if (words.length > 1 && /ing$/i.test(words[0])) return false;
  const cut = words.findIndex((w, i) => i > 0 && AFTER_HEAD.has(w.toLowerCase()));
  const head = words[(cut < 0 ? words.length : cut) - 1];
  return /^[A-Za-z-]*[a-z]s$/.test(head) && !/(?:ss|us|is|as|ics)$/.test(head);
}

export function definitionQuestion(d: Pick<Definition, "term" | "aliases">): string {
  return `What ${isPluralTerm(d.term) ? "are" : "is"} ${termLabel(d)}?`;
}
