/**
 * A scanned note arranged for the extractors: its blocks, its heading sections (each heading's
 * range of blocks) and helpers that give a block's text. Field lines written as headings
 * (`###### upstream: [[EC2]]`) are metadata, not sections.
 */
import type { Block, ScannedNote } from "../markdown/blocks";
import { CALLOUT_MARKER } from "../markdown/line-kinds";
import { isBlank } from "../markdown/lines";
import { lineContent, plainText } from "../markdown/plain-text";
import { boldLead, opensBoldAt, termKey, trimTrailing, type BoldLead } from "./terms";

export interface Section {
  /** Index of the heading block in `NoteDoc.blocks`. */
  index: number;
  level: number;
  /** Plain text without a trailing colon or leading numbering (`2. **Scaling**:` → `Scaling`). */
  text: string;
  /** Heading text as written. */
  raw: string;
  line: number;
  /** Texts of the enclosing headings and this one. */
  path: string[];
  /** `path` joined with ` > `, as definitions and questions name their heading. */
  pathText: string;
  parent: Section | null;
  /** Blocks after the heading up to the next heading of the same or a higher level: [from, to). */
  from: number;
  to: number;
  /** Where the first sub-heading starts (`to` when there is none). */
  directTo: number;
}

export interface NoteDoc {
  title: string;
  /** The upstream keys: a line that is such a field is metadata, not prose. */
  fieldKeys: readonly string[];
  scanned: ScannedNote;
  blocks: Block[];
  sections: Section[];
  /** For each block, the innermost section it belongs to (null before the first heading). */
  sectionOf: (Section | null)[];
  /** Each line's content (`lineContent`, trimmed) in the masked view, filled in as asked for. */
  maskedContent: (string | undefined)[];
  /** The same in the prose view. */
  proseContent: (string | undefined)[];
  /** Bold leads already read, by first line (`leadRanges` gives each line at most one range). */
  leads: Map<number, BoldLead | null>;
  /** Lead ranges already found, by block: definitions, key points and comparisons each ask. */
  ranges: Map<Block, LeadRange[]>;
  /** `termKey` of names already compared. */
  termKeys: Map<string, string>;
}

/** `termKey(name)`, computed once per note: extractors compare the same names many times. */
export function termKeyIn(doc: NoteDoc, name: string): string {
  let key = doc.termKeys.get(name);
  if (key === undefined) doc.termKeys.set(name, (key = termKey(name)));
  return key;
}

/** A line's content without container syntax, trimmed, in the masked view (1-based line). */
export function maskedContentOf(doc: NoteDoc, line: number): string {
  return (doc.maskedContent[line - 1] ??= lineContent(doc.scanned.masked[line - 1]).trim());
}

/** A line's content without container syntax, trimmed, in the prose view (1-based line). */
export function proseContentOf(doc: NoteDoc, line: number): string {
  return (doc.proseContent[line - 1] ??= lineContent(doc.scanned.prose[line - 1]).trim());
}

/**
 * A field written as a heading: `Siblings: [[A]], [[B]]` (a label and only links), or one of
 * the `fieldKeys` (the upstream keys) even when empty (`###### upstream: `).
 */
export function isFieldText(text: string, fieldKeys: readonly string[]): boolean {
  // A field has a colon: most headings and lines are turned away before the pattern.
  if (!text.includes(":")) return false;
  const m = /^([\p{L}\p{N} _-]{1,40}?)::?(.*)$/u.exec(text.trim());
  if (!m) return false;
  const value = m[2].trim();
  if (fieldKeys.some((key) => key.toLowerCase() === m[1].trim().toLowerCase())) return true;
  return /^(?:!?\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\)|[\s,])+$/.test(value);
}

/** An HTML anchor written into a heading for links to it: `## What is a Database? <a name="x"></a>`. */
const ANCHOR = /<a\s+(?:name|id)=[^>\n]{0,200}>\s{0,20}<\/a>/gi;

export function cleanHeading(raw: string): string {
  const text = plainText(raw.includes("<a") ? raw.replace(ANCHOR, "") : raw);
  const numbered = text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57;
  return trimTrailing(numbered ? text.replace(/^\d{1,3}[.)]\s+/, "") : text, ":：").trim();
}

