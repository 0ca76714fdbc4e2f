/** Where a term stands in a text (to blank it out of a card), and the cards of a comparison. */
import { NO_DISTRACTORS } from "../../src/core/quiz/distractors";
import { generateCards, wordSpans } from "../../src/core/quiz/generate-cards";
import type { NoteReport } from "../../src/core/vault/note-report";
import { indexOf } from "../helpers/index";

function report(text: string): NoteReport {
  const shot = indexOf({ "Note.md": text, "Top.md": "# Top\n" }).snapshot();
  return shot.notes.find((n) => n.path === "Note.md") as NoteReport;
}

describe("finding a term as a whole word", () => {
  test.each([
    ["after a letter outside the BMP, a name is not a whole word", "𝒜cloud cloud", ["cloud"], [[8, 13]]],
    ["a name whose lower case is longer (İ)", "Visit İstanbul today", ["İstanbul"], [[6, 14]]],
    ["a text whose lower case is longer", "İ cloud Cloud", ["cloud"], [[2, 7], [8, 13]]],
    ["the longer name where two start together, then the next", "Cloud Computing and cloud", ["Cloud", "Cloud Computing"], [[0, 15], [20, 25]]],
    ["the earlier of two names first", "edge and cloud", ["cloud", "edge"], [[0, 4], [9, 14]]],
    ["names of spaces only are no names", "a b", [" ", "b"], [[2, 3]]],
    ["only names of spaces", "x", ["  "], []],
    ["names of spaces in a text whose lower case is longer", "İ   b", [" ", "b"], [[4, 5]]],
  ])("%s", (_name, text, names, spans) => {
    expect(wordSpans(text, names)).toEqual(spans);
  });
});

describe("the cards of a definition and of a comparison", () => {
  const note = () =>
    report(
      [
        "#incubator",
        "upstream: [[Top]]",
        "",
        "**Cloud** is computing on someone else's servers, see https://cloud.example/Cloud; a private Cloud is one company's.",
        "",
        "## Cloud vs Edge",
        "- **Cloud**: far away.",
        "- **Edge**: near, unlike Cloud.",
        "- **Latency**: higher for Cloud | lower at the edge",
        "",
      ].join("\n"),
    );
  const cards = () => generateCards(note(), NO_DISTRACTORS, { kinds: ["definition", "reversed", "cloze", "comparison", "subject", "aspect"], distinctCloze: true });

  test("the term is blanked as a word, not inside an address", () => {
    expect(cards().find((c) => c.kind === "reversed")?.front).toBe("Which term fits? _____ is computing on someone else's servers, see https://cloud.example/Cloud; a private _____ is one company's.");
  });

  test("the comparison: a table with pipes escaped, a card per subject with the others blanked, a card per aspect", () => {
    const byKind = cards().filter((c) => ["comparison", "subject", "aspect"].includes(c.kind)).map((c) => [c.kind, c.front, c.back]);
    expect(byKind).toEqual([
      ["comparison", "What is the difference between Cloud and Edge?", "| | |\n| --- | --- |\n| Cloud | far away. |\n| Edge | near, unlike Cloud. |\n| Latency | higher for Cloud \\| lower at the edge |"],
      ["subject", "Which of Cloud or Edge is this? far away.", "Cloud"],
      ["subject", "Which of Cloud or Edge is this? near, unlike _____.", "Edge"],
      ["aspect", "How do Cloud and Edge differ in latency?", "higher for Cloud | lower at the edge"],
    ]);
  });
});
