/** Comparisons (SPEC §3): `Difference between A and B`, `A vs B`, whole-note comparisons. */
import { collapseSpaces } from "../markdown/plain-text";
import type { Block } from "../markdown/blocks";
import type { Comparison, ComparisonItem } from "./model";
import { blocksPlain, blockPlain, leadRanges, readLead, termKeyIn, type NoteDoc, type Section } from "./note-doc";
import { namesMatch, splitAliases, trimTrailing } from "./terms";

const DIFFERENCE_FROM = /^(?:key\s+|main\s+)?differences?\s+from\s+(.+)$/i;
const DIFFERENCE = /^(?:what(?:'s|’s|\s+is|\s+are)\s+)?(?:the\s+)?(?:key\s+|main\s+)?differences?\s+between\s+(.+)$/i;
const COMPARISON_OF = /^(?:a\s+)?comparison\s+(?:of|between)\s+(.+)$/i;
const VERSUS = /\s(?:vs\.?|versus)\s/i;
const SUMMARY_START = /^(?:in\s+summary|in\s+short|to\s+summari[sz]e|to\s+sum\s+up|in\s+conclusion)\b/i;
const SUMMARY_HEADING = /^(?:conclusion|summary|in\s+summary|tl;?\s?dr)$/i;
const SUBJECT_SEPARATOR = / ?, ?| (?:and|&|vs\.?|versus) /i;
const LEADING_WORD = /^(?:and|or|the|an?)\s+/i;
/** A word every comparison title holds: most headings are turned away by this test alone. */
const COMPARISON_WORD = /differen|compar|vs|versus/i;
const BODY_HEADING = /^(?:key\s+|main\s+)?differences$/i;

/**
 * The subjects a heading or title compares, or null when it is not a comparison. `topic` is
 * what a heading such as `Differences from Traditional CNNs` compares with the named subject.
 */
export function comparisonSubjects(title: string, topic = ""): string[] | null {
  if (!COMPARISON_WORD.test(title)) return null;
  // White space collapsed first, so that no pattern below meets a long run of it.
  const text = trimTrailing(collapseSpaces(title), "?:：").trim();
  const from = DIFFERENCE_FROM.exec(text);
  if (from && topic) return [topic, from[1].replace(/^(?:the|an?)\s+/i, "").trim()];
  let phrase: string[] | null = null;
  const difference = DIFFERENCE.exec(text) ?? COMPARISON_OF.exec(text);
  if (difference) phrase = [difference[1]];
  else {
    const compared = comparedTo(text);
    if (compared) phrase = compared;
    else if (VERSUS.test(text)) phrase = [text];
  }
  if (!phrase) return null;
  if (phrase.length === 1) phrase = [comparedPart(phrase[0])];
  const subjects: string[] = [];
  for (const part of phrase) {
    for (const piece of part.split(SUBJECT_SEPARATOR)) {
      const subject = piece.replace(LEADING_WORD, "").trim();
      if (subject) subjects.push(subject);
    }
  }
  return subjects.length >= 2 ? subjects : null;
}

/** `Threads compared to Processes` → both sides (text with single spaces). */
function comparedTo(text: string): string[] | null {
  const lower = text.toLowerCase();
  for (const marker of [" compared to ", " compared with "]) {
    const at = lower.indexOf(marker);
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent; the text is trimmed, so a marker with spaces around it is never at either end.
    if (at > 0 && at + marker.length < text.length) return [text.slice(0, at), text.slice(at + marker.length)];
  }
  return null;
}

/**
 * The part of a phrase that holds the compared names: the parenthesis in
 * `Learning Curves (Validation vs Training)`, the part after the dash in `Typing - Weak vs Strong`.
 */
function comparedPart(phrase: string): string {
  const paren = /\(([^()]*\s(?:vs\.?|versus|and)\s[^()]*)\)/i.exec(phrase);
  if (paren) return paren[1];
  const parts = phrase.split(/\s[-–—:]\s|:\s/);
  return parts.find((p) => VERSUS.test(` ${p} `)) ?? phrase;
}

export function isComparisonTitle(text: string): boolean {
  return comparisonSubjects(text) !== null;
}

/**
 * A word every summary opening holds: a cheap test before the block's plain text is built, on
 * the line without the marks plain text drops inside a word (`su**mm**ary`).
 */
const SUMMARY_WORD = /sum|short|conclu/i;
const INWORD_MARKS = /[`*_=~\\]/g;
const INWORD_MARK = /[`*_=~\\]/;

/** Removing marks never breaks a word that holds none: the line is read again without them only when it has some. */
function mayHoldSummaryWord(line: string): boolean {
  return SUMMARY_WORD.test(line) || (INWORD_MARK.test(line) && SUMMARY_WORD.test(line.replace(INWORD_MARKS, "")));
}

function isSummaryBlock(doc: NoteDoc, block: Block): boolean {
  if (block.type !== "paragraph" && block.type !== "blockquote" && block.type !== "callout") return false;
  let mayBe = false;
  for (let line = block.start; line <= block.end && !mayBe; line++) mayBe = mayHoldSummaryWord(doc.scanned.prose[line - 1]);
  return mayBe && SUMMARY_START.test(blockPlain(doc, block));
}

function summaryOf(doc: NoteDoc, from: number, to: number, sections: Section[]): string | null {
  for (let i = from; i < to; i++) {
    if (isSummaryBlock(doc, doc.blocks[i])) return blockPlain(doc, doc.blocks[i]);
  }
  const conclusion = sections.find((s) => s.index >= from && s.index < to && SUMMARY_HEADING.test(s.text));
  return conclusion ? blocksPlain(doc, conclusion.from, conclusion.to) || null : null;
}

function itemKind(doc: NoteDoc, name: string, aliases: string[], subjects: string[]): ComparisonItem["kind"] {
  const keyOf = (n: string) => termKeyIn(doc, n);
  return [name, ...aliases].some((n) => namesMatch(n, subjects, keyOf)) ? "subject" : "aspect";
}

/**
 * Items: sub-headings of the section, and bold-led paragraphs or list items not under them.
 * `anyDepth` (a whole-note comparison) looks at every heading and lead of the range.
 */
function itemsOf(doc: NoteDoc, from: number, to: number, level: number, subjects: string[], anyDepth = false): ComparisonItem[] {
  const items: ComparisonItem[] = [];
  const subSections = doc.sections.filter((s) => s.index >= from && s.index < to && s.level > level);
  const itemLevel = subSections.reduce((min, s) => Math.min(min, s.level), Number.POSITIVE_INFINITY);
  const firstSub = subSections.length > 0 && !anyDepth ? subSections[0].index : to;
  const notSummary = (block: Block) => isSummaryBlock(doc, block);
  for (const s of subSections) {
    if ((!anyDepth && s.level !== itemLevel) || SUMMARY_HEADING.test(s.text) || BODY_HEADING.test(s.text)) continue;
    const { term, aliases } = splitAliases(s.text);
    const text = blocksPlain(doc, s.from, s.to, notSummary);
    items.push({ name: term, text, line: s.line, kind: itemKind(doc, term, aliases, subjects) });
  }
  const bodySection = subSections.find((s) => BODY_HEADING.test(s.text));
  const ranges: [number, number][] = [[from, firstSub]];
  if (bodySection && !anyDepth) ranges.push([bodySection.from, bodySection.directTo]);
  for (const [a, b] of ranges) {
    for (let i = a; i < b; i++) {
      for (const range of leadRanges(doc, doc.blocks[i])) {
        const lead = readLead(doc, range);
        if (lead) items.push({ name: lead.term, text: lead.body, line: range.start, kind: itemKind(doc, lead.term, lead.aliases, subjects) });
      }
    }
  }
  const seen = new Set<string>();
  return items
    .sort((x, y) => x.line - y.line)
    .filter((item) => {
      const key = termKeyIn(doc, item.name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Subjects trimmed to what the note's own headings name: in `Hidden State vs Output in RNN` with
 * `## 2. Output`, the subject is `Output`. A heading counts when its words start the subject's.
 */
function trimmedSubjects(doc: NoteDoc, subjects: string[]): string[] {
  return subjects.map((subject) => {
    const key = termKeyIn(doc, subject);
    const first = key.slice(0, key.indexOf(" ") >>> 0);
    let best = subject;
    for (const s of doc.sections) {
      // Only a heading that starts with the subject's first word can name part of it.
      if (s.text.slice(0, first.length).toLowerCase() !== first) continue;
      const name = splitAliases(s.text.replace(/\$[^$]*\$/g, " ").replace(/\s+/g, " ").trim()).term;
      const k = termKeyIn(doc, name);
      if (k && k !== key && key.startsWith(`${k} `) && name.length < best.length) best = name;
    }
    return best;
  });
}

export function extractComparisons(doc: NoteDoc): Comparison[] {
  const out: Comparison[] = [];
  for (const section of doc.sections) {
    const named = comparisonSubjects(section.text, section.parent?.text ?? doc.title);
    if (!named) continue;
    const subjects = trimmedSubjects(doc, named);
    out.push({
      heading: section.text,
      line: section.line,
      subjects,
      items: itemsOf(doc, section.from, section.to, section.level, subjects),
      summary: summaryOf(doc, section.from, section.to, doc.sections),
    });
  }
  const titled = comparisonSubjects(doc.title);
  const titleSubjects = titled && trimmedSubjects(doc, titled);
  if (titleSubjects && !out.some((c) => c.heading.toLowerCase() === doc.title.toLowerCase())) {
    // Without a `Differences` heading the note's sections are its template, not aspects.
    const body = doc.sections.find((s) => BODY_HEADING.test(s.text));
    const items = body
      ? itemsOf(doc, body.from, body.to, body.level, titleSubjects)
      : itemsOf(doc, 0, doc.blocks.length, 0, titleSubjects, true).filter((i) => i.kind === "subject");
    out.unshift({
      heading: doc.title,
      line: body ? body.line : 1,
      subjects: titleSubjects,
      items,
      summary: summaryOf(doc, 0, doc.blocks.length, doc.sections),
    });
  }
  return out;
}