export function buildNoteDoc(title: string, scanned: ScannedNote, fieldKeys: readonly string[]): NoteDoc {
  const blocks = scanned.blocks.map((b) =>
    b.type === "heading" && isFieldText(b.text ?? "", fieldKeys) ? { ...b, type: "paragraph" as const } : b,
  );
  const sections: Section[] = [];
  const sectionOf: (Section | null)[] = new Array<Section | null>(blocks.length).fill(null);
  const open: Section[] = [];
  const close = (section: Section, at: number) => {
    section.to = at;
    if (section.directTo > at) section.directTo = at;
  };
  blocks.forEach((block, index) => {
    if (block.type === "heading") {
      const level = block.level ?? 1;
      while (open.length > 0 && open[open.length - 1].level >= level) close(open.pop() as Section, index);
      const parent = open.length > 0 ? open[open.length - 1] : null;
      if (parent && parent.directTo > index) parent.directTo = index;
      const text = cleanHeading(block.text ?? "");
      const path = parent ? [...parent.path, text] : [text];
      const section: Section = {
        index,
        level,
        text,
        raw: block.text ?? "",
        line: block.start,
        path,
        pathText: path.join(" > "),
        parent,
        from: index + 1,
        to: blocks.length,
        directTo: Number.MAX_SAFE_INTEGER,
      };
      sections.push(section);
      open.push(section);
    }
    sectionOf[index] = open.length > 0 ? open[open.length - 1] : null;
  });
  for (const section of open) close(section, blocks.length);
  const lineCount = scanned.lines.length;
  return { title, fieldKeys, scanned, blocks, sections, sectionOf, maskedContent: new Array<string | undefined>(lineCount), proseContent: new Array<string | undefined>(lineCount), leads: new Map(), ranges: new Map(), termKeys: new Map() };
}

export interface LeadRange {
  start: number;
  /** Last line of the item itself (continuation lines, not nested items). */
  end: number;
  /** Last line of the item with its nested items. */
  subtreeEnd: number;
}

/** How far nested bullets count as a bold lead's text (`- **Skip Gram**:` with bullets under it). */
const MAX_NESTED_LEAD_LINES = 50;

/**
 * The line ranges a paragraph or list holds a lead in: the paragraph (or each of its lines that
 * starts with bold), or each list item with, as its subtree, the nested items under it.
 */
export function leadRanges(doc: NoteDoc, block: Block): LeadRange[] {
  if (block.type !== "paragraph" && block.type !== "list") return [];
  let ranges = doc.ranges.get(block);
  if (!ranges) doc.ranges.set(block, (ranges = findLeadRanges(doc, block)));
  return ranges;
}

function findLeadRanges(doc: NoteDoc, block: Block): LeadRange[] {
  if (block.type === "paragraph") {
    // `#incubator` and `upstream: [[X]]` lines written right above the first sentence are metadata.
    let start = block.start;
    while (start < block.end && isMetaLine(doc, start)) start++;
    // A line that starts with bold starts a lead of its own (`*why?*` / `**Keras** is …`).
    const ranges: LeadRange[] = [{ start, end: block.end, subtreeEnd: block.end }];
    for (let line = start + 1; line <= block.end; line++) {
      if (!startsWithBold(doc, line)) continue;
      const last = ranges[ranges.length - 1];
      last.end = last.subtreeEnd = line - 1;
      ranges.push({ start: line, end: block.end, subtreeEnd: block.end });
    }
    return ranges;
  }
  if (block.type !== "list" || !block.items) return [];
  const items = block.items;
  // One pass with a stack: an item's subtree ends where an item at its indent or less begins.
  const subtreeEnd = new Array<number>(items.length).fill(block.end);
  const open: number[] = [];
  items.forEach((item, n) => {
    while (open.length > 0 && items[open[open.length - 1]].indent >= item.indent) subtreeEnd[open.pop() as number] = item.start - 1;
    open.push(n);
  });
  return items.map((item, n) => ({ start: item.start, end: item.end, subtreeEnd: subtreeEnd[n] }));
}

/** Whether `text` opens with a bold marker: the cheap test before any bold pattern is tried. */
export function opensBold(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 42 || c === 95) && text.charCodeAt(1) === c;
}

/** A paragraph that opens with bold of its own: an item of its own, not the text of a label above it. */
export function isBoldParagraph(doc: NoteDoc, block: Block): boolean {
  return block.type === "paragraph" && opensBold(maskedContentOf(doc, block.start));
}

export function startsWithBold(doc: NoteDoc, line: number): boolean {
  const masked = maskedContentOf(doc, line);
  // Most lines open with no marker at all: the prose view is read only for those that do.
  return opensBold(masked) && opensBoldAt(masked, 0, proseContentOf(doc, line));
}

/** The bold lead a range starts with, if any; nested bullets count only when its own line has no text. */
export function readLead(doc: NoteDoc, range: LeadRange): BoldLead | null {
  if (!startsWithBold(doc, range.start)) return null;
  // Definitions and comparisons read the same leads: each is read once per note.
  const known = doc.leads.get(range.start);
  if (known !== undefined) return known;
  const lead = readLeadText(doc, range);
  doc.leads.set(range.start, lead);
  return lead;
}

function readLeadText(doc: NoteDoc, range: LeadRange): BoldLead | null {
  const own = blockLines(doc, range.start, range.end);
  const lead = boldLead(own.prose, own.masked);
  if (lead || range.subtreeEnd <= range.end) return lead;
  const deep = blockLines(doc, range.start, Math.min(range.subtreeEnd, range.start + MAX_NESTED_LEAD_LINES));
  return boldLead(deep.prose, deep.masked);
}

