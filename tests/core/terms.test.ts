/** Term names: what may be a term, and the words two names are compared by. */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import { plainText } from "../../src/core/markdown/plain-text";
import { boldLead, isTermLike, splitAliases, termKey, termWord, type BoldLead } from "../../src/core/note/terms";

/** The rules as plainly written: at most eight words, a letter, no `vs` / `versus` between words. */
function termLikeAsWritten(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return /\p{L}/u.test(name) && words.length <= 8 && !/\s(?:vs\.?|versus)\s/i.test(` ${name} `);
}

/** A word lower-cased, less the plural `s` of an acronym (`AMIs`) or of a longer word. */
function termWordAsWritten(w: string): string {
  if (/^[A-Z0-9]+s$/.test(w)) return w.slice(0, -1).toLowerCase();
  const lower = w.toLowerCase();
  if (lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && w !== w.toUpperCase()) return lower.slice(0, -1);
  return lower;
}

const NOT_VERBS = "and or nor & vs vs. versus with without of in on at to for from by as than plus".split(" ");

function verbFollows(after: string): boolean {
  const m = /^\s+([A-Za-z][A-Za-z'’.-]*)/.exec(after);
  return m !== null && m[1][0] === m[1][0].toLowerCase() && !NOT_VERBS.includes(m[1].toLowerCase());
}

/** The bold-lead rules as patterns. */
function boldLeadAsPatterns(content: string, masked: string): BoldLead | null {
  const m = /^(\*\*|__)(\S[^\n]*?)\1/.exec(masked.trimStart());
  if (!m) return null;
  const offset = masked.length - masked.trimStart().length;
  const source = content.slice(offset);
  let inner = source.slice(2, m[0].length - 2).trim();
  let after = source.slice(m[0].length);
  if (inner.endsWith("?")) return null;
  const paren = /^\s*\(([^()\n]{1,80})\)/.exec(after);
  if (paren && !/[:：]$/.test(inner)) {
    inner = `${inner} (${paren[1]})`;
    after = after.slice(paren[0].length);
  }
  let body: string;
  if (/[:：]$/.test(inner)) {
    inner = inner.slice(0, -1);
    body = plainText(after);
  } else if (/^\s*[:\-—–]/.test(after)) {
    body = plainText(after.replace(/^\s*[:\-—–]+/, ""));
  } else if (/^\s*,/.test(after) || verbFollows(after)) {
    body = plainText(source);
  } else {
    return null;
  }
  const linkless = after.replace(/!?\[\[[^[\]\n]*\]\]|!?\[[^[\]\n]*\]\([^()\n]*\)|https?:\/\/\S+/g, "");
  if (!body || !inner || !/[\p{L}\p{N}]/u.test(linkless)) return null;
  const { term, aliases } = splitAliases(inner);
  return term ? { term, aliases, body } : null;
}

describe("bold leads", () => {
  test.each([
    ["**Redis** (Remote Dictionary Server) is a store.", "Redis", ["Remote Dictionary Server"], "Redis (Remote Dictionary Server) is a store."],
    ["  __Term__ — the body", "Term", [], "the body"],
    ["**Term:** body", "Term", [], "body"],
    ["**Term** :- body", "Term", [], "body"],
    ["**A**, **B** and C are things", "A", [], "A, B and C are things"],
  ])("%j reads as %j", (text, term, aliases, body) => {
    expect(boldLead(text, text)).toEqual({ term, aliases, body });
  });

  test.each(["**Term**", "** Term** is", "**Term?** is", "**Term\n** is", "**links**: [[A]]", "**Term** and more", "**Term**:"])("%j is no lead", (text) => {
    expect(boldLead(text, text)).toBeNull();
  });

  test("reads what the rules as patterns read, on any text", () => {
    const piece = fc.constantFrom("**", "__", "*", "_", " ", "\t", "\u00a0", "\n", "a", "B", "(", ")", ":", "：", "-", "—", "–", ",", " is ", " and ", "?", "[[x]]", "http://x", "`");
    const pieces = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
    const marker = fc.constantFrom("**", "__", "*_");
    // Mostly text shaped as a lead (spaces, a marker, text, a marker, text), so each rule is met often.
    const lead = fc.tuple(fc.constantFrom("", " ", "\t "), marker, pieces, marker, pieces).map((parts) => parts.join(""));
    const text = fc.oneof(lead, pieces);
    fc.assert(
      fc.property(text, (t) => {
        expect(boldLead(t, t)).toEqual(boldLeadAsPatterns(t, t));
      }),
      { numRuns: propertyRuns(20000) },
    );
  });
});

describe("term names", () => {
  test.each([
    ["Amazon Machine Images", true],
    ["one two three four five six seven eight", true],
    ["one two three four five six seven eight nine", false],
    ["  padded   name  ", true],
    ["TCP vs UDP", false],
    ["TCP vs. UDP", false],
    ["vs code", false],
    ["Canvas", true],
    ["1234", false],
    ["", false],
  ])("%j may be a term: %s", (name, expected) => {
    expect(isTermLike(name)).toBe(expected);
  });

  test("may-be-a-term says what the rules as written say, on any name", () => {
    const name = fc.array(fc.constantFrom(" ", "\t", "\u00a0", "\n", "a", "É", "1", "vs", "VS", "v", "s", ".", "versus", "x"), { maxLength: 24 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(name, (n) => {
        expect(isTermLike(n)).toBe(termLikeAsWritten(n));
      }),
      { numRuns: propertyRuns(5000) },
    );
  });

  test.each([
    ["AMIs", "ami"],
    ["Canvas", "canva"],
    ["class", "class"],
    ["bus", "bus"],
    ["SS", "ss"],
    ["Kelvin\u212a", "kelvink"],
    ["Volume", "volume"],
  ])("the word %j compares as %j", (word, expected) => {
    expect(termWord(word)).toBe(expected);
  });

  test("a word compares as the rule as written says, on any word", () => {
    const word = fc.array(fc.constantFrom("a", "A", "s", "S", "ss", "1", "é", "É", "\u212a", "ſ", "İ"), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(word, (w) => {
        expect(termWord(w)).toBe(termWordAsWritten(w));
      }),
      { numRuns: propertyRuns(5000) },
    );
  });

  test("names compare by their words", () => {
    expect(termKey("Amazon **Machine** Images (AMIs)")).toBe("amazon machine image ami");
  });
});
