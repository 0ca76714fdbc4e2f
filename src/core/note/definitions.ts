/** Definitions (SPEC §3): one per concept, in the order the note gives them. */
import type { Block } from "../markdown/blocks";
import { plainText } from "../markdown/plain-text";
import { eachMatch } from "../patterns";
import type { Definition } from "./model";
import { blockLines, blockPlain, boldHeadingLabel, firstProse, headingPath, isBoldParagraph, labelParagraph, leadRanges, type LeadRange, proseContentOf, readLead, termKeyIn, type NoteDoc } from "./note-doc";
import { isComparisonTitle } from "./comparisons";
import { cleanTerm, isRemark, isTermLike, splitAliases, termIssue, termWord, termWords, whatIsSubject, WORDS } from "./terms";

/** Sub-headings that define their parent topic. */
const DEFINING = /^(?:overview|definition|description|tl;?\s?dr)$/i;
/** Headings whose first paragraph may mention the topic without defining it. */
const NOT_DEFINING = new Set(
  (
    "use case|use cases|example|examples|benefit|benefits|advantage|advantages|disadvantage|disadvantages|" +
    "pros|cons|features|limitations|conclusion|introduction|notes|references|links|resources|key points|" +
    "how it works|why it matters|applications|history|background|differences|key differences|similarities|" +
    "note|tip|before|after|summary|takeaways|key takeaways"
  ).split("|"),
);
const ARTICLES = new Set(["a", "an", "the"]);

type Candidate = Definition & { priority: number };

/** A text that ends with a colon (also the full-width one) announces what follows it. */
const ANNOUNCES = /[:：]$/;

/**
 * A text that ends with a colon announces the list after it (`… involves the following steps:`):
 * the list is part of the answer, one item a line, so that a card does not stop short of it.
 */
function withAnnouncedList(doc: NoteDoc, text: string, next: Block | undefined): string {
  if (!next || next.type !== "list" || !ANNOUNCES.test(text)) return text;
  return `${text}\n${blockPlain(doc, next)}`;
}

/** The items nested under a bold lead's own line, as list lines. */
function nestedItems(doc: NoteDoc, block: Block, range: LeadRange): string {
  return (block.items ?? [])
    .filter((item) => item.start > range.end && item.start <= range.subtreeEnd)
    .map((item) => `- ${plainText(blockLines(doc, item.start, item.end).prose).trim()}`)
    .join("\n");
}

/**
 * A bold lead's text with the items nested under it as list lines: after a text that announces
 * them (`**Widget** is a part with:`), or instead of the run-together items when the lead's own
 * line holds no text of its own (`- **Skip Gram**:` with its points under it).
 */
function withNestedItems(doc: NoteDoc, block: Block, range: LeadRange, body: string): string {
  const items = nestedItems(doc, block, range);
  if (!items) return body;
  if (ANNOUNCES.test(body)) return `${body}\n${items}`;
  const own = plainText(blockLines(doc, range.start, range.end).prose);
  return own.includes(body) ? body : items;
}

/** Bold leads in paragraphs and list items. */
function boldLeads(doc: NoteDoc, add: (c: Candidate) => void): void {
  doc.blocks.forEach((block, index) => {
    for (const range of leadRanges(doc, block)) {
      const lead = readLead(doc, range);
      if (!lead) continue;
      const text = range.subtreeEnd > range.end ? withNestedItems(doc, block, range, lead.body) : lead.body;
      add({ term: lead.term, aliases: lead.aliases, text, heading: headingPath(doc, index), line: range.start, priority: 0 });
    }
  });
}

/**
 * The words at the start of `text` that belong to the heading (an article may come first):
 * `Amazon Elastic File System (EFS) is…` under `Amazon EFS (Elastic File System)`.
 */
