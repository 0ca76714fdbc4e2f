/**
 * Markdown inline syntax removed, for showing a definition or answer as plain text. HTML is
 * kept as the characters the user typed: it is shown as text, never interpreted.
 */
import { parseWikilinkBody } from "../note/links";

const IMAGE_EMBED = /!\[\[[^[\]\n]*\]\]|!\[[^[\]\n]*\]\([^()\n]*\)/g;
const WIKILINK = /\[\[([^[\]\n]+?)\]\]/g;
const MARKDOWN_LINK = /\[([^[\]\n]*)\]\([^()\n]*\)/g;

function wikiText(body: string): string {
  const { target, subpath, display } = parseWikilinkBody(body);
  if (display) return display;
  return subpath ? (target ? `${target} > ${subpath}` : subpath) : target;
}

const EMPHASIS_MARK = /[*_=~]/;
const PAIRED_MARKS = ["**", "__", "==", "~~"] as const;
/** Characters that start inline syntax `plainText` removes. */
const INLINE_MARK = /[[`*_=~\\]/;

/**
 * `text` with each `XXinnerXX` (`X` the character of `mark`, the inner text free of `X` and
 * line breaks) replaced by its inner text: what `/XX([^X\n]+?)XX/g` → `$1` does, found with
 * `indexOf` (a replace with a lazy pattern was the model's most frequent pattern). The inner
 * text runs from the opener to the next `X`, which must start the closer.
 */
export function stripPairs(text: string, mark: "**" | "__" | "==" | "~~"): string {
  const x = mark.charCodeAt(0);
  let out = "";
  let copied = 0;
  let open = text.indexOf(mark);
  // The first line break after the opener, searched again only once passed: linear in the text.
  let newline = -1;
  while (open >= 0) {
    const close = text.indexOf(mark[0], open + 2);
    if (close < 0) break;
    if (newline < open + 2) {
      const at = text.indexOf("\n", open + 2);
      newline = at < 0 ? Infinity : at;
    }
    if (close > open + 2 && text.charCodeAt(close + 1) === x && newline > close) {
      out += text.slice(copied, open) + text.slice(open + 2, close);
      copied = close + 2;
      open = text.indexOf(mark, copied);
    } else {
      open = text.indexOf(mark, open + 1);
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Emphasis markers are removed only in pairs, so `2 * 3` and snake_case survive. */
export function stripEmphasis(text: string): string {
  // Each pass runs only when its marker occurs: most text has none, and a scan is cheaper than a replace.
  if (!EMPHASIS_MARK.test(text)) return text;
  let out = text;
  for (const mark of PAIRED_MARKS) out = stripPairs(out, mark);
  if (out.includes("*")) out = out.replace(/(^|[\s(])\*([^*\s][^*\n]*?)\*/g, "$1$2");
  if (out.includes("_")) out = out.replace(/(^|[\s(])_([^_\s][^_\n]*?)_(?=[\s).,;:!?]|$)/g, "$1$2");
  return out;
}

/** White space other than a space: with two spaces in a row, the only case where collapsing changes anything. */
const OTHER_SPACE = /[^\S ]/;
/** A run of white space other than a single space: single spaces, most of them, are left alone. */
const SPACE_TO_COLLAPSE = /[^\S ]\s*| \s+/g;

/** Every run of white space as one space; text that has none to collapse is returned as is. */
export function collapseSpaces(text: string): string {
  // Two tests rather than one alternation: each is a plain search, together twice as fast.
  return text.includes("  ") || OTHER_SPACE.test(text) ? text.replace(SPACE_TO_COLLAPSE, " ") : text;
}

/**
 * A mark `plainText` removes, or white space other than a space (`[^\S ]` written out): text
 * with neither, most of it, is read once and only runs of spaces may need collapsing.
 */
const MARK_OR_OTHER_SPACE = /[[`*_=~\\\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

export function plainText(markdown: string): string {
  let text = markdown;
  if (!MARK_OR_OTHER_SPACE.test(text)) return (text.includes("  ") ? text.replace(SPACE_TO_COLLAPSE, " ") : text).trim();
  if (!INLINE_MARK.test(text)) return collapseSpaces(text).trim();
  if (text.includes("[")) {
    text = text.replace(IMAGE_EMBED, "").replace(WIKILINK, (_m, body: string) => wikiText(body)).replace(MARKDOWN_LINK, "$1");
  }
  if (text.includes("`")) text = text.replace(/`+/g, "");
  text = stripEmphasis(text);
  if (text.includes("\\")) text = text.replace(/\\([\\`*_{}[\]()#+\-.!|~=<>])/g, "$1");
  return collapseSpaces(text).trim();
}

/** The content of a line without its container syntax: quote markers, bullet, checkbox, hashes. */
export function lineContent(line: string): string {
  let i = 0;
  for (;;) {
    while (line[i] === " " || line[i] === "\t") i++;
    if (line[i] !== ">") break;
    i++;
  }
  const rest = i === 0 ? line : line.slice(i);
  // Most lines start with a letter: only a bullet, a digit or a hash can start container syntax.
  const first = rest.charCodeAt(0);
  if (first === 45 || first === 42 || first === 43 || isDigit(first)) {
    const length = bulletLength(rest);
    if (length >= 0) return rest.slice(length);
  } else if (first === 35) {
    const length = hashesLength(rest);
    if (length >= 0) return rest.slice(length);
  }
  return rest;
}

const isSpaceOrTab = (code: number) => code === 32 || code === 9;

/** End of the run of spaces and tabs from `at`, no further than `end`. */
function spacesEnd(text: string, at: number, end: number): number {
  while (at < end && isSpaceOrTab(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Length of the list marker `text` opens with (`- `, `12. `, `* [x] `), or -1. What
 * `^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[.\])?(?:[ \t]+|$)` matches in the first 16 characters,
 * written out: a pattern and its copy of the line cost more than the rest of the line's reading.
 */
function bulletLength(text: string): number {
  const end = Math.min(text.length, 16);
  let i = 0;
  const c = text.charCodeAt(0);
  if (c === 45 || c === 42 || c === 43) i = 1;
  else {
    while (i < 9 && i < end && isDigit(text.charCodeAt(i))) i++;
    const delimiter = text.charCodeAt(i);
    if (i === 0 || i >= end || (delimiter !== 46 && delimiter !== 41)) return -1;
    i++;
  }
  const spaces = spacesEnd(text, i, end);
  if (spaces > i && spaces + 2 < end && text.charCodeAt(spaces) === 91 && !isLineTerminator(text.charCodeAt(spaces + 1)) && text.charCodeAt(spaces + 2) === 93) {
    // A checkbox counts only when white space or the end follows it.
    const box = spaces + 3;
    const after = spacesEnd(text, box, end);
    if (after > box || box === end) return after;
  }
  if (spaces > i) return spaces;
  return i === end ? i : -1;
}

/** Length of the `#` run and the white space after it that `text` opens with (`## `), or -1: `^#{1,6}(?:[ \t]+|$)` in the first 8 characters. */
function hashesLength(text: string): number {
  const end = Math.min(text.length, 8);
  let i = 0;
  while (i < end && text.charCodeAt(i) === 35) i++;
  if (i > 6) return -1;
  const spaces = spacesEnd(text, i, end);
  return spaces > i || i === end ? spaces : -1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** What `.` in a pattern does not match. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}
