/** A card's link back to its source, a link to a note, and which key-point cards a run gives. */
import { sourceLink } from "../../src/core/quiz/card";
import { noteLink } from "../../src/core/quiz/markdown-text";
import { pointCards } from "../../src/core/quiz/point-cards";
import type { KeyPoint } from "../../src/core/note/model";
import type { NoteReport } from "../../src/core/vault/note-report";

describe("links", () => {
  test("a source link leaves out what would break a wikilink, as Obsidian leaves a heading's colons out", () => {
    expect(sourceLink("C++: a [draft]", "Q: what?  now > :: > Part|two")).toBe("[[C++ a draft#Q what? now#Part two]]");
    expect(sourceLink("Note", "")).toBe("[[Note]]");
  });

  test("a note whose title a wikilink cannot hold is linked by its path, with < and > encoded", () => {
    expect(noteLink("Plain (2)", "A/Plain (2).md")).toBe("[[Plain (2)]]");
    expect(noteLink("a|b <c>", "A/a|b <c>.md")).toBe("[a\\|b \\<c>](<A/a|b %3Cc%3E.md>)");
  });
});

describe("the cards of a run of key points", () => {
  const NOTE = { path: "N.md", title: "N" } as NoteReport;
  const run = (ordered: boolean, items: [string, string][]): KeyPoint => ({
    kind: ordered ? "steps" : "advantages",
    subject: "Lambda",
    heading: "Lambda > Setup",
    line: 3,
    ordered,
    items: items.map(([label, text], i) => ({ label, text, line: 4 + i })),
  });
  const kinds = (p: KeyPoint) => pointCards(NOTE, p).map((c) => c.kind);

  test("one item: no list card; an item without text: no card of its own", () => {
    expect(kinds(run(false, [["Speed", "it is fast"]]))).toEqual(["point"]);
    expect(kinds(run(false, [["Speed", "it is fast"], ["Cost", ""]]))).toEqual(["point-list", "point"]);
  });

  test("steps: an order card per step but the last, from three steps on", () => {
    expect(kinds(run(true, [["Create", "a"], ["Deploy", "b"]]))).toEqual(["point-list", "point", "point"]);
    expect(kinds(run(true, [["Create", "a"], ["Deploy", "b"], ["Invoke", "c"]]))).toEqual(["point-list", "step-order", "step-order", "point", "point", "point"]);
  });
});
