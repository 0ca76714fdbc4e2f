/**
 * Recognisers for the first line of each Markdown block. Written with string operations and
 * anchored patterns only, so a hostile line (a megabyte of `#`, `>` or spaces) costs linear time.
 */
import { indentWidth, isBlank } from "./lines";

export interface Fence {
  char: "`" | "~";
  length: number;
  indent: number;
}

export interface ListMarker {
  indent: number;
  /** `-`, `*`, `+`, or `.` / `)` for ordered lists: a change of kind starts a new list. */
  kind: string;
  ordered: boolean;
  start: number;
  /** Column where the item's content begins (tabs expanded). */
  contentIndent: number;
  /** Index in the line where the item's content begins. */
  contentAt: number;
  empty: boolean;
}

/** Position after at most three leading spaces, or -1 when the line is indented four or more. */
function afterSmallIndent(line: string): number {
  let i = 0;
  while (i < line.length && i < 4 && line.charCodeAt(i) === 32) i++;
  // (A tab there leaves `i` on it, where no block syntax starts.)
  if (i === 4) return -1;
  return i;
}

export function atxHeading(line: string): { level: number; text: string } | null {
  const at = afterSmallIndent(line);
  if (at < 0 || line.charCodeAt(at) !== 35) return null;
  let level = 0;
  while (line.charCodeAt(at + level) === 35) level++;
  if (level > 6) return null;
  const next = line.charCodeAt(at + level);
  if (at + level < line.length && next !== 32 && next !== 9) return null;
  let text = line.slice(at + level).trim();
  // A closing run of `#` is not part of the text when a space separates it.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  if (end === 0) text = "";
  else if (end < text.length && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) {
    text = text.slice(0, end).trimEnd();
  }
  return { level, text };
}

export function fenceOpen(line: string): Fence | null {
  const at = afterSmallIndent(line);
  if (at < 0) return null;
  return fenceAt(line, at);
}

/** A fence starting at `at` (used inside containers, where the indent is the container's). */
export function fenceAt(line: string, at: number): Fence | null {
  const c = line[at];
  if (c !== "`" && c !== "~") return null;
  let length = 0;
  while (line[at + length] === c) length++;
  if (length < 3) return null;
  if (c === "`" && line.includes("`", at + length)) return null;
  return { char: c, length, indent: at };
}

export function closesFence(line: string, fence: Fence, from = 0): boolean {
  const rest = line.slice(from);
  const at = afterSmallIndent(rest);
  if (at < 0) return false;
  let length = 0;
  while (rest[at + length] === fence.char) length++;
  return length >= fence.length && isBlank(rest.slice(at + length));
}

export function isThematicBreak(line: string): boolean {
  const at = afterSmallIndent(line);
  if (at < 0) return false;
  const c = line[at];
  if (c !== "-" && c !== "*" && c !== "_") return false;
  let count = 0;
  for (let i = at; i < line.length; i++) {
    const d = line[i];
    if (d === c) count++;
    else if (d !== " " && d !== "\t") return false;
  }
  return count >= 3;
}

export function setextLevel(line: string): number {
  const at = afterSmallIndent(line);
  if (at < 0) return 0;
  const c = line[at];
  if (c !== "=" && c !== "-") return 0;
  let i = at;
  while (line[i] === c) i++;
  if (!isBlank(line.slice(i))) return 0;
  return c === "=" ? 1 : 2;
}

export function isQuoteLine(line: string): boolean {
  const at = afterSmallIndent(line);
  return at >= 0 && line.charCodeAt(at) === 62;
}

