/** What is left of an interrupted promotion, from what the files hold now (write safety). */
import { journalOf, parseJournal, remainingOf } from "../../src/core/promote/journal";
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
