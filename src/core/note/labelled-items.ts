/**
 * Bold-labelled items (SPEC §3): list items and paragraphs that start with a bold label, bold
 * labels on a line of their own with the text under them, and headings that are a bold label.
 * Items under one heading (or one label line such as `**Advantages:**` above a list) form a run;
 * `classifyRuns` (key-points.ts) decides whether a run's items define their labels or state
 * properties of a subject.
 */
import type { Block } from "../markdown/blocks";
import { plainText } from "../markdown/plain-text";
import { blockPlain, boldHeadingLabel, firstProse, isBoldParagraph, labelParagraph, leadRanges, maskedContentOf, opensBold, proseContentOf, readLead, type NoteDoc, type Section } from "./note-doc";
import { isRemark, isTermLike, LIST_NUMBER, termLabel, trimTrailing } from "./terms";

export interface LabelledItem {
  /** The label as written, less its bold markers, numbering and trailing colon. */
  label: string;
  /** Whether the bold itself held a number (`**1. Import the libraries**`): the items are in order. */
  numbered: boolean;
  text: string;
  /** The label's line. */
  line: number;
  /** Where a definition of the label would be found: the item's line, or the first line of the text under it. */
  textLine: number;
  /** The label's own line holds no text: what it says is the list nested under it (`- **Skip Gram**:` with bullets). */
  nested: boolean;
}

export interface Run {
  items: LabelledItem[];
  /** The section the run stands in (for a run of headings, the section above them). */
  section: Section | null;
  /** A bold label line right above the run (`**Advantages of Cloud Computing:**`), which heads it. */
  labelHeading: string | null;
}


/** `1. Import Necessary Libraries:` → `Import Necessary Libraries`, and whether it was numbered. */
function cleanLabel(raw: string): { label: string; numbered: boolean } {
  // Most labels hold no markup: plain text is made only for those that do.
  const text = (/[`*_~=[\]<>\\$]/.test(raw) ? plainText(raw) : raw).trim();
  const numbered = LIST_NUMBER.test(text);
  const label = trimTrailing(text.replace(LIST_NUMBER, ""), ":：").trim();
  return { label, numbered };
}

/** The label a one-line paragraph is made of, if it is only a bold label. */
function labelLine(doc: NoteDoc, block: Block): string | null {
  return labelParagraph(doc, block)?.label ?? null;
}

/** Whether an item's line holds only its bold label (and a colon): its text is the list nested under it. */
function hasNoOwnText(line: string): boolean {
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)/.exec(line.trimStart());
  return !/[\p{L}\p{N}]/u.test(bold ? line.trimStart().slice(bold[0].length) : line);
}

/** Whether a list's first item starts with a bold label. */
function isLabelledList(doc: NoteDoc, block: Block | undefined): boolean {
  const first = block?.type === "list" ? block.items?.[0] : undefined;
  return first !== undefined && opensBold(maskedContentOf(doc, first.start));
}

/** How many paragraphs may stand between a label line and the list it heads (`**Stride and Padding:**`, a sentence, the list). */
const LABEL_REACH = 2;

/** Whether the label line at `index` heads a list of bold-labelled items below it, as a heading would. */
function headsLabelledListBelow(doc: NoteDoc, index: number): boolean {
  for (let i = index + 1; i <= index + 1 + LABEL_REACH && i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    if (isLabelledList(doc, block)) return true;
    if (block.type !== "paragraph" || labelLine(doc, block) !== null) return false;
  }
  return false;
}

/** The label line that heads the list at `index`, if one stands just above it (with at most a couple of paragraphs between). */
function labelAbove(doc: NoteDoc, index: number): string | null {
  for (let i = index - 1; i >= 0 && i >= index - 1 - LABEL_REACH; i--) {
    const block = doc.blocks[i];
    if (block.type !== "paragraph") return null;
    const label = labelLine(doc, block);
    if (label !== null) return label;
  }
  return null;
}


export function labelledRuns(doc: NoteDoc): Run[] {
  // Runs by a number: a list by its block, paragraphs by their section, headings by parent and level.
  const runs = new Map<number, Run>();
  const add = (key: number, section: Section | null, labelHeading: string | null, item: LabelledItem) => {
    if (!item.label || !item.text || !isTermLike(item.label) || isRemark(item.label)) return;
    let run = runs.get(key);
    if (!run) runs.set(key, (run = { items: [], section, labelHeading }));
    run.items.push(item);
  };
  doc.blocks.forEach((block, index) => {
    if (block.type !== "list" && block.type !== "paragraph") return;
    const section = doc.sectionOf[index];
    const sectionKey = section ? section.index : -1;
    // Worked out at the first lead: most blocks hold none.
    let heading: string | null | undefined;
    for (const range of leadRanges(doc, block)) {
      const lead = readLead(doc, range);
      if (!lead) continue;
      if (heading === undefined) heading = block.type === "list" ? labelAbove(doc, index) : null;
      // The lead's own term (numbering inside the bold kept by it), with its alias as written.
      const { label, numbered } = cleanLabel(termLabel(lead));
      const nested = range.subtreeEnd > range.end && hasNoOwnText(proseContentOf(doc, range.start));
      add(block.type === "list" ? index : -2 - sectionKey, section, heading, { label, numbered, text: lead.body, line: range.start, textLine: range.start, nested });
    }
    if (block.type !== "paragraph") return;
    const label = labelLine(doc, block);
    const next = doc.blocks[index + 1];
    // A label line over a paragraph that starts with bold of its own is no item: that paragraph is one.
    // A label line over a list of bold-labelled items heads that list; over plain text or a plain list it is an item.
    if (label === null || !next || (next.type !== "paragraph" && next.type !== "list")) return;
    if (isBoldParagraph(doc, next) || headsLabelledListBelow(doc, index)) return;
    const { label: clean, numbered } = cleanLabel(label);
    add(-2 - sectionKey, section, null, { label: clean, numbered, text: blockPlain(doc, next), line: block.start, textLine: next.start, nested: false });
  });
  for (const s of doc.sections) {
    const inner = boldHeadingLabel(s);
    if (inner === null) continue;
    const first = firstProse(doc, s)?.block;
    // Text that starts with bold of its own is an item of its own, not this label's text.
    if (!first || isBoldParagraph(doc, first)) continue;
    const { label, numbered } = cleanLabel(inner);
    const text = blockPlain(doc, first).replace(/^- /, "");
    add(doc.blocks.length + (s.parent ? s.parent.index + 1 : 0) * 8 + s.level, s.parent, null, { label, numbered, text, line: s.line, textLine: first.start, nested: false });
  }
  return [...runs.values()];
}