/** Removes every leading `>` marker (and the optional space after each), returning the content. */
export function stripQuoteMarkers(line: string): { depth: number; content: string; offset: number } {
  let i = 0;
  let depth = 0;
  for (;;) {
    let j = i;
    while (j < line.length && j - i < 3 && line.charCodeAt(j) === 32) j++;
    if (line.charCodeAt(j) !== 62) break;
    depth++;
    i = j + 1;
    if (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  }
  return { depth, content: line.slice(i), offset: i };
}

export function listMarker(line: string): ListMarker | null {
  const indent = indentWidth(line);
  let at = 0;
  while (at < line.length && (line[at] === " " || line[at] === "\t")) at++;
  const c = line[at];
  let kind: string;
  let ordered = false;
  let start = 1;
  let end: number;
  if (c === "-" || c === "*" || c === "+") {
    kind = c;
    end = at + 1;
  } else {
    let j = at;
    while (j < line.length && j - at < 10 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j === at || j - at > 9) return null;
    const d = line[j];
    if (d !== "." && d !== ")") return null;
    kind = d;
    ordered = true;
    start = Number(line.slice(at, j));
    end = j + 1;
  }
  if (end < line.length && line[end] !== " " && line[end] !== "\t") return null;
  const empty = isBlank(line.slice(end));
  // Columns, a tab counting to the next multiple of four: one to four after the marker lead to
  // the content; five or more leave one, and the rest is the content's own indentation (CommonMark).
  const markerEnd = indent + end - at;
  let column = markerEnd;
  let content = end;
  while (content < line.length && (line[content] === " " || line[content] === "\t")) {
    column += line[content] === " " ? 1 : 4 - (column % 4);
    content++;
  }
  if (empty || column - markerEnd > 4) return { indent, kind, ordered, start, contentIndent: markerEnd + 1, contentAt: end + 1, empty };
  return { indent, kind, ordered, start, contentIndent: column, contentAt: content, empty };
}

const HTML_BLOCK_TAGS = new Set(
  (
    "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt " +
    "fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link " +
    "main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead " +
    "title tr track ul"
  ).split(" "),
);
const HTML_RAW_TAGS = new Set(["script", "pre", "style", "textarea"]);

/** CommonMark's seventh HTML block: a line holding one complete open or closing tag, nothing else. */
const LONE_TAG =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

export type HtmlBlockKind = "comment" | "raw" | "block" | "other";

/** CommonMark's HTML block starts: comments, raw elements, block-level tags and lone tags. */
export function htmlBlockStart(line: string): HtmlBlockKind | null {
  const at = afterSmallIndent(line);
  if (at < 0 || line.charCodeAt(at) !== 60) return null;
  if (line.startsWith("<!--", at)) return "comment";
  let i = at + 1;
  if (line[i] === "/") i++;
  const nameStart = i;
  while (i < line.length && /[A-Za-z0-9-]/.test(line[i])) i++;
  if (i === nameStart || !/[A-Za-z]/.test(line[nameStart])) return null;
  const name = line.slice(nameStart, i).toLowerCase();
  const after = line[i];
  const boundary = after === undefined || after === " " || after === "\t" || after === ">" || after === "/";
  if (!boundary) return null;
  if (HTML_RAW_TAGS.has(name) && line[at + 1] !== "/") return "raw";
  if (HTML_BLOCK_TAGS.has(name)) return "block";
  return LONE_TAG.test(line.slice(at)) ? "other" : null;
}

/** A row's cells: split at each `|` that is not escaped (`\|` is a pipe in a cell), outer pipes dropped. */
function tableCells(line: string): string[] {
  let t = line.trim();
  if (t.startsWith("|")) t = t.slice(1);
  // (An escaped pipe at the end stays in its cell either way: only the count of cells is used.)
  if (t.endsWith("|")) t = t.slice(0, -1);
  return t.split(/\|/).reduce<string[]>((cells, part, i) => {
    if (i > 0 && cells[cells.length - 1].endsWith("\\")) cells[cells.length - 1] += `|${part}`;
    else cells.push(part);
    return cells;
  }, []);
}

/** A table starts where a line with `|` is followed by a delimiter row with as many cells. */
export function startsTable(header: string, delimiter: string | undefined): boolean {
  // (A header indented four columns or more never gets here: such a line is code or paragraph text.)
  if (delimiter === undefined || !header.includes("|")) return false;
  if (!/^[ \t|:-]+$/.test(delimiter) || !delimiter.includes("-")) return false;
  const cells = tableCells(delimiter);
  if (!cells.every((cell) => /^ *:?-+:? *$/.test(cell.replace(/\t/g, " ")))) return false;
  // A lone `-` is a setext underline, `- -` a list item (as markdown-it reads them).
  const row = delimiter.trimStart();
  if (row.length < 2 || (row[0] === "-" && (row[1] === " " || row[1] === "\t"))) return false;
  return tableCells(header).length === cells.length;
}

export function startsWithMarker(line: string, marker: string): boolean {
  const at = afterSmallIndent(line);
  return at >= 0 && line.startsWith(marker, at);
}

/**
 * An ASCII letter first: no block syntax (indent, fence, heading, rule, quote, list, HTML, math,
 * comment, setext underline) can start such a line; only a table can.
 */
export function startsWithLetter(line: string): boolean {
  const c = line.charCodeAt(0) | 32;
  return c >= 97 && c <= 122;
}

/** Content that leaves a paragraph open, so that the next line may continue it lazily. */
export function isParagraphText(content: string): boolean {
  return !isBlank(content) && indentWidth(content) < 4 && !atxHeading(content) && !isThematicBreak(content) && !fenceOpen(content);
}

/**
 * Whether a line that starts with `$$` or `%%` opens a block: unclosed, or closed with nothing
 * after the closing marker (`$$ x $$ and more` is inline, in a paragraph).
 */
export function opensDelimited(line: string, marker: string): boolean {
  const close = closingMarker(line, marker);
  return close < 0 || isBlank(line.slice(close + marker.length));
}

/** A callout's opening marker (`[!tip]`, folded with `+` or `-`) with the space before its title: a quote that starts with one is a callout. */
export const CALLOUT_MARKER = /^\[![^\]\s]+\][+-]?\s*/;

/** Where the `$$` or `%%` opened on this line is closed on it, or -1. */
export function closingMarker(line: string, marker: string): number {
  return line.indexOf(marker, line.indexOf(marker) + marker.length);
}

/** Whether an item may start right under a line of text: not empty, and numbered from 1 if numbered (CommonMark). */
export function interruptsAsItem(marker: ListMarker): boolean {
  return !marker.empty && (!marker.ordered || marker.start === 1);
}
