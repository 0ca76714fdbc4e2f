/**
 * Cards from a note report (SPEC §6): definition, reversed, cloze, the note's questions,
 * comparison, subject and aspect items, multiple choice with distractors from sibling terms of the
 * same upstream group, and the cards of key points (point-cards.ts). Everything is deterministic: order, ids and distractors.
 */
import { fnv1a } from "../hash";
import { eachMatch } from "../patterns";
import type { Comparison, Definition, KeyPoint } from "../note/model";
import { definitionQuestion } from "./definition-question";
import type { NoteReport } from "../vault/note-report";
import { cardId, sourceLink, type Card, type CardKind } from "./card";
import { pickDistractors, type DistractorSource } from "./distractors";
import { pointAskedBy, pointCards } from "./point-cards";

const BLANK = "_____";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every whole-word occurrence of the names, longest first, case-insensitive. */
function namesPattern(names: string[]): RegExp | null {
  const words = names.filter((n) => n.trim().length > 0).sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return new RegExp(`(^|[^\\p{L}\\p{N}])(${words.map(escapeRegExp).join("|")})(?=$|[^\\p{L}\\p{N}])`, "giu");
}

/**
 * URLs, wikilinks and Markdown link targets: a term inside one is part of an address, not the
 * term. Each part is bounded, so that no text makes the search slower than linear.
 */
const ADDRESS = /\[\[[^\]\n]{0,1000}\]\]|\]\([^)\s]{0,2000}\)|\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s<>)\]]{0,2000}|\b(?:data|mailto|tel):[^\s<>)\]]{1,2000}/gi;

function addressSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  eachMatch(ADDRESS, text, (m) => {
    spans.push([m.index, m.index + m[0].length]);
  });
  return spans;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character ending just before `at` (a whole code point) is a letter or digit. */
function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start) as number));
}

