/** Matches of a global pattern, found one after another. */
import { eachMatch } from "../../src/core/patterns";

function all(pattern: RegExp, text: string): [string, number][] {
  const out: [string, number][] = [];
  eachMatch(pattern, text, (m) => {
    out.push([m[0], m.index]);
  });
  return out;
}

describe("each match of a pattern", () => {
  test("finds what matchAll finds, in order, and leaves the pattern at its start", () => {
    const pattern = /\[\[([^\]]+)\]\]/g;
    const text = "[[A]] and [[B|b]], then [[C#x]]";
    expect(all(pattern, text)).toEqual([...text.matchAll(pattern)].map((m) => [m[0], m.index]));
    expect(pattern.lastIndex).toBe(0);
  });

  test("empty matches move on instead of repeating", () => {
    expect(all(/x*/g, "axxb")).toEqual([...("axxb".matchAll(/x*/g))].map((m) => [m[0], m.index]));
  });

  test("stops when the visitor says so", () => {
    const seen: string[] = [];
    eachMatch(/\w+/g, "one two three", (m) => {
      seen.push(m[0]);
      return m[0] !== "two";
    });
    expect(seen).toEqual(["one", "two"]);
  });

  test("the visitor may use the same pattern", () => {
    const words = /\w+/g;
    const pairs: string[] = [];
    eachMatch(words, "a b", (outer) => {
      eachMatch(words, "x y", (inner) => {
        pairs.push(outer[0] + inner[0]);
      });
    });
    expect(pairs).toEqual(["ax", "ay", "bx", "by"]);
  });
});
