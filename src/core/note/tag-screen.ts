/**
 * A cheap screen before parsing: false only when the note cannot be an incubator note, so that
 * only candidates pay for a full parse. It may say true for a note that is not one (the parse
 * decides); it must never say false for one that is (a property test checks this).
 *
 * It jumps through the text by offsets, without splitting it into lines, from one place that
 * matters to the next; the tag is compared from each `#` without regard to case, so the text
 * is never copied (lower-casing every note cost more than the rest of the screen). An
 * occurrence of the tag counts unless it is part of a longer word or tag (`#incubator-old`,
 * `x#incubator`) or stands inside top-level fenced code (the decoy `// #incubator` in a code
 * sample), judged by the scanner's own fence rules. Anything it cannot judge cheaply — `%%`,
 * `$$` or HTML at a line start, a fence marker that is indented — makes it say true.
 */
import { isSpaceCode } from "../markdown/lines";
import { closesFence, fenceOpen, type Fence } from "../markdown/line-kinds";
import { isAscii, WORD_CHAR } from "./terms";

/** Characters that continue a tag (as the tag reader has them), `/` aside: `#incubator/aws` is the tag. */
const LONGER_TAG = /[\p{L}\p{N}\p{M}\p{So}\p{Sk}_-]/u;

/** For each ASCII code, whether `pattern` matches that character: most neighbours of a `#` are ASCII. */
function asciiAnswers(pattern: RegExp): boolean[] {
  return Array.from({ length: 128 }, (_, code) => pattern.test(String.fromCharCode(code)));
}
const ASCII_WORD_CHAR = asciiAnswers(WORD_CHAR);
const ASCII_LONGER_TAG = asciiAnswers(LONGER_TAG);
const BACKTICK = 96;

/** Whether the character at code point `code` matches `pattern`, by table when it is ASCII. */
function isCharOf(code: number, pattern: RegExp, ascii: readonly boolean[]): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; the table holds the pattern's own answers.
  return code < 128 ? ascii[code] : pattern.test(String.fromCodePoint(code));
}

