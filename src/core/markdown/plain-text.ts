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
  if (first === 45 || first === 42 || first === 43 || (first >= 48 && first <= 57)) {
    const bullet = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[.\])?(?:[ \t]+|$)/.exec(rest.slice(0, 16));
    if (bullet) return rest.slice(bullet[0].length);
  } else if (first === 35) {
    const hashes = /^#{1,6}(?:[ \t]+|$)/.exec(rest.slice(0, 8));
    if (hashes) return rest.slice(hashes[0].length);
  }
  return rest;
}
