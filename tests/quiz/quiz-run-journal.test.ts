/** A quiz run's journal: what it keeps, what it refuses, and the run it makes again. */
import { describeQuizRunFinished, parseQuizRun, quizRunOf, targetsOf } from "../../src/core/quiz/quiz-run-journal";
import { defaultQuizSettings, groupTarget, noteTarget } from "../../src/core/quiz/quiz-note";
import { writeQuizzes } from "../../src/core/quiz/quiz-service";
import { MemoryNoteStore } from "../../src/core/vault/note-store";
import { indexOf } from "../helpers/index";
import { EXAMPLE_VAULT, readVault } from "../helpers/shared";

const files = readVault(EXAMPLE_VAULT);
const settings = { ...defaultQuizSettings(), format: "anki" as const };
const snapshot = indexOf(files).snapshot();
const notes = snapshot.notes.slice(0, 3);
const targets = [...notes.map((n) => noteTarget(n, snapshot, settings)), groupTarget("EC2", snapshot, settings)!];
const journal = quizRunOf(targets, settings);

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