/** End of the line that starts at `from` (in text whose line breaks are all `\n`). */
function lineEnd(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** Where the tag written at `at` (just after a `#`) ends, in any case; -1 when it is not there. */
type TagReader = (text: string, at: number) => number;

/** The next place at or after `from` where `#tag` is written as a whole tag, or -1. */
function nextTag(text: string, readTag: TagReader, from: number): number {
  for (let at = text.indexOf("#", from); at >= 0; at = text.indexOf("#", at + 1)) {
    const end = readTag(text, at + 1);
    if (end < 0) continue;
    if (at > 0 && isCharOf(text.codePointAt(at - 1) as number, WORD_CHAR, ASCII_WORD_CHAR) && !isLowSurrogate(text.charCodeAt(at - 1))) continue;
    const after = text.codePointAt(end);
    // A backtick continues a tag only outside code; one that opens (or closes) a code span ends it there.
    if (after !== undefined && after !== BACKTICK && isCharOf(after, LONGER_TAG, ASCII_LONGER_TAG)) continue;
    return at;
  }
  return -1;
}

/**
 * A reader for a tag of ASCII characters (nearly every tag): compares code units, an upper-case
 * letter as its lower case, a character that is not ASCII by its lower case (`K`, the Kelvin
 * sign, is a `k`).
 */
function asciiTagReader(wanted: string): TagReader {
  return (text, at) => {
    for (let i = 0; i < wanted.length; i++) {
      const c = text.charCodeAt(at + i);
      const w = wanted.charCodeAt(i);
      if (c === w) continue;
      // Stryker disable next-line EqualityOperator: equivalent; U+0080 lower-cases to itself, which is not ASCII.
      if (c >= 65 && c <= 90 ? c + 32 !== w : c < 128 || String.fromCharCode(c).toLowerCase() !== wanted[i]) return -1;
    }
    return at + wanted.length;
  };
}

/** A reader for any other tag: Unicode case folding, which matches every spelling lower-casing would. */
function patternTagReader(source: string): TagReader {
  const pattern = new RegExp(source, "iuy");
  return (text, at) => {
    pattern.lastIndex = at;
    return pattern.test(text) ? pattern.lastIndex : -1;
  };
}

/** The second half of a surrogate pair: the character before it is the whole pair, judged as "not a word". */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Start of the next line at or after `from` whose text, white space trimmed, begins with
 * `marker`; Infinity when there is none.
 */
function lineStartingWith(text: string, marker: string, from: number, indented = false): number {
  for (let hit = text.indexOf(marker, from); hit >= 0; hit = text.indexOf(marker, hit + 1)) {
    let start = hit;
    while (start > from && isSpaceCode(text.charCodeAt(start - 1)) && !isLineBreak(text.charCodeAt(start - 1))) start--;
    if ((start === from || isLineBreak(text.charCodeAt(start - 1))) && (!indented || start < hit)) return start;
  }
  return Infinity;
}

/** An indented fence marker: a fence in a list item, or one the scanner opens where the screen does not look. */
function indentedFence(text: string, marker: string, from: number): number {
  return lineStartingWith(text, marker, from, true);
}

/** The screen's text has only `\n` line breaks (see `screen`). */
function isLineBreak(code: number): boolean {
  return code === 10;
}

/** Start of the next line at or after `from` that opens a fence with `marker`; Infinity when none does. */
function nextFence(text: string, marker: string, from: number): number {
  for (let hit = text.indexOf(marker, from); hit >= 0; hit = text.indexOf(marker, hit + 1)) {
    if ((hit === from || isLineBreak(text.charCodeAt(hit - 1))) && fenceOpen(text.slice(hit, lineEnd(text, hit)))) return hit;
  }
  return Infinity;
}

/** Start of the line at or after `from` that closes `fence`, or -1 when it never closes. */
function fenceClose(text: string, fence: Fence, from: number): number {
  const marker = fence.char.repeat(3);
  for (let hit = text.indexOf(marker, from); hit >= 0; ) {
    let start = hit;
    // Stryker disable next-line EqualityOperator: equivalent; the character before `from` starts no line's spaces.
    while (start > from && text.charCodeAt(start - 1) === 32) start--;
    const atLineStart = start === from || isLineBreak(text.charCodeAt(start - 1));
    // (`closesFence` allows at most three spaces before the closer.)
    if (atLineStart && closesFence(text.slice(start, lineEnd(text, start)), fence)) return start;
    hit = text.indexOf(marker, lineEnd(text, hit));
  }
  return -1;
}

interface Search {
  marker: string;
  /** Where it was found last (-1: not searched yet, Infinity: nowhere further). */
  at: number;
  find: (text: string, marker: string, from: number) => number;
}

/** The nearest hit of `searches` at or after `from`; each searches again only once passed. */
function nearest(text: string, searches: Search[], from: number): number {
  let min = Infinity;
  for (const search of searches) {
    if (search.at < from) search.at = search.find(text, search.marker, from);
    min = Math.min(min, search.at);
  }
  return min;
}

/** Characters that mean something in a pattern (`/` too: it ends a pattern literal). */
const PATTERN_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * The screen for one tag, its patterns compiled once. Case is ignored as Unicode case folding
 * has it, which matches every spelling lower-casing would (and a few more: the parse decides).
 */
export function tagScreen(tag: string): (text: string) => boolean {
  const wanted = tag.replace(/^#/, "");
  if (!wanted) return () => false;
  const source = wanted.replace(PATTERN_SYNTAX, "\\$&");
  const anywhere = new RegExp(source, "iu");
  const readTag = isAscii(wanted) ? asciiTagReader(wanted.toLowerCase()) : patternTagReader(source);
  return (text) => screen(text, anywhere, readTag);
}

/** `tagScreen(tag)(text)`, for a single question. */
export function mayCarryTag(text: string, tag: string): boolean {
  return tagScreen(tag)(text);
}

function screen(original: string, anywhere: RegExp, readTag: TagReader): boolean {
  // Only a yes or no comes out, so line breaks can be made one kind: then `indexOf` finds them.
  const text = original.includes("\r") ? original.replace(/\r\n?/g, "\n") : original;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  // Frontmatter: any mention of the tag there counts (a `tags:` list spells it without `#`).
  let end = lineEnd(text, at);
  if (text.slice(at, end).trimEnd() === "---") {
    const inside = end + 1;
    for (let line = inside; line <= text.length; ) {
      const close = lineEnd(text, line);
      if (text.slice(line, close).trimEnd() === "---") {
        if (anywhere.test(text.slice(inside, line))) return true;
        at = close + 1;
        break;
      }
      if (close >= text.length) break;
      line = close + 1;
    }
  }

  let tagAt = nextTag(text, readTag, at);
  if (tagAt < 0) return false;
  // Jump from one place that matters to the next instead of reading every line: fence openers
  // at a line start, lines the screen cannot judge, and the tag itself. Each search runs again
  // only once the walk has passed what it found last time.
  const unjudged: Search[] = [
    { marker: "%%", at: -1, find: lineStartingWith },
    { marker: "$$", at: -1, find: lineStartingWith },
    { marker: "<", at: -1, find: lineStartingWith },
    { marker: "```", at: -1, find: indentedFence },
    { marker: "~~~", at: -1, find: indentedFence },
  ];
  const fences: Search[] = [
    { marker: "```", at: -1, find: nextFence },
    { marker: "~~~", at: -1, find: nextFence },
  ];
  while (tagAt >= 0) {
    // The tag, or a line that cannot be judged, before the next fence: the note is a candidate.
    const f = nearest(text, fences, at);
    // Stryker disable next-line EqualityOperator: equivalent; a tag or an unjudged line never starts where a fence does.
    if (tagAt < f || nearest(text, unjudged, at) < f) return true;
    // The tag is at or past a fence opener: skip the fenced block (to the end if it never closes).
    const fence = fenceOpen(text.slice(f, lineEnd(text, f))) as Fence;
    const close = fenceClose(text, fence, lineEnd(text, f) + 1);
    if (close < 0) return false;
    at = lineEnd(text, close) + 1;
    if (tagAt < at) tagAt = nextTag(text, readTag, at);
  }
  return false;
}
