/** What is left of an interrupted promotion, from what the files hold now (write safety). */
import { journalOf, parseJournal, remainingOf } from "../../src/core/promote/journal";
import type { PromotionPlan } from "../../src/core/promote/planner";

const plan: PromotionPlan = {
  notes: [],
  files: [
    { path: "Idea.md", before: "#incubator\n", after: "#evergreen\n", edits: [] },
    { path: "Up.md", before: "# Up\n", after: "# Up\n- [[Evergreen/Idea]]\n", edits: [] },
  ],
  moves: [{ from: "Idea.md", to: "Evergreen/Idea.md" }],
};
const journal = parseJournal(JSON.stringify(journalOf(plan)));
const vault = (files: Record<string, string>) => async (p: string) => files[p] ?? null;

test("the journal reads back as written, and anything else is refused", () => {
  expect(journal).toEqual({ kind: "incubator-promotion", version: 1, files: plan.files.map(({ edits: _e, ...f }) => f), moves: plan.moves });
  for (const text of ["", "{", "[]", '{"kind":"other"}', JSON.stringify({ ...journalOf(plan), version: 2 }), JSON.stringify({ ...journalOf(plan), files: [{ path: 1 }] })]) expect(parseJournal(text)).toBeNull();
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
