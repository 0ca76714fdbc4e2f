/**
 * Cards from a note report (SPEC §6): definition, reversed, cloze, the note's questions,
 * comparison, subject and aspect items, and multiple choice with distractors from sibling terms
 * of the same upstream group. Everything is deterministic: order, ids and distractors.
 */
import { fnv1a } from "../hash";
import type { Comparison, Definition } from "../note/model";
import type { NoteReport } from "../vault/note-report";
import { cardId, sourceLink, type Card, type CardKind } from "./card";

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

function blankOut(text: string, names: string[]): string {
  const pattern = namesPattern(names);
  return pattern ? text.replace(pattern, `$1${BLANK}`) : text;
}

function listNames(names: string[], joiner: "and" | "or"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${joiner} ${names[names.length - 1]}`;
}

function termLabel(d: Definition): string {
  return d.aliases.length > 0 ? `${d.term} (${d.aliases.join(", ")})` : d.term;
}

/** Three distractors chosen by a hash of the card id, so the choice is stable and varied. */
function choiceCard(note: NoteReport, d: Definition, siblings: string[], link: string): Card | null {
  const id = cardId(note.path, "choice", d.term);
  const own = new Set([d.term, ...d.aliases].map((n) => n.toLowerCase()));
  const pool = [...new Set(siblings.filter((s) => !own.has(s.toLowerCase())))];
  if (pool.length < 2) return null;
  const distractors = pool.sort((a, b) => fnv1a(id + a) - fnv1a(id + b) || (a < b ? -1 : 1)).slice(0, 3);
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

function definitionCards(note: NoteReport, d: Definition, siblings: string[]): Card[] {
  const link = sourceLink(note.title, d.heading);
  const names = [d.term, ...d.aliases];
  const cards: Card[] = [
    { id: cardId(note.path, "definition", d.term), kind: "definition", front: `What is ${termLabel(d)}?`, back: d.text, link },
  ];
  const blanked = blankOut(d.text, names);
  if (blanked !== d.text) {
    cards.push({ id: cardId(note.path, "reversed", d.term), kind: "reversed", front: `Which term fits? ${blanked}`, back: d.term, link });
    const pattern = namesPattern([d.term]);
    const hidden = pattern?.exec(d.text)?.[2];
    if (hidden) cards.push({ id: cardId(note.path, "cloze", d.term), kind: "cloze", front: d.text, back: hidden, cloze: { text: d.text, hidden }, link });
  }
  const choice = choiceCard(note, d, siblings, link);
  if (choice) cards.push(choice);
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

/**
 * The cards of one note, in the note's order. `siblingTerms` are the terms of the other notes
 * under the same upstream, the pool of multiple-choice distractors.
 */
export function generateCards(note: NoteReport, siblingTerms: string[], kinds: readonly CardKind[]): Card[] {
  const own = note.definitions.map((d) => d.term);
  const siblings = [...own, ...siblingTerms];
  const items: { line: number; cards: Card[] }[] = [
    ...note.definitions.map((d) => ({ line: d.line, cards: definitionCards(note, d, siblings) })),
    ...note.questions.map((q) => ({
      line: q.line,
      cards: [{ id: cardId(note.path, "question", q.question), kind: "question" as const, front: q.question, back: q.answer, link: sourceLink(note.title, q.heading) }],
    })),
    ...note.comparisons.map((c) => ({ line: c.line, cards: comparisonCards(note, c) })),
  ];
  const wanted = new Set(kinds);
  const seen = new Set<string>();
  return items
    .sort((a, b) => a.line - b.line)
    .flatMap((i) => i.cards)
    .filter((card) => {
      if (!wanted.has(card.kind) || seen.has(card.id)) return false;
      seen.add(card.id);
      return true;
    });
}
