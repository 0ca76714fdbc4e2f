/** The `sources` property of a quiz note: kept current with an exact edit, and read to tell whose quiz a file is. */
import { belongsToOthers, replaceSources, writtenSources } from "../../src/core/quiz/sources-property";

describe("keeping the sources current", () => {
  test("only the property's lines change; the properties around it stay byte for byte", () => {
    const before = "---\ntags: [quiz]  \nsources:\n  - \"[[Old]]\"\n  - \"[[Gone]]\"\n   \ncreated: 2026-01-01\n---\nbody\n";
    expect(replaceSources(before, ["[[New]]"])).toBe("---\ntags: [quiz]  \nsources:\n  - \"[[New]]\"\n   \ncreated: 2026-01-01\n---\nbody\n");
  });

  test("items written without indent, and a fence with trailing spaces, CRLF", () => {
    const before = "--- \r\nsources:\r\n- \"[[Old]]\"\r\n- \"[[Older]]\"\r\n---  \r\nbody\r\n";
    expect(replaceSources(before, ["[[A]]", "[[B]]"])).toBe("--- \r\nsources:\r\n  - \"[[A]]\"\r\n  - \"[[B]]\"\r\n---  \r\nbody\r\n");
  });

  test("the property as the last one before the fence, with a value on its line and a space before its colon", () => {
    expect(replaceSources("---\nsources : x\n---\n", ["[[A]]"])).toBe("---\nsources:\n  - \"[[A]]\"\n---\n");
  });

  test("a text that is already current is returned as it is", () => {
    const text = "---\nsources:\n  - \"[[A]]\"\n---\n";
    expect(replaceSources(text, ["[[A]]"])).toBe(text);
  });

  test.each([
    ["no frontmatter", "sources:\n  - \"[[A]]\"\n"],
    ["a frontmatter that never closes", "---\nsources:\n  - \"[[A]]\"\n"],
    ["a property that only starts with sources", "---\nsources_old:\n  - \"[[A]]\"\n---\n"],
    ["a property that ends with sources", "---\nmy-sources:\n  - \"[[A]]\"\n---\n"],
    ["sources in the body", "---\ntitle: x\n---\nsources:\n  - \"[[A]]\"\n"],
    ["an empty text", ""],
    ["a heading, the property, then a rule", "# Note\nsources:\n  - \"[[A]]\"\n---\nmore\n"],
  ])("nothing changes with %s", (_name, text) => {
    expect(replaceSources(text, ["[[B]]"])).toBe(text);
    expect(writtenSources(text)).toBeNull();
  });
});

describe("reading the sources", () => {
  test("the items as written, up to the next property; a blank value is no items", () => {
    expect(writtenSources("---\nsources:\n  -   \"[[A]]\"  \n  - \"[[B]]\"\nnext: 1\n  - \"[[Not]]\"\n---\n")).toEqual(['"[[A]]"', '"[[B]]"']);
    expect(writtenSources("---\nsources:\n---\n")).toEqual([]);
    expect(writtenSources("---\nsources:\n  # a comment\n  - \"[[A]]\"\n---\n")).toEqual([]);
  });
});

describe("whose quiz a file is", () => {
  const quiz = (...sources: string[]) => `---\nsources:\n${sources.map((s) => `  - "${s}"\n`).join("")}---\n`;
  test.each([
    ["a note's quiz, for that note", quiz("[[A]]"), ["[[A]]"], false],
    ["a note's quiz, for another note", quiz("[[B]]"), ["[[A]]"], true],
    ["a group's quiz, for one of its notes", quiz("[[A]]", "[[B]]"), ["[[A]]"], true],
    ["a group's quiz that gained a note", quiz("[[A]]", "[[B]]"), ["[[A]]", "[[B]]", "[[C]]"], false],
    ["a group's quiz that lost one", quiz("[[A]]", "[[B]]"), ["[[B]]", "[[D]]"], false],
    ["another group's quiz", quiz("[[X]]", "[[Y]]"), ["[[A]]", "[[B]]"], true],
    ["a file with no sources property", "# my notes\n", ["[[A]]"], false],
    ["a file whose sources are empty", "---\nsources:\n---\n", ["[[A]]"], false],
  ])("%s", (_name, text, sources, others) => {
    expect(belongsToOthers(text, sources)).toBe(others);
  });
});
