/** A quiz run's journal: what it keeps, what it refuses, and the run it makes again. */
import { describeQuizRunFinished, parseQuizRun, quizRunOf, targetsOf } from "../../src/core/quiz/quiz-run-journal";
import { defaultQuizSettings, groupTarget, noteTarget } from "../../src/core/quiz/quiz-note";
import { describeOutcome, writeQuizzes, type WriteOutcome } from "../../src/core/quiz/quiz-service";
import { MemoryNoteStore } from "../../src/core/vault/note-store";
import { indexOf } from "../helpers/index";
import { EXAMPLE_VAULT, readVault } from "../helpers/shared";
import type { IndexSnapshot } from "../../src/core/vault/vault-index";

const files = readVault(EXAMPLE_VAULT);
const settings = { ...defaultQuizSettings(), format: "anki" as const };
// Made in beforeEach, not as the file loads: a mutation run counts only what a test runs.
let snapshot!: IndexSnapshot;
let notes!: typeof snapshot.notes;
let targets!: ReturnType<typeof noteTarget>[];
let journal!: ReturnType<typeof quizRunOf>;
beforeEach(() => {
  snapshot = indexOf(files).snapshot();
  notes = snapshot.notes.slice(0, 3);
  targets = [...notes.map((n) => noteTarget(n, snapshot, settings)), groupTarget("EC2", snapshot, settings)!];
  journal = quizRunOf(targets, settings);
});

test("it names the targets and the settings, no text, and reads back as written", () => {
  expect(journal.targets).toEqual([...notes.map((n) => ({ note: n.path })), { upstream: "EC2" }]);
  expect(parseQuizRun(JSON.stringify(journal))).toEqual(journal);
  const bad = [
    "",
    "null",
    JSON.stringify({ ...journal, version: 2 }),
    JSON.stringify({ ...journal, settings: { ...settings, format: "mochi" } }),
    JSON.stringify({ ...journal, settings: { ...settings, kinds: ["definition", "riddle"] } }),
    JSON.stringify({ ...journal, targets: [{ note: 3 }] }),
    JSON.stringify({ ...journal, targets: [{}] }),
  ];
  for (const text of bad) expect(parseQuizRun(text)).toBeNull();
});

test("made again from the vault as it is now: the same quiz notes, less those whose notes left the incubator", () => {
  expect(targetsOf(journal, snapshot).map((t) => t.path)).toEqual(targets.map((t) => t.path));
  const gone = { ...files, [notes[0].path]: files[notes[0].path].replace(/#incubator/g, "#evergreen") };
  const later = indexOf(gone).snapshot();
  expect(targetsOf(journal, later).map((t) => t.path)).toEqual(targets.slice(1).map((t) => t.path));
});

test("finishing writes what the cut run did not reach and leaves the rest unchanged, and says so", async () => {
  const store = new MemoryNoteStore(files);
  await writeQuizzes(store, targets.slice(0, 2), snapshot, settings);
  const outcomes = await writeQuizzes(store, targetsOf(journal, snapshot), snapshot, settings);
  expect(describeQuizRunFinished(outcomes, journal.targets.length)).toEqual(["finished a quiz run that was interrupted: 2 quiz notes written now, 2 already up to date"]);
  expect(describeQuizRunFinished(outcomes.slice(1), journal.targets.length)[0]).toMatch(/, 1 no longer made \(their notes left the incubator\)$/);
});

test.each([
  ["another kind of file", { ...journal, kind: "incubator-promotion" }],
  ["a target that is not an object", { ...journal, targets: ["Containers.md"] }],
  ["a target that is null", { ...journal, targets: [null] }],
  ["an upstream that is a number", { ...journal, targets: [{ upstream: 5 }] }],
  ["one good target and one damaged", { ...journal, targets: [{ note: "A.md" }, { upstream: 5 }] }],
])("%s is refused, never acted on", (_name, value) => {
  expect(parseQuizRun(JSON.stringify(value))).toBeNull();
});

test("the group of notes with no upstream is a target like any other", () => {
  expect(parseQuizRun(JSON.stringify({ ...journal, targets: [{ upstream: null }] }))?.targets).toEqual([{ upstream: null }]);
});

test("what finishing a quiz run says: updated notes count as written, unchanged ones as up to date, and each note left alone is named", () => {
  const outcome = (path: string, status: WriteOutcome["status"]): WriteOutcome => ({ path, status, cards: 1, retired: 0, edited: 0 });
  const lines = describeQuizRunFinished([outcome("A quiz.md", "updated"), outcome("B quiz.md", "created"), outcome("C quiz.md", "unchanged"), outcome("D quiz.md", "conflict"), outcome("E quiz.md", "foreign")], 5);
  expect(lines[0]).toBe("finished a quiz run that was interrupted: 2 quiz notes written now, 1 already up to date");
  expect(lines.slice(1)).toEqual([describeOutcome(outcome("D quiz.md", "conflict")), describeOutcome(outcome("E quiz.md", "foreign"))]);
});
