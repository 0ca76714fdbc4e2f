/**
 * Whether a bold label's text defines the label (SPEC §3): it names the label and says what it
 * is, or it is a noun phrase that does. Hand-made cues, measured by `npm run eval`.
 */
import { isSpaceCode } from "../markdown/lines";
import { NOT_A_VERB, termWords } from "./terms";

/**
 * The first `n` words of a text, split on white space. Only the text's start is split: these
 * tests read a text's first words, and a long text would cost its whole length for each.
 */
export function firstWords(text: string, n: number): string[] {
  const words: string[] = [];
  let at = 0;
  while (words.length < n) {
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
    if (at >= text.length) break;
    const start = at;
    while (at < text.length && !isSpaceCode(text.charCodeAt(at))) at++;
    words.push(text.slice(start, at));
  }
  return words;
}

/** First words of step labels: what a reader is told to do. */
export const IMPERATIVE: ReadonlySet<string> = new Set(
  (
    "access add build call check choose clean clone compute configure connect continue create debug define delete deploy " +
    "download enable enter evaluate fill fit go implement import initialize initialise install invoke launch load make " +
    "monitor navigate open prepare register reset run save select set setup specify split start stop store test train update upload write"
  ).split(" "),
);

const PRONOUN_DEFINES = /^(?:this|these|it|they)\s+(?:(?:operation|parameter|method|function|service|technique|type|model|component|role|value|approach|layer|tool)s?\s+)?(?:is|are|refers?|means?|represents?|describes?|computes?|balances?|decides?|controls?)\b/i;
const A_NOUN_PHRASE = /^an?\s/i;
const THE_OF = /^the\s+(?:[\w-]+\s+){0,3}(?:of|for|that|which|used)\b/i;
const NOUNS_THAT = /^[A-Za-z-]+(?:\s+[a-z-]+)?s,?\s+(?:that|which|for|used|in|of|with|to)\b/;

const COPULA = /^(?:is|are|was|were|refers|means|stands|represents|describes)$/;

/**
 * Whether a text names its label first and says what it is: `Google Cloud Spanner is a…`,
 * `Azure Cosmos DB is…` under `Microsoft Azure Cosmos DB`, `Convolutional layers are…`.
 * `words` are the text's first words (`firstWords(text, 12)`), when the caller has them.
 */
/** The bold lead's own sentence, the commonest case: `Redis is…`, `AWS Lambda lets you…`. */
function opensWithLabel(label: string, text: string): boolean {
  if (!text.startsWith(label)) return false;
  const next = text.charCodeAt(label.length);
  if (next !== 32 && next !== 44) return false;
  return saysWhatItDoes(firstWords(text.slice(label.length, label.length + 40), 1)[0] ?? "");
}

/**
 * Whether the word after a label goes on to say what it is or does (`is`, `provides`), rather than
 * joining more words to it (`and`, `of`) or starting a clause of its own (`when`, `if`): in
 * `**Declare the type of the props** when defining…` the label is an instruction, not a term.
 */
function saysWhatItDoes(word: string): boolean {
  return /^[a-z]/.test(word) && !NOT_A_VERB.has(word) && !CLAUSE_START.has(word);
}

export function namesItself(label: string, text: string, words = firstWords(text, 12)): boolean {
  if (opensWithLabel(label, text)) return true;
  const at = words.findIndex((w) => COPULA.test(w.toLowerCase()));
  const own = termWords(label.replace(/\([^()]*\)/g, " "));
  if (at >= 1 && at <= own.length + 4 && termWords(words.slice(0, at).join(" ")).some((w) => own.includes(w))) return true;
  // `**AWS Elastic Beanstalk** provides an easy-to-use service…`: the label, then what it does.
  const lead = words[0]?.toLowerCase() === "the" || /^an?$/i.test(words[0] ?? "") ? words.slice(1) : words;
  if (own.length === 0 || lead.length <= own.length || termWords(lead.slice(0, own.length).join(" ")).join(" ") !== own.join(" ")) return false;
  const start = text.trimStart().slice(0, 400).replace(/^(?:the|an?)\s+/i, "");
  const rest = start.slice(nthWordEnd(start, own.length)).replace(/^\s*\([^()]*\)/, "");
  return /^\s/.test(rest) && saysWhatItDoes(firstWords(rest, 1)[0] ?? "");
}

/** Offset just after the `n`th word (letters and digits) of `text`. */
function nthWordEnd(text: string, n: number): number {
  const words = /[\p{L}\p{N}]+/gu;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = words.exec(text);
    if (!m) return text.length;
    end = m.index + m[0].length;
  }
  return end;
}

/** Words a sentence about something else starts with: a subject, a conjunction, a preposition. */
const CLAUSE_START = new Set(
  "you we i it they he she there here if when while by in on with since although though because unlike for despite many most some each every all once after before during as so but and or this these that those your our my its their".split(" "),
);
/** Verbs and auxiliaries: a text that has one in its first words is a sentence, not a name's description. */
const FINITE = new Set("is are was were can will has have does do may might should must would could serves helps makes lets allows enables gives shows provides controls keeps stores uses runs offers supports".split(" "));
/** After a verb in `-s`, what usually follows it (`Allows you…`, `Shows the…`): a plural noun is followed by other words. */
const OBJECT_START = new Set("you the a an your its their users it them various detailed".split(" "));

/** A word in lower case without the punctuation around it (`(Delay,` → `delay`). */
function bareWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !/[\p{L}\p{N}]/u.test(word[start])) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(word[end - 1])) end--;
  return word.slice(start, end).toLowerCase();
}

/**
 * A noun phrase that says what the label is (`the delay before a transfer starts`, `delay
 * before a transfer starts`): in lower case, no subject or conjunction first, no verb among its
 * first words.
 */
function isNounPhrase(text: string, first12: readonly string[]): boolean {
  // A capital opens a sentence with a subject of its own (`Redis supports…`); a definition written as a phrase opens in lower case.
  if (!/^[a-z]/.test(first12[0] ?? "")) return false;
  const words = first12.slice(0, 6).map(bareWord);
  const [first, second] = words[0] === "the" ? words.slice(1) : words;
  if (!first || CLAUSE_START.has(first) || IMPERATIVE.has(first) || FINITE.has(first)) return false;
  if (first.endsWith("s") && OBJECT_START.has(second ?? "")) return false;
  return !words.slice(1, 5).some((w) => FINITE.has(w));
}

/** Whether an item's text defines its label: names it first, or says what it is. */
export function definesLabel(label: string, text: string): boolean {
  if (opensWithLabel(label, text)) return true;
  const words = firstWords(text, 12);
  // The cheap tests first; naming the label (word lists of both) last. Said without naming it, a
  // definition is a sentence, not a value (`Protocol: TCP`).
  if (words.length >= 4 && (PRONOUN_DEFINES.test(text) || A_NOUN_PHRASE.test(text) || THE_OF.test(text) || NOUNS_THAT.test(text) || isNounPhrase(text, words))) return true;
  return namesItself(label, text, words);
}