function wordAt(text: string, at: number): boolean {
  return at < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/**
 * Whole-word occurrences of the names (case aside), longest first where two start together, as
 * [start, end). Found with indexOf on the lower-cased text: a pattern built per definition would be
 * compiled to native code on its second search (half a millisecond each for Unicode classes).
 */
export function wordSpans(text: string, names: string[]): [number, number][] {
  const kept = names.filter((n) => n.trim().length > 0);
  const words = kept.map((n) => n.toLowerCase());
  const lower = text.toLowerCase();
  // Rare: lower case changes the text's length (`İ`), and positions would not carry over.
  if (lower.length !== text.length || words.some((w, i) => w.length !== kept[i].length)) return patternSpans(text, names);
  const spans: [number, number][] = [];
  let at = 0;
  for (;;) {
    let best = -1;
    let length = 0;
    for (const word of words) {
      let i = lower.indexOf(word, at);
      while (i >= 0 && (wordBefore(lower, i) || wordAt(lower, i + word.length))) i = lower.indexOf(word, i + 1);
      // Stryker disable next-line EqualityOperator: equivalent; two names of one length at one place are the same name.
      if (i >= 0 && (best < 0 || i < best || (i === best && word.length > length))) {
        best = i;
        length = word.length;
      }
    }
    if (best < 0) return spans;
    spans.push([best, best + length]);
    // As the pattern: the character before a name belongs to its match, so the next starts one further on.
    at = best + length + 1;
  }
}

/** The same with a pattern, for the texts the fast way cannot take. */
export function patternSpans(text: string, names: string[]): [number, number][] {
  const pattern = namesPattern(names);
  const spans: [number, number][] = [];
  if (pattern) {
    eachMatch(pattern, text, (m) => {
      const start = m.index + m[1].length;
      spans.push([start, start + m[2].length]);
    });
  }
  return spans;
}

/** Where each whole-word occurrence of the names stands outside addresses: [start, end) of the name. */
function nameSpans(text: string, names: string[]): [number, number][] {
  const spans = wordSpans(text, names);
  if (spans.length === 0) return spans;
  const addresses = addressSpans(text);
  return spans.filter(([start, end]) => !addresses.some(([a, b]) => start < b && end > a));
}

function blankOut(text: string, names: string[]): string {
  let out = "";
  let last = 0;
  for (const [start, end] of nameSpans(text, names)) {
    out += text.slice(last, start) + BLANK;
    last = end;
  }
  return out + text.slice(last);
}

function listNames(names: string[], joiner: "and" | "or"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${joiner} ${names[names.length - 1]}`;
}

/** Three distractors or no card: a choice between two is a guess, not a question. */
function choiceCard(note: NoteReport, d: Definition, source: DistractorSource, link: string): Card | null {
  const id = cardId(note.path, "choice", d.term);
  const distractors = pickDistractors(source, note.path, id, d);
  if (!distractors) return null;
  const options = [...distractors, d.term].sort((a, b) => fnv1a(id + "o" + a) - fnv1a(id + "o" + b) || (a < b ? -1 : 1));
  const letter = (i: number) => String.fromCharCode(65 + i);
  const answer = options.indexOf(d.term);
  return {
    id,
    kind: "choice",
    front: [`Which term is this? ${blankOut(d.text, [d.term, ...d.aliases])}`, ...options.map((o, i) => `- ${letter(i)}. ${o}`)].join("\n"),
    back: `${letter(answer)}. ${d.term}`,
    link,
  };
}

function definitionCards(note: NoteReport, d: Definition, source: DistractorSource, options: CardOptions): Card[] {
  const link = sourceLink(note.title, d.heading);
  const names = [d.term, ...d.aliases];
  const cards: Card[] = [
    { id: cardId(note.path, "definition", d.term), kind: "definition", front: definitionQuestion(d), back: d.text, link },
  ];
  const blanked = blankOut(d.text, names);
  if (blanked !== d.text) {
    cards.push({ id: cardId(note.path, "reversed", d.term), kind: "reversed", front: `Which term fits? ${blanked}`, back: d.term, link });
    const [first] = nameSpans(d.text, [d.term]);
    const sameAsReversed = !options.distinctCloze && options.kinds.includes("reversed");
    if (first && !sameAsReversed) {
      const hidden = d.text.slice(first[0], first[1]);
      cards.push({ id: cardId(note.path, "cloze", d.term), kind: "cloze", front: d.text, back: hidden, cloze: { text: d.text, hidden, at: first[0] }, link });
    }
  }
  if (options.kinds.includes("choice")) {
    const choice = choiceCard(note, d, source, link);
    if (choice) cards.push(choice);
  }
  return cards;
}

function comparisonTable(c: Comparison): string {
  const rows = c.items.map((i) => `| ${i.name.replace(/\|/g, "\\|")} | ${i.text.replace(/\n/g, " ").replace(/\|/g, "\\|")} |`);
  return ["| | |", "| --- | --- |", ...rows].join("\n");
}

function comparisonCards(note: NoteReport, c: Comparison): Card[] {
  // A whole-note comparison links to the note itself.
  const link = sourceLink(note.title, c.heading === note.title ? "" : c.heading);
  const cards: Card[] = [];
  const subjects = c.subjects;
  const back = c.summary ?? (c.items.length > 0 ? comparisonTable(c) : "");
  if (back) {
    cards.push({ id: cardId(note.path, "comparison", c.heading), kind: "comparison", front: `What is the difference between ${listNames(subjects, "and")}?`, back, link });
  }
  for (const item of c.items) {
    if (!item.text) continue;
    if (item.kind === "subject") {
      const names = [...subjects, item.name];
      cards.push({
        id: cardId(note.path, "subject", `${c.heading}\u0000${item.name}`),
        kind: "subject",
        front: `Which of ${listNames(subjects, "or")} is this? ${blankOut(item.text, names)}`,
        back: item.name,
        link,
      });
    } else {
      cards.push({
        id: cardId(note.path, "aspect", `${c.heading}\u0000${item.name}`),
        kind: "aspect",
        front: `How do ${listNames(subjects, "and")} differ in ${item.name.charAt(0).toLowerCase()}${item.name.slice(1)}?`,
        back: item.text,
        link,
      });
    }
  }
  return cards;
}

export interface CardOptions {
  kinds: readonly CardKind[];
  /**
   * Whether the format shows a cloze differently from the reversed card. Where it does not (a
   * callout's fill-in-the-blank reads as the reversed card's blanked text), a note gets only one.
   */
  distinctCloze: boolean;
}

/** `What is a Gadget?`, `what is gadget` and `What are Gadget?` ask the same. */
const NOT_ASKED = new Set(["", "a", "an", "the", "is", "are"]);
function questionKey(front: string): string {
  return front
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => !NOT_ASKED.has(w))
    .join(" ");
}

/**
 * The cards of one note, in the note's order. `distractors` is where multiple choice finds them. Two
 * cards that ask the same question (a `What is X?` heading and a bold definition of X) make one:
 * the first in the note.
 */
export function generateCards(note: NoteReport, distractors: DistractorSource, options: CardOptions): Card[] {
  const wanted = new Set(options.kinds);
  const askedAs = new Map<KeyPoint, string>();
  const questions = note.questions.filter((q) => {
    const point = wanted.has("point-list") ? pointAskedBy(q, note.points) : undefined;
    if (!point || askedAs.has(point)) return true;
    askedAs.set(point, q.question);
    return false;
  });
  const items: { line: number; cards: Card[] }[] = [
    ...note.definitions.map((d) => ({ line: d.line, cards: definitionCards(note, d, distractors, options) })),
    ...questions.map((q) => ({
      line: q.line,
      cards: [{ id: cardId(note.path, "question", q.question), kind: "question" as const, front: q.question, back: q.answer, link: sourceLink(note.title, q.heading) }],
    })),
    ...note.comparisons.map((c) => ({ line: c.line, cards: comparisonCards(note, c) })),
    ...note.points.map((p, i) => ({
      line: p.line,
      cards: pointCards(note, p, note.points.slice(0, i).filter((q) => q.kind === p.kind && q.heading === p.heading).length, askedAs.get(p)),
    })),
  ];
  const seen = new Set<string>();
  const asked = new Set<string>();
  return items
    .sort((a, b) => a.line - b.line)
    .flatMap((i) => i.cards)
    .filter((card) => {
      if (!wanted.has(card.kind) || seen.has(card.id)) return false;
      const question = questionKey(card.cloze ? card.cloze.text : card.front);
      if (asked.has(question)) return false;
      seen.add(card.id);
      asked.add(question);
      return true;
    });
}