function leadingHeadingWords(text: string, heading: string, vocabulary = headingVocabulary(heading)): string | null {
  const main = termWords(heading.replace(/\([^()]*\)/g, " "));
  let start = -1;
  let end = -1;
  let count = 0;
  eachMatch(WORDS, text, (m) => {
    const word = termWord(m[0]);
    if (count === 0 && start < 0 && ARTICLES.has(word)) return true;
    if (!vocabulary.has(word)) return false;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
    count++;
    return true;
  });
  if (count === 0 || count < Math.min(2, main.length) || !main.includes(termWords(text.slice(start, end))[0])) return null;
  if (text[end] === ")" && text.lastIndexOf("(", end) > start) end++;
  // Stopped inside a parenthesis (`t-SNE (t-distributed Stochastic…)`): the whole of it is an alias.
  const open = text.lastIndexOf("(", end);
  if (open > start && text.indexOf(")", open) >= end) {
    const close = text.indexOf(")", end);
    end = close > 0 && close - open <= 80 ? close + 1 : open;
  }
  // `Batch Normalization (BatchNorm) is…`: a parenthesis right after the words is an alias.
  const paren = /^\s*\([^()\n]{1,40}\)/.exec(text.slice(end));
  if (!paren) return text.slice(start, end).trim();
  const name = text.slice(start, end).trim();
  end += paren[0].length;
  // The heading's words may go on after it (`The Kullback-Leibler (KL) divergence is…`): they
  // belong to the name, and the parenthesis is its alias (`Kullback-Leibler divergence (KL)`).
  let rest = "";
  AFTER_ALIAS.lastIndex = end;
  for (let next = AFTER_ALIAS.exec(text); next && vocabulary.has(termWord(next[1])); next = AFTER_ALIAS.exec(text)) rest += ` ${next[1]}`;
  return `${name}${rest} ${paren[0].trim()}`;
}

/**
 * A word right after an alias parenthesis or the word before it (sticky: read from `lastIndex`,
 * the text not copied). The text is plain text, its white space collapsed: the bound on the
 * spaces only keeps the pattern linear wherever it is tried.
 */
const AFTER_ALIAS = /\s{1,20}([\p{L}\p{N}]+)/uy;

function headingVocabulary(heading: string): Set<string> {
  return new Set(termWords(heading));
}

/**
 * A cheap no before the paragraph's plain text is built: its first line starts with a plain word
 * (letters and digits, then a space, so that plain text reads the same word) that is neither an
 * article nor one of the heading's words. Each heading word is part of the heading's plain text,
 * lower-cased (less a plural `s`): a word not found there is none of them, and the heading's
 * words need not be listed.
 */
function startsOffHeading(doc: NoteDoc, block: Block, heading: string, vocabulary: () => Set<string>): boolean {
  const m = /^([A-Za-z0-9]+) /.exec(proseContentOf(doc, block.start));
  if (m === null || ARTICLES.has(m[1].toLowerCase())) return false;
  const word = termWord(m[1]);
  return !plainText(heading).toLowerCase().includes(word) || !vocabulary().has(word);
}

function sectionDefinitions(doc: NoteDoc, add: (c: Candidate) => void): void {
  for (const section of doc.sections) {
    const first = firstProse(doc, section);
    if (!first) continue;
    const text = () => withAnnouncedList(doc, blockPlain(doc, first.block), first.index + 1 < section.directTo ? doc.blocks[first.index + 1] : undefined);
    const heading = section.pathText;
    const label = boldHeadingLabel(section);
    const whatIs = whatIsSubject(section.text);
    if (label !== null) {
      const { term, aliases } = splitAliases(label);
      add({ term, aliases, text: text(), heading, line: first.block.start, priority: 1 });
    } else if (whatIs !== null || DEFINING.test(section.text)) {
      // `## Definition` under a title `What is the EvoArch model?` defines `EvoArch model`.
      const parent = section.parent?.text ?? doc.title;
      const { term, aliases } = splitAliases(whatIs ?? whatIsSubject(parent) ?? parent);
      add({ term, aliases, text: text(), heading, line: first.block.start, priority: 2 });
    } else if (first.block.type === "paragraph" && !NOT_DEFINING.has(section.text.toLowerCase()) && !isComparisonTitle(section.text)) {
      let vocabulary: Set<string> | undefined;
      const vocabularyOf = () => (vocabulary ??= headingVocabulary(section.text));
      if (startsOffHeading(doc, first.block, section.text, vocabularyOf)) continue;
      const plain = text();
      const lead = leadingHeadingWords(plain, section.text, vocabularyOf());
      if (lead) {
        // Same words as the heading: the heading's spelling is the term's.
        const { term, aliases } = splitAliases(termKeyIn(doc, lead) === termKeyIn(doc, section.text) ? section.text : lead);
        add({ term, aliases, text: plain, heading, line: first.block.start, priority: 3 });
      }
    }
  }
}

