/** SPEC §6, worth reviewing: one card a question, multiple choice only with three distractors. */
import { ALL_CARD_KINDS, DEFAULT_CARD_KINDS } from "../../src/core/quiz/card";
import { distractorsFrom, NO_DISTRACTORS } from "../../src/core/quiz/distractors";
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import { generateCards, patternSpans, wordSpans } from "../../src/core/quiz/generate-cards";
import type { NoteReport } from "../../src/core/vault/note-report";
import { indexOf } from "../helpers/index";

function report(text: string): NoteReport {
  const shot = indexOf({ "Note.md": text, "Top.md": "# Top\n" }).snapshot();
  return shot.notes.find((n) => n.path === "Note.md") as NoteReport;
}

const NONE = NO_DISTRACTORS;

test("a `What is X?` heading and a bold definition of X give one card asking it", () => {
  const note = report("#incubator\nupstream: [[Top]]\n\n## What is a Gadget?\nA gadget has a knob and a dial.\n\n**Gadget** is a small device with a knob.\n");
  const fronts = generateCards(note, NONE, { kinds: ["definition", "question"], distinctCloze: true }).map((c) => c.front);
  expect(fronts.filter((f) => /^what is (a )?gadget\?$/i.test(f))).toHaveLength(1);
});

test("a definition of plural X and a question asking what X is give one card", () => {
  const note = report("#incubator\nupstream: [[Top]]\n\n**Resolvers** are functions that fill in each field of a query.\n\n**What is Resolvers?**\nFunctions that fill in fields.\n");
  const fronts = generateCards(note, NONE, { kinds: ["definition", "question"], distinctCloze: true }).map((c) => c.front);
  expect(fronts.filter((f) => /^what (is|are) resolvers\?$/i.test(f))).toEqual(["What are Resolvers?"]);
});

test("a definition that announces a list keeps the list in its answer, one item a line", () => {
  const note = report("#incubator\nupstream: [[Top]]\n\n- **Widget** is a part with:\n  - a handle\n  - a lid\n");
  const [card] = generateCards(note, NONE, { kinds: ["definition"], distinctCloze: true });
  expect(card.back).toBe("Widget is a part with:\n- a handle\n- a lid");
});

describe("multiple choice", () => {
  // Parsed in each test, not while Jest collects them: a mutation run counts only what a test runs.
  const note = () => report("#incubator\nupstream: [[Top]]\n\n**Vector** is a growable array of elements stored together.\n");
  const choice = (near: string[], far: string[]) => generateCards(note(), distractorsFrom(near, far), { kinds: ["choice"], distinctCloze: true });

  test("needs three distractors: with two there is no card", () => {
    expect(choice(["Vector", "List", "Deque"], [])).toEqual([]);
  });

  test("takes the note's and the group's terms first, then the vault's terms that share words with the definition", () => {
    const [card] = choice(["Vector", "List", "Deque"], ["Planet", "Array", "Element type"]);
    const options = card.front.split("\n").slice(1).map((l) => l.replace(/^- [A-D]\. /, ""));
    expect(options.sort()).toEqual(["Array", "Deque", "List", "Vector"]);
    expect(card.back).toMatch(/^[A-D]\. Vector$/);
  });
});

test("the callout format writes no fill-in-the-blank beside the reversed card it would repeat", () => {
  const note = report("#incubator\nupstream: [[Top]]\n\n**Vector** is a growable array.\n");
  const kinds = (distinctCloze: boolean) => generateCards(note, NONE, { kinds: ALL_CARD_KINDS, distinctCloze }).map((c) => c.kind);
  expect(kinds(true)).toEqual(["definition", "reversed", "cloze"]);
  expect(kinds(false)).toEqual(["definition", "reversed"]);
});

test("the default card set asks each definition once in each direction", () => {
  const note = report("#incubator\nupstream: [[Top]]\n\n**Vector** is a growable array.\n");
  expect(generateCards(note, distractorsFrom(["A", "B", "C"], []), { kinds: DEFAULT_CARD_KINDS, distinctCloze: true }).map((c) => c.kind)).toEqual(["definition", "cloze"]);
});

test("a term inside an address is not blanked: the cloze hides it where it stands as a word", () => {
  const note = report("#incubator\nupstream: [[Top]]\n\n**Data** is what a data: URL such as data:text/plain,Data carries, see https://example.com/data. Data: facts.\n");
  const cards = generateCards(note, NONE, { kinds: ["reversed", "cloze"], distinctCloze: true });
  const reversed = cards.find((c) => c.kind === "reversed");
  expect(reversed?.front).toBe("Which term fits? _____ is what a _____: URL such as data:text/plain,Data carries, see https://example.com/data. _____: facts.");
  const cloze = cards.find((c) => c.kind === "cloze");
  expect(cloze?.cloze).toMatchObject({ hidden: "Data", at: 0 });
});

test("names are found as the whole-word, case-insensitive pattern finds them (property)", () => {
  // Letters with and without case, digits, marks and separators; astral letters too.
  const alphabet = ["a", "b", "A", "B", "é", "É", "1", " ", "-", ".", "(", ")", "_", "𝒜", "ß"];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(""));
  const name = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(text, fc.array(name, { minLength: 1, maxLength: 3 }), (t, names) => {
      expect(wordSpans(t, names)).toEqual(patternSpans(t, names));
    }),
    { numRuns: propertyRuns(20000) },
  );
});
