/** What is left of an interrupted promotion, from what the files hold now (write safety). */
import { describeFinished, journalOf, parseJournal, remainingOf } from "../../src/core/promote/journal";
import type { PromotionPlan } from "../../src/core/promote/planner";

const plan: PromotionPlan = {
  notes: [],
  files: [
    { path: "Idea.md", before: "#incubator\n", after: "#evergreen\n", edits: [{ from: 1, to: 10, text: "evergreen", reason: "tag" }] },
    { path: "Up.md", before: "# Up\n", after: "# Up\n- [[Evergreen/Idea]]\n", edits: [{ from: 5, to: 5, text: "- [[Evergreen/Idea]]\n", reason: "link" }] },
  ],
  moves: [{ from: "Idea.md", to: "Evergreen/Idea.md" }],
};
const journal = parseJournal(JSON.stringify(journalOf(plan)));
const vault = (files: Record<string, string>) => async (p: string) => files[p] ?? null;

test("the journal reads back as written, and anything else is refused", () => {
  expect(journal).toEqual(journalOf(plan));
  const damaged = [
    "",
    "{",
    "[]",
    '{"kind":"other"}',
    JSON.stringify({ ...journalOf(plan), version: 1 }),
    JSON.stringify({ ...journalOf(plan), files: [{ path: 1 }] }),
    JSON.stringify({ ...journalOf(plan), files: [{ ...journalOf(plan).files[0], edits: [{ from: 3, to: 1, text: "", reason: "" }] }] }),
  ];
  for (const text of damaged) expect(parseJournal(text)).toBeNull();
});

test("the journal keeps fingerprints and edits, not the texts: its size does not grow with the note", () => {
  const big = "#incubator\n" + "A long line of prose.\n".repeat(100_000);
  const bigPlan: PromotionPlan = { notes: [], files: [{ path: "Big.md", before: big, after: "#evergreen" + big.slice(10), edits: [{ from: 1, to: 10, text: "evergreen", reason: "tag" }] }], moves: [] };
  expect(JSON.stringify(journalOf(bigPlan)).length).toBeLessThan(300);
});

test("a file left as planned from is written with the journal's edits applied to its own text", async () => {
  const left = await remainingOf(journal!, vault({ "Idea.md": "#incubator\n", "Up.md": "# Up\n" }));
  expect(left.plan.files.map((f) => [f.path, f.after])).toEqual(plan.files.map((f) => [f.path, f.after]));
});

test("a text of the same length that differs is a change, not the planned text", async () => {
  const left = await remainingOf(journal!, vault({ "Idea.md": "#incubatos\n", "Up.md": "# Up\n" }));
  expect(left.changed).toEqual(["Idea.md"]);
});

test.each([
  ["nothing done yet", { "Idea.md": "#incubator\n", "Up.md": "# Up\n" }, { files: ["Idea.md", "Up.md"], moves: 1, done: 0, changed: [] }],
  ["one file written", { "Idea.md": "#evergreen\n", "Up.md": "# Up\n" }, { files: ["Up.md"], moves: 1, done: 1, changed: [] }],
  ["every file written, the move not made", { "Idea.md": "#evergreen\n", "Up.md": "# Up\n- [[Evergreen/Idea]]\n" }, { files: [], moves: 1, done: 2, changed: [] }],
  ["the move cut between its two steps (the note under both names): it is finished", { "Idea.md": "#evergreen\n", "Evergreen/Idea.md": "#evergreen\n", "Up.md": "# Up\n- [[Evergreen/Idea]]\n" }, { files: [], moves: 1, done: 2, changed: [] }],
  ["everything done", { "Evergreen/Idea.md": "#evergreen\n", "Up.md": "# Up\n- [[Evergreen/Idea]]\n" }, { files: [], moves: 0, done: 3, changed: [] }],
  ["the note changed since: it and its move are left alone", { "Idea.md": "#incubator\nmore\n", "Up.md": "# Up\n" }, { files: ["Up.md"], moves: 0, done: 0, changed: ["Idea.md"] }],
])("%s", async (_name, files, expected) => {
  const left = await remainingOf(journal!, vault(files));
  expect({ files: left.plan.files.map((f) => f.path), moves: left.plan.moves.length, done: left.done, changed: left.changed }).toEqual(expected);
});

