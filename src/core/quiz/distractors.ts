/**
 * Multiple-choice distractors (SPEC §6): terms of the same note and upstream group first, then the
 * vault's terms that share the most words with the definition. The index is built once for a
 * run, so that picking three distractors costs about the same whatever the size of the vault or
 * the group: no pool is gathered, hashed or sorted per card.
 */
import { fnv1a } from "../hash";
import type { Definition } from "../note/model";
import type { IndexSnapshot } from "../vault/vault-index";

export interface DistractorSource {
  /** Term lists a note's distractors come from first: its upstream groups' (its own terms among them). */
  near(path: string): readonly (readonly string[])[];
  /** The vault's terms that hold `word`. */
  withWord(word: string): readonly string[];
}

export const DISTRACTORS = 3;

/** Words that tell terms apart: lower case, three letters or more. */
export function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
}

function distinct(terms: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const term of terms) {
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

function byWord(terms: readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const term of distinct(terms)) {
    for (const word of wordsOf(term)) {
      const list = index.get(word);
      if (list) list.push(term);
      else index.set(word, [term]);
    }
  }
  return index;
}

/** The distractor index of a vault. */
export function distractorIndex(snapshot: IndexSnapshot): DistractorSource {
  const termsOf = new Map(snapshot.notes.map((n) => [n.path, n.definitions.map((d) => d.term)]));
  const listsOf = new Map<string, string[][]>();
  for (const group of snapshot.groups) {
    const terms = distinct(group.notes.flatMap((path) => termsOf.get(path) ?? []));
    for (const path of group.notes) {
      const lists = listsOf.get(path);
      if (lists) lists.push(terms);
      else listsOf.set(path, [terms]);
    }
  }
  const words = byWord(snapshot.notes.flatMap((n) => n.definitions.map((d) => d.term)));
  return { near: (path) => listsOf.get(path) ?? [termsOf.get(path) ?? []], withWord: (word) => words.get(word) ?? [] };
}

/** No distractors: for runs that write no multiple-choice card. */
export const NO_DISTRACTORS: DistractorSource = { near: () => [], withWord: () => [] };

/** A source from given terms: `near` for every note, `far` found by shared words. */
export function distractorsFrom(near: readonly string[], far: readonly string[]): DistractorSource {
  const words = byWord(far);
  return { near: () => [near], withWord: (word) => words.get(word) ?? [] };
}

/**
 * Three terms that are not the definition's own, or null when there are not three: the near
 * lists probed from a place set by a hash of the card id (stable, and varied from card to card),
 * then the vault's terms by the number of words they share with the definition.
 */
export function pickDistractors(source: DistractorSource, path: string, cardKey: string, d: Definition): string[] | null {
  const taken = new Set([d.term, ...d.aliases].map((n) => n.toLowerCase()));
  const picked: string[] = [];
  const offer = (term: string) => {
    const key = term.toLowerCase();
    if (taken.has(key)) return;
    taken.add(key);
    picked.push(term);
  };
  const lists = source.near(path);
  const total = lists.reduce((n, l) => n + l.length, 0);
  const at = (i: number) => {
    for (const list of lists) {
      if (i < list.length) return list[i];
      i -= list.length;
    }
    return "";
  };
  // Stryker disable next-line EqualityOperator: equivalent; with no near terms both loops below stop at once.
  if (total > 0) {
    const start = fnv1a(cardKey) % total;
    // An odd stride spreads the picks over the group's notes; a linear sweep makes sure of the rest.
    const stride = (fnv1a(`${cardKey}\u0000stride`) % total) | 1;
    for (let k = 0; k < total && picked.length < DISTRACTORS; k++) offer(at((start + k * stride) % total));
    for (let k = 0; k < total && picked.length < DISTRACTORS; k++) offer(at((start + k) % total));
  }
  if (picked.length < DISTRACTORS) {
    const shared = new Map<string, number>();
    for (const word of wordsOf(`${d.term} ${d.text}`)) for (const term of source.withWord(word)) shared.set(term, (shared.get(term) ?? 0) + 1);
    const ranked = [...shared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [term] of ranked) {
      if (picked.length === DISTRACTORS) break;
      offer(term);
    }
  }
  return picked.length === DISTRACTORS ? picked : null;
}
