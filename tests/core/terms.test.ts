/** Term names: what may be a term, and the words two names are compared by. */
import fc from "fast-check";
import { isTermLike, termKey, termWord } from "../../src/core/note/terms";

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
      { numRuns: 5000 },
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
      { numRuns: 5000 },
    );
  });

  test("names compare by their words", () => {
    expect(termKey("Amazon **Machine** Images (AMIs)")).toBe("amazon machine image ami");
  });
});