describe("a journal is acted on only when every part of it is what this version writes", () => {
  const good = journalOf(plan);
  const variant = (change: (j: ReturnType<typeof journalOf>) => unknown) => JSON.stringify(change(JSON.parse(JSON.stringify(good))));
  test.each([
    ["another kind of file", (j: ReturnType<typeof journalOf>) => ({ ...j, kind: "something-else" })],
    ["a fingerprint that is not text", (j: ReturnType<typeof journalOf>) => ({ ...j, files: [{ ...j.files[0], before: 7 }] })],
    ["a second file that is damaged", (j: ReturnType<typeof journalOf>) => ({ ...j, files: [j.files[0], { path: "Up.md" }] })],
    ["an edit before the start of the text", (j: ReturnType<typeof journalOf>) => ({ ...j, files: [{ ...j.files[0], edits: [{ from: -1, to: 2, text: "", reason: "" }] }] })],
    ["an edit at a fractional offset", (j: ReturnType<typeof journalOf>) => ({ ...j, files: [{ ...j.files[0], edits: [{ from: 1.5, to: 2, text: "", reason: "" }] }] })],
    ["an edit whose text is not text", (j: ReturnType<typeof journalOf>) => ({ ...j, files: [{ ...j.files[0], edits: [{ from: 1, to: 2, text: 3, reason: "" }] }] })],
    ["a good edit followed by a damaged one", (j: ReturnType<typeof journalOf>) => ({ ...j, files: [{ ...j.files[0], edits: [...j.files[0].edits, { from: 5, to: 2, text: "", reason: "" }] }] })],
    ["a move with no target", (j: ReturnType<typeof journalOf>) => ({ ...j, moves: [{ from: "Idea.md" }] })],
    ["a move with no source", (j: ReturnType<typeof journalOf>) => ({ ...j, moves: [{ to: "Evergreen/Idea.md" }] })],
    ["a move that is null", (j: ReturnType<typeof journalOf>) => ({ ...j, moves: [null] })],
  ])("%s is refused, not acted on", (_name, change) => {
    expect(parseJournal(variant(change))).toBeNull();
  });

  test("an edit at the very start of the text is an edit like any other", () => {
    const atStart = variant((j) => ({ ...j, files: [{ ...j.files[0], edits: [{ from: 0, to: 1, text: "", reason: "drop the #" }] }] }));
    expect(parseJournal(atStart)).not.toBeNull();
  });
});

describe("what is left when files were changed or removed by someone else", () => {
  test("a note deleted since, with no move planned for it, is named as changed, not counted done", async () => {
    const noMove = parseJournal(JSON.stringify(journalOf({ ...plan, moves: [] })))!;
    const left = await remainingOf(noMove, vault({ "Up.md": "# Up\n" }));
    expect(left.changed).toEqual(["Idea.md"]);
    expect(left.done).toBe(0);
  });

  test("a note changed since whose target holds the promoted text is still named as changed", async () => {
    const left = await remainingOf(journal!, vault({ "Idea.md": "#incubator\nmine\n", "Evergreen/Idea.md": "#evergreen\n", "Up.md": "# Up\n" }));
    expect(left).toMatchObject({ done: 0, changed: ["Idea.md"] });
    expect(left.plan.moves).toEqual([]);
  });

  test("a note gone from both places is named as changed, and its move is not made", async () => {
    const onlyMove = parseJournal(JSON.stringify(journalOf({ ...plan, files: [] })))!;
    const left = await remainingOf(onlyMove, vault({}));
    expect(left).toMatchObject({ done: 0, changed: ["Idea.md"] });
    expect(left.plan.moves).toEqual([]);
  });

  test("a target taken by another file since is named, and the note is not moved onto it", async () => {
    const onlyMove = parseJournal(JSON.stringify(journalOf({ ...plan, files: [] })))!;
    const left = await remainingOf(onlyMove, vault({ "Idea.md": "#evergreen\n", "Evergreen/Idea.md": "someone else's\n" }));
    expect(left).toMatchObject({ done: 0, changed: ["Idea.md"] });
    expect(left.plan.moves).toEqual([]);
  });
});

test("what finishing did is told in a line of counts, then a line per file left or skipped", () => {
  expect(describeFinished({ done: 1, written: ["A.md", "B.md"], moved: [], changed: ["C.md"], skipped: [{ path: "D.md", reason: "not written: EACCES" }] })).toEqual([
    "finished a promotion that was interrupted: 1 step done before, 2 files written now, 0 notes moved now",
    "left C.md as it is: it changed since the promotion was planned",
    "skipped D.md: not written: EACCES",
  ]);
});