const TAGS_ONLY = /^(?:#[^\s#]+\s*)+$/;

/** A line that holds only tags, or a field named by one of the upstream keys. */
export function isMetaLine(doc: NoteDoc, line: number): boolean {
  const text = doc.scanned.masked[line - 1].trim();
  return (text.charCodeAt(0) === 35 && TAGS_ONLY.test(text)) || (text.includes(":") && isFieldText(lineContent(text), doc.fieldKeys));
}

/** A block's lines without container syntax, in the `prose` and the `masked` view. */
export function blockLines(doc: NoteDoc, start: number, end: number): { prose: string; masked: string } {
  if (start === end) {
    // One line (a heading, a bold label, a list item): nothing to join.
    const blank = isBlank(doc.scanned.masked[start - 1]) && isBlank(doc.scanned.prose[start - 1]);
    return blank ? { prose: "", masked: "" } : { prose: proseContentOf(doc, start), masked: maskedContentOf(doc, start) };
  }
  const prose: string[] = [];
  const masked: string[] = [];
  for (let line = start; line <= end; line++) {
    const p = doc.scanned.prose[line - 1];
    const m = doc.scanned.masked[line - 1];
    if (isBlank(m) && isBlank(p)) continue;
    prose.push(proseContentOf(doc, line));
    masked.push(maskedContentOf(doc, line));
  }
  return { prose: prose.join(" "), masked: masked.join(" ") };
}

export function blockPlain(doc: NoteDoc, block: Block): string {
  if (block.type === "list" && block.items) {
    return block.items.map((item) => `- ${plainText(blockLines(doc, item.start, item.end).prose)}`).join("\n");
  }
  if (block.type === "table") {
    return doc.scanned.prose
      .slice(block.start - 1, block.end)
      .filter((_, i) => i !== 1)
      .map((row) => plainText(row.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").join(" | ")))
      .join("\n");
  }
  if (block.type === "callout") return calloutPlain(doc, block);
  return plainText(blockLines(doc, block.start, block.end).prose);
}

/**
 * A callout as Obsidian shows it: its title (if it has one) on a line of its own, then its text,
 * without the `[!type]` marker (`> [!tip] Speed` / `> It is fast.` → `Speed` and `It is fast.`).
 */
function calloutPlain(doc: NoteDoc, block: Block): string {
  const title = plainText(proseContentOf(doc, block.start).replace(CALLOUT_MARKER, ""));
  const body = block.end > block.start ? plainText(blockLines(doc, block.start + 1, block.end).prose) : "";
  return title && body ? `${title}\n${body}` : title || body;
}

const PROSE_BLOCKS = new Set(["paragraph", "list", "blockquote", "callout", "table"]);

/** Plain text of blocks [from, to), prose only, one block a line; `skip` leaves blocks out. */
export function blocksPlain(doc: NoteDoc, from: number, to: number, skip?: (block: Block) => boolean): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const block = doc.blocks[i];
    if (!PROSE_BLOCKS.has(block.type) || skip?.(block)) continue;
    const text = blockPlain(doc, block);
    if (text) parts.push(text);
  }
  return parts.join("\n");
}

export function headingPath(doc: NoteDoc, blockIndex: number): string {
  return doc.sectionOf[blockIndex]?.pathText ?? "";
}

/** The first prose block right under a section's heading (a rule may stand before it), with its index. */
export function firstProse(doc: NoteDoc, section: Section): { block: Block; index: number } | null {
  for (let i = section.from; i < section.directTo; i++) {
    const block = doc.blocks[i];
    if (block.type === "paragraph" || block.type === "list" || block.type === "blockquote" || block.type === "callout") return { block, index: i };
    if (block.type !== "thematicBreak") return null;
  }
  return null;
}

/** A bold label that is a heading's whole text: `#### 2. **Continuous Scaling**:`. */
const BOLD_HEADING = /^(?:\d{1,3}[.)]\s*)?(\*\*|__)([^*_\n]+?)\1\s*[:：]?\s*$/;

/** The text inside the bold when a section's heading is only a bold label, else null. */
export function boldHeadingLabel(section: Section): string | null {
  // Most headings hold no bold marker: the pattern is tried only on those that do.
  const raw = section.raw;
  if (!raw.includes("**") && !raw.includes("__")) return null;
  return BOLD_HEADING.exec(raw.trim())?.[2] ?? null;
}

/**
 * A paragraph that is only a bold label: `**Second Brain**:` or `**Input ports:**`. Only a colon
 * after the bold says that the text under it defines the label: on the real notes, one inside
 * it heads examples and uses as often as definitions (`**Bag of Words example with Python:**`).
 */
const LABEL_PARAGRAPH = /^(\*\*|__)([^*_\n]{1,80}?)\1\s*([:：]?)\s*$/;

/** The label of a one-line paragraph that is only a bold label (without its colon), and whether a colon follows the bold. */
export function labelParagraph(doc: NoteDoc, block: Block): { label: string; colon: boolean } | null {
  if (block.type !== "paragraph" || block.start !== block.end || !opensBold(maskedContentOf(doc, block.start))) return null;
  const m = LABEL_PARAGRAPH.exec(blockLines(doc, block.start, block.end).masked);
  if (!m) return null;
  return { label: trimTrailing(m[2], ":：").trim(), colon: m[3] !== "" };
}