/**
 * A bold label on a line of its own works as a heading: with a colon, the paragraph under it
 * defines it; without one, only a paragraph that starts with the label's words does.
 */
function labelParagraphs(doc: NoteDoc, add: (c: Candidate) => void): void {
  doc.blocks.forEach((block, index) => {
    const next = doc.blocks[index + 1];
    if (!next || (next.type !== "paragraph" && next.type !== "list")) return;
    if (isBoldParagraph(doc, next)) return;
    const found = labelParagraph(doc, block);
    if (!found || NOT_DEFINING.has(found.label.toLowerCase())) return;
    const { label, colon } = found;
    const text = blockPlain(doc, next).replace(/^- /, "");
    if (colon ? next.type !== "paragraph" : !leadingHeadingWords(text, label)) return;
    const { term, aliases } = splitAliases(label);
    add({ term, aliases, text, heading: headingPath(doc, index), line: next.start, priority: 1 });
  });
}

/** A sentence about the note rather than the term (`This document provides an in-depth look at…`). */
const META_START = /^\s*(?:(?:this|the present)\s+(?:document|note|article|page|guide|post|section)|in this\s+(?:document|note|article|page|guide|post|section))\b/i;
const SENTENCES = /[^.!?]+(?:[.!?]+|$)\s*/g;

/** The text without sentences about the note itself; the text as it was if nothing else is left. */
function withoutMeta(text: string): string {
  // Cheap first: a meta sentence says "this" or "This".
  if (!text.includes("his ")) return text;
  const kept = (text.match(SENTENCES) ?? []).filter((sentence) => !META_START.test(sentence)).join("").trim();
  return kept || text;
}

/** What `cleanTerm` removes and `termIssue` objects to: marks, parentheses, a question mark, a colon, numbering, white space at an end. */
const MAY_NEED_CLEANING = /[*_~`()?:：]|^\s|\s$|^\d/;

/**
 * Keeps one candidate per line (the most specific pattern) and one definition per concept. A bold
 * label (priority 0 or 1) at a line in `notDefined` (key-points.ts) is left out; a heading's definition stays.
 */
export function extractDefinitions(doc: NoteDoc, not: { notDefined: ReadonlySet<number> } = { notDefined: new Set() }): Definition[] {
  const candidates: Candidate[] = [];
  const add = (c: Candidate) => {
    if (c.priority <= 1 && not.notDefined.has(c.line)) return;
    // Most terms are clean already: the cleaning and its checks run only for one that may not be.
    const term = MAY_NEED_CLEANING.test(c.term) ? cleanTerm(c.term) : c.term;
    if (!isTermLike(term) || !c.text || (MAY_NEED_CLEANING.test(term) && termIssue(term) !== null) || isRemark(term)) return;
    candidates.push(term === c.term ? c : { ...c, term });
  };
  boldLeads(doc, add);
  labelParagraphs(doc, add);
  sectionDefinitions(doc, add);
  candidates.sort((a, b) => a.line - b.line || a.priority - b.priority);
  const seenLines = new Set<number>();
  const seenTerms = new Set<string>();
  const out: Definition[] = [];
  for (const c of candidates) {
    if (seenLines.has(c.line)) continue;
    seenLines.add(c.line);
    const keys = [c.term, ...c.aliases].map((name) => termKeyIn(doc, name)).filter((k) => k);
    if (keys.some((k) => seenTerms.has(k))) continue;
    keys.forEach((k) => seenTerms.add(k));
    out.push({ term: plainText(c.term), aliases: c.aliases, text: withoutMeta(c.text), heading: c.heading, line: c.line });
  }
  return out;
}
