/**
 * SPEC §3 and §6 for key points: a note with advantages, drawbacks, steps and a glossary. Its
 * quiz (every format) and its overview are pinned by approval files; the review plugins' own
 * parsers (the oracle-faithful readers) read every card as meant; no card asks `What is <label>?`.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { buildOverviewNote } from "../../src/core/quiz/overview";
import { buildQuizNote, noteCards, noteTarget, type QuizSettings } from "../../src/core/quiz/quiz-note";
import { DEFAULT_CARD_KINDS } from "../../src/core/quiz/card";
import type { QuizFormatName } from "../../src/core/quiz/formats/quiz-format";
import type { NoteReport } from "../../src/core/vault/note-report";
import { verifyApproved } from "../helpers/approval";
import { indexOf } from "../helpers/index";
import { intended, readBack } from "../helpers/readers/read-back";
import type { IndexSnapshot } from "../../src/core/vault/vault-index";

const DIR = path.join(__dirname, "..", "fixtures", "key-points");
const files = Object.fromEntries(readdirSync(DIR).map((f) => [f, readFileSync(path.join(DIR, f), "utf8")]));
// Built in beforeEach, not as the file loads: a mutation run counts only what a test runs.
let snapshot!: IndexSnapshot;
let note!: NoteReport;
beforeEach(() => {
  snapshot = indexOf(files).snapshot();
  note = snapshot.notes.find((n) => n.path === "Containers.md") as NoteReport;
});
const settings = (format: QuizFormatName): QuizSettings => ({ folder: "Incubator quizzes", format, deck: "Incubator", kinds: [...DEFAULT_CARD_KINDS] });

describe("a note with advantages, drawbacks, steps and key terms", () => {
  test("the model: the glossary and the lead are definitions; the rest are key points of their kinds", () => {
    expect(note.definitions.map((d) => d.term)).toEqual(["Containers", "Image", "Registry"]);
    expect(note.points.map((p) => [p.kind, p.subject, p.ordered, p.items.map((i) => i.label)])).toEqual([
      ["advantages", "Containers", false, ["Portability", "Fast Startup", "Efficient Resource Use"]],
      ["disadvantages", "Containers", false, ["Weaker Isolation", "Persistent Data Is Harder"]],
      ["steps", "Containers", true, ["Install Docker", "Write a Dockerfile", "Build the Image", "Run a Container"]],
    ]);
  });

  test.each(["spaced-repetition", "anki", "callout"] as const)("%s quiz: approved output, read back card for card by the tool's parser", (format) => {
    const quiz = buildQuizNote(null, noteTarget(note, snapshot, settings(format)), snapshot, settings(format));
    verifyApproved(quiz.text, path.join(__dirname, `key-points-quiz.${format}.approved.md`));
    const cards = noteCards(note, snapshot, settings(format));
    expect(readBack(format, quiz.text).cards).toEqual(cards.map((c) => intended(c, format)));
  });

  test("cards: a list card per run, a step-order card per step but the last, a point card per item; never What is <label>?", () => {
    const cards = noteCards(note, snapshot, settings("spaced-repetition"));
    const fronts = cards.map((c) => c.front);
    expect(fronts).toEqual(expect.arrayContaining([
      "What are the advantages of Containers? (3)",
      "What are the drawbacks of Containers? (2)",
      "Containers — Getting Started: what are the steps? (4)",
      'Containers — Getting Started: what comes after "Write a Dockerfile"?',
      'Containers — advantage "Fast Startup": why?',
      'Containers — drawback "Weaker Isolation": why?',
    ]));
    for (const label of note.points.flatMap((p) => p.items.map((i) => i.label))) expect(fronts).not.toContain(`What is ${label}?`);
    expect(cards.filter((c) => c.kind === "step-order").map((c) => c.back)).toEqual(["Write a Dockerfile", "Build the Image", "Run a Container"]);
    expect(cards.find((c) => c.front.endsWith("what are the steps? (4)"))?.back).toBe("1. Install Docker\n2. Write a Dockerfile\n3. Build the Image\n4. Run a Container");
  });

  test("the overview: approved output", () => {
    verifyApproved(buildOverviewNote(null, "Incubator overview.md", snapshot).text, path.join(__dirname, "key-points-overview.approved.md"));
  });
});
