/** Terms: how a bold lead is read, how aliases are split off, how two names are compared. */
import type { Definition } from "./model";
import { firstVisible, isSpaceCode } from "../markdown/lines";
import { plainText } from "../markdown/plain-text";

export interface BoldLead {
  term: string;
  aliases: string[];
  /** The defining text: what follows `:` / `-` / `—`, or the whole sentence after a verb. */
  body: string;
}

const LINKS = /!?\[\[[^[\]\n]*\]\]|!?\[[^[\]\n]*\]\([^()\n]*\)|https?:\/\/\S+/g;

const LETTER = /\p{L}/u;
/** More than eight words (a term is shorter): a word, then eight more after white space. */
const TOO_MANY_WORDS = /^\s*\S+(?:\s+\S+){8}/;
const VERSUS_WORD = /(?:^|\s)(?:vs\.?|versus)(?:\s|$)/i;

/** A name that can be a term: has a letter, is short, and is not itself a comparison (`A vs B`). */
export function isTermLike(name: string): boolean {
  return LETTER.test(name) && !TOO_MANY_WORDS.test(name) && !VERSUS_WORD.test(name);
}

/** Labels that are remarks about the text (`**Important Note:**`, `**Example**:`), never terms. */
const REMARK = /^(?:important\s+)?(?:notes?|tips?|warning|caution|remember|example|todo)\b/i;

export function isRemark(label: string): boolean {
  return REMARK.test(label.trim());
}

/** Words that after a bold lead mean the bold text is one of several subjects, not a term. */
export const NOT_A_VERB: ReadonlySet<string> = new Set(
  "and or nor & vs vs. versus with without of in on at to for from by as than plus".split(" "),
);

/** `Amazon Machine Images (AMIs)` → term `Amazon Machine Images`, alias `AMIs`. */
export function splitAliases(name: string): { term: string; aliases: string[] } {
  const text = trimTrailing(plainText(name), ":：").trim();
  if (!text.endsWith(")")) return { term: text, aliases: [] };
  const open = text.lastIndexOf("(");
  const alias = open < 0 ? "" : text.slice(open + 1, -1);
  const term = open < 0 ? "" : text.slice(0, open).trim();
  if (!term || !alias.trim() || alias.includes("(") || alias.includes(")")) return { term: text, aliases: [] };
  return { term, aliases: [alias.trim()] };
}

/** `text` without trailing characters from `chars` (and the white space between them). */
export function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || chars.includes(text[end - 1]))) end--;
  return text.slice(0, end);
}

/**
 * A paragraph or list item that starts with `**Term**` (or `__Term__`) followed by a verb
 * phrase, `:`, `-`, `—` or `,` — or with the colon inside the bold (`**Term:** text`).
 * `masked` is the same text with code blanked: the bold must be real bold, not code.
 */
export function boldLead(content: string, masked: string): BoldLead | null {
  const offset = firstVisible(masked);
  const length = boldLength(masked, offset, content);
  if (length < 0) return null;
  const source = content.slice(offset);
  let inner = source.slice(2, length - 2).trim();
  let after = source.slice(length);
  if (inner.endsWith("?")) return null;
  // `**Redis** (Remote Dictionary Server) is …`: the parenthesis is an alias.
  const paren = after.charCodeAt(firstVisible(after)) === 40 ? ALIAS_PAREN.exec(after) : null;
  if (paren && !endsWithColon(inner)) {
    inner = `${inner} (${paren[1]})`;
    after = after.slice(paren[0].length);
  }
  let body: string;
  const next = firstVisible(after);
  if (endsWithColon(inner)) {
    inner = inner.slice(0, -1);
    body = plainText(after);
  } else if (next < after.length && SEPARATORS.includes(after[next])) {
    // Leading white space and the whole run of separators dropped.
    let from = next;
    while (from < after.length && SEPARATORS.includes(after[from])) from++;
    body = plainText(after.slice(from));
  } else if (after.charCodeAt(next) === 44 || isVerbPhrase(after)) {
    body = plainText(source);
  } else {
    return null;
  }
  // A template field such as `**links**:` followed by links defines nothing.
  const linkless = after.includes("[") || after.includes("http") ? after.replace(LINKS, "") : after;
  if (!body || !inner || !WORD_CHAR.test(linkless)) return null;
  const { term, aliases } = splitAliases(inner);
  return term ? { term, aliases, body } : null;
}

const ALIAS_PAREN = /^\s*\(([^()\n]{1,80})\)/;
/** What may stand between a bold term and its definition (`**Term**: …`, `**Term** — …`). */
const SEPARATORS = ":-—–";
/** A letter or digit: what a word is made of. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
const VERB = /^\s+([A-Za-z][A-Za-z'’.-]*)/;

function endsWithColon(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 58 || last === 0xff1a;
}

/**
 * Whether bold opens at `at`: `**` or `__`, then a character that is not white space. In the
 * masked view code is blanked: given the same line's prose, bold that opens on code
 * (`**`Express.js`**`) opens too.
 */
