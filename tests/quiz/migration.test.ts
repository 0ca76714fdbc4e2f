/**
 * Quiz notes written before the empty line after each marker (the Spaced Repetition plugin read
 * none of their cards) are rewritten to the new layout on the next generation. The inputs were
 * written by the previous version's CLI for the seed note, then given review data and edits as a
 * user would: `<!--SR:…-->` and `<!--ID: …-->` lines, an edited card, a line typed under a card,
 * text below the generated region. The regenerated notes are pinned by approval files.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { ALL_CARD_KINDS } from "../../src/core/quiz/card";
import type { QuizFormatName } from "../../src/core/quiz/formats/quiz-format";
import { buildQuizNote, noteTarget, type QuizSettings } from "../../src/core/quiz/quiz-note";
import { REGION_END, REGION_START } from "../../src/core/quiz/region";
import type { NoteReport } from "../../src/core/vault/note-report";
import { verifyApproved } from "../helpers/approval";
import { indexOf } from "../helpers/index";
import { readAnki } from "../helpers/readers/anki";
import { readSpacedRepetition } from "../helpers/readers/spaced-repetition";
import type { IndexSnapshot } from "../../src/core/vault/vault-index";

const FIXTURES = path.join(__dirname, "../fixtures/quiz-migration");
// Built in beforeEach, not as the file loads: a mutation run counts only what a test runs.
let snapshot!: IndexSnapshot;
let seed!: NoteReport;
beforeEach(() => {
  snapshot = indexOf().snapshot();
  seed = snapshot.notes.find((n) => n.path === "AWS/EC2 Instance Storage.md") as NoteReport;
});
// A plugin user's saved settings: every card kind, as the previous version's default was.
const settings = (format: QuizFormatName): QuizSettings => ({ folder: "Incubator quizzes", format, deck: "Incubator", kinds: [...ALL_CARD_KINDS] });
const MARKER = /^<!--incubator:([^:]+):[0-9a-f]{8}-->$/;
const TOOL_LINE = /^<!--(?:SR:|ID: ?\d)/;

function regenerate(format: QuizFormatName, text: string) {
  return buildQuizNote(text, noteTarget(seed, snapshot, settings(format)), snapshot, settings(format));
}

/** Each unit's lines (after its marker), by unit id. */
function units(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.split("\n")) {
    const m = MARKER.exec(line);
    if (m) out.set(m[1], (current = []));
    else if (line === REGION_END) current = null;
    else current?.push(line);
  }
  return out;
}

const outside = (text: string) => [text.slice(0, text.indexOf(REGION_START)), text.slice(text.indexOf(REGION_END))];

describe.each([
  ["spaced-repetition", "EC2 Instance Storage quiz.spaced-repetition.md"],
  ["anki", "EC2 Instance Storage quiz.anki.md"],
] as const)("%s: an old-layout quiz note with review data and edits", (format, file) => {
  const before = readFileSync(path.join(FIXTURES, file), "utf8");
  // Made in beforeEach, not while the tests are collected: a mutation run counts only what a test runs.
  let after!: ReturnType<typeof regenerate>;
  beforeEach(() => {
    after = regenerate(format, before);
  });

  test("is regenerated as approved", () => {
    verifyApproved(after.text, path.join(__dirname, `migration.${format}.approved.md`));
  });

  test("every marker is followed by an empty line", () => {
    const lines = after.text.split("\n");
    lines.forEach((line, i) => {
      if (MARKER.test(line)) expect(lines[i + 1]).toBe("");
    });
    expect(before.split("\n").some((line, i, all) => MARKER.test(line) && all[i + 1] !== "")).toBe(true);
  });

  test("every review line stays with its card, the edited card and the user's text are kept byte for byte", () => {
    const old = units(before);
    const now = units(after.text);
    let toolLines = 0;
    for (const [id, lines] of old) {
      const tool = lines.filter((l) => TOOL_LINE.test(l));
      toolLines += tool.length;
      expect([id, (now.get(id) ?? []).filter((l) => TOOL_LINE.test(l))]).toEqual([id, tool]);
    }
    expect(toolLines).toBeGreaterThanOrEqual(3);
    expect(after.edited.length).toBeGreaterThanOrEqual(1);
    for (const id of after.edited) expect((now.get(id) ?? []).filter((l) => l !== "")).toEqual((old.get(id) ?? []).filter((l) => l !== ""));
    expect(outside(after.text)).toEqual(outside(before));
  });

  test("a second generation changes nothing", () => {
    expect(regenerate(format, after.text).text).toBe(after.text);
  });
});

test("spaced-repetition: after the migration the plugin's parser finds each schedule on its card", () => {
  const text = regenerate("spaced-repetition", readFileSync(path.join(FIXTURES, "EC2 Instance Storage quiz.spaced-repetition.md"), "utf8")).text;
  const scheduled = readSpacedRepetition(text).flatMap((c) => c.sides.filter((s) => s.schedule).map((s) => [s.front.slice(0, 48), s.schedule?.due]));
  expect(scheduled).toEqual([
    ["What are Amazon Machine Images (AMIs)?", "2026-12-10"],
    ["<span style='color:#2196f3'>[...]</span> (AMIs) ", "2026-12-05"],
    ["Which term is this? _____ (_____) serve as the t", "2027-01-02"],
    ["What is the difference between AMI and User Data", "2026-12-20"],
    ["What is an ENI?", "2026-12-04"],
  ]);
});

test("anki: after the migration the scanner edits the three notes Anki holds", () => {
  const text = regenerate("anki", readFileSync(path.join(FIXTURES, "EC2 Instance Storage quiz.anki.md"), "utf8")).text;
  const read = readAnki(text, [1700000000001, 1700000000002, 1700000000003]);
  expect(read.notes.filter((n) => n.status === "edit").map((n) => [n.id, n.fields.Front ?? n.fields.Text])).toEqual([
    [1700000000001, "What are Amazon Machine Images (AMIs)?"],
    [1700000000002, expect.stringContaining("{{c1::Amazon Machine Images}} (AMIs) serve as the templates")],
    [1700000000003, "What is the difference between AMI and User Data?"],
  ]);
  expect(read.notes.every((n) => n.status === "add" || n.status === "edit")).toBe(true);
});
