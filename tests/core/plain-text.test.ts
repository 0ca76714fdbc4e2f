/** Plain text of inline Markdown: the pair stripping that `plainText` and term names rely on. */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import { collapseSpaces, lineContent, plainText, stripPairs } from "../../src/core/markdown/plain-text";

const PATTERNS = {
  "**": /\*\*([^*\n]+?)\*\*/g,
  "__": /__([^_\n]+?)__/g,
  "==": /==([^=\n]+?)==/g,
  "~~": /~~([^~\n]+?)~~/g,
} as const;

describe("stripping emphasis pairs", () => {
  test.each([
    ["**Term** is **bold**", "**", "Term is bold"],
    ["***a**", "**", "*a"],
    ["**a*b**", "**", "**a*b**"],
    ["****", "**", "****"],
    ["**a\nb** **c**", "**", "**a\nb c**"],
    ["2 ** 3 ** 4", "**", "2  3  4"],
    ["==mark== and ~~gone~~", "==", "mark and ~~gone~~"],
  ] as const)("%j without %s pairs is %j", (text, mark, expected) => {
    expect(stripPairs(text, mark)).toBe(expected);
  });

  test("does exactly what the lazy pattern replace does, on any text", () => {
    const text = fc.array(fc.constantFrom("*", "_", "=", "~", "a", "b", " ", "\n", "**", "__"), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom("**", "__", "==", "~~") as fc.Arbitrary<keyof typeof PATTERNS>, (t, mark) => {
        expect(stripPairs(t, mark)).toBe(t.replace(PATTERNS[mark], "$1"));
      }),
      { numRuns: propertyRuns(5000) },
    );
  });

  test("collapsing white space turns every run into one space, whatever it is made of", () => {
    const text = fc.array(fc.constantFrom(" ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "a", "b"), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(collapseSpaces(t)).toBe(t.replace(/\s+/g, " "));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  test("every white-space character is collapsed, whichever way the text is read", () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (/[[`*_=~\\]/.test(c)) continue;
      const text = `a${c}${c}b ${c}`;
      if (plainText(text) !== text.replace(/\s+/g, " ").trim()) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test("plain text of a bold lead", () => {
    expect(plainText("**Amazon EBS** (Elastic Block Store) is a __block__ store.")).toBe("Amazon EBS (Elastic Block Store) is a block store.");
  });
});

describe("a line's content without its container syntax", () => {
  /** The rule as patterns: quote markers, then a bullet (checkbox included) or hashes, read in the first 16 or 8 characters. */
  function byPatterns(line: string): string {
    const rest = line.replace(/^(?:[ \t]*>)*[ \t]*/, "");
    const bullet = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[.\])?(?:[ \t]+|$)/.exec(rest.slice(0, 16));
    if (bullet) return rest.slice(bullet[0].length);
    const hashes = /^#{1,6}(?:[ \t]+|$)/.exec(rest.slice(0, 8));
    return hashes ? rest.slice(hashes[0].length) : rest;
  }

  test.each([
    ["- item", "item"],
    ["  > > 12. [x] done", "done"],
    ["* [ ]task", "[ ]task"],
    ["1234567890. ten digits", "1234567890. ten digits"],
    ["###### six", "six"],
    ["####### seven", "####### seven"],
    ["#tag", "#tag"],
    ["-", ""],
  ])("%j → %j", (line, content) => {
    expect(lineContent(line)).toBe(content);
  });

  test("is what the patterns give, on any line", () => {
    const piece = fc.constantFrom("-", "*", "+", "1", "9", ".", ")", "#", " ", "\t", "[", "]", "x", "\u2028", "a", ">", "  ", "12. ", "- [x] ");
    const line = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(line, (l) => {
        expect(lineContent(l)).toBe(byPatterns(l));
      }),
      { numRuns: propertyRuns(20000) },
    );
  });

  test("a checkbox at the edge of the characters read", () => {
    for (const marker of ["-", "1.", "123456789)"]) {
      for (let spaces = 1; spaces < 18; spaces++) {
        for (const tail of ["[x]", "[x] y", "[x]y", "[\u2028] y"]) {
          const l = marker + " ".repeat(spaces) + tail;
          expect(lineContent(l)).toBe(byPatterns(l));
        }
      }
    }
  });
});