export function opensBoldAt(text: string, at: number, prose?: string): boolean {
  const c = text.charCodeAt(at);
  if (!((c === 42 || c === 95) && text.charCodeAt(at + 1) === c && at + 2 < text.length)) return false;
  return !isSpaceCode(text.charCodeAt(at + 2)) || prose?.charCodeAt(at + 2) === 96;
}

/**
 * Length of the bold text `text` opens at `at` (`**`, a character that is not white space,
 * then anything up to the next same marker on the line), or -1 when it opens none.
 */
function boldLength(text: string, at: number, prose?: string): number {
  if (!opensBoldAt(text, at, prose)) return -1;
  const c = text.charCodeAt(at);
  const close = text.indexOf(c === 42 ? "**" : "__", at + 3);
  if (close < 0) return -1;
  const newline = text.indexOf("\n", at + 3);
  return newline >= 0 && newline < close ? -1 : close + 2 - at;
}

function isVerbPhrase(after: string): boolean {
  const m = VERB.exec(after);
  if (!m) return false;
  const word = m[1];
  return word[0] === word[0].toLowerCase() && !NOT_A_VERB.has(word.toLowerCase());
}

/** Runs of letters and digits (global: `match` and `eachMatch` start it afresh each time). */
export const WORDS = /[\p{L}\p{N}]+/gu;
/** The same words in ASCII text, where a pattern without Unicode classes finds them faster. */
const ASCII_WORDS = /[A-Za-z0-9]+/g;
const NOT_ASCII = /[\u0080-\uffff]/;

/** Whether every character of `text` is ASCII (faster patterns and comparisons apply). */
export function isAscii(text: string): boolean {
  return !NOT_ASCII.test(text);
}

/** Lower-cased words, with plural `s` dropped from acronyms (`AMIs`) and longer words. */
export function termWords(name: string): string[] {
  const text = plainText(name);
  const words = text.match(isAscii(text) ? ASCII_WORDS : WORDS) ?? [];
  return words.map(termWord);
}

/** One word (letters and digits only) as `termWords` gives it. */
export function termWord(w: string): string {
  const lower = w.toLowerCase();
  // Only a word ending in `s` can lose a plural: most words are only lower-cased.
  if (lower.charCodeAt(lower.length - 1) !== 115) return lower;
  if (/^[A-Z0-9]+s$/.test(w)) return w.slice(0, -1).toLowerCase();
  if (lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && w !== w.toUpperCase()) return lower.slice(0, -1);
  return lower;
}

export function termKey(name: string): string {
  return termWords(name).join(" ");
}

/**
 * Whether `name` names the same thing as one of `names`: equal, or one contains the other's words.
 * `keyOf` may be a memoised `termKey` (a note compares the same names many times).
 */
export function namesMatch(name: string, names: readonly string[], keyOf: (name: string) => string = termKey): boolean {
  const key = keyOf(name);
  if (!key) return false;
  return names.some((other) => {
    const o = keyOf(other);
    if (!o) return false;
    return key === o || ` ${key} `.includes(` ${o} `) || ` ${o} `.includes(` ${key} `);
  });
}

/** A definition's term as shown: `Amazon Machine Images (AMIs)`. */
export function termLabel(d: Pick<Definition, "term" | "aliases">): string {
  return d.aliases.length > 0 ? `${d.term} (${d.aliases.join(", ")})` : d.term;
}

/** List numbering at the start of a text: `3. `, `2) `. */
export const LIST_NUMBER = /^\d{1,3}[.)]\s+/;
/** Emphasis marks a term may be left with (`*Strong consistency`) and white space. */
const MARKS = "*_~`";

/** `text` without marks and white space at either end (a loop: a pattern would rescan long runs of spaces). */
function stripMarks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (MARKS.includes(text[start]) || isSpaceCode(text.charCodeAt(start)))) start++;
  while (end > start && (MARKS.includes(text[end - 1]) || isSpaceCode(text.charCodeAt(end - 1)))) end--;
  return text.slice(start, end);
}

/** A term as written, cleaned: no stray emphasis marks, no list numbering, no trailing colon. */
export function cleanTerm(term: string): string {
  return stripMarks(trimTrailing(stripMarks(term).replace(LIST_NUMBER, ""), ":："));
}

/** Why a term is not clean text (SPEC §3), or null: what the evaluation counts as malformed. */
export function termIssue(term: string): string | null {
  if (term.trim() === "") return "empty";
  if (/^[*_~`]|[*_~`]$/.test(term)) return "stray emphasis";
  if (LIST_NUMBER.test(term)) return "list numbering";
  let depth = 0;
  for (const ch of term) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return "unbalanced parentheses";
  }
  if (depth !== 0) return "unbalanced parentheses";
  if (term.includes("?")) return "a question";
  if (/[:：]$/.test(term)) return "trailing colon";
  return null;
}

const WHAT_IS = /^what\s+(?:is|are)\s+(?:an?\s+|the\s+)?([^?]+?)\s*\?$/i;

/** The subject of a `What is X?` question (`What is the EvoArch model?` → `EvoArch model`), or null. */
export function whatIsSubject(text: string): string | null {
  return WHAT_IS.exec(text)?.[1] ?? null;
}
