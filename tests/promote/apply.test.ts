/** Applying a promotion and taking it back, when the vault does not do what was planned. */
import type { PromotionPlan } from "../../src/core/promote/planner";
import { applyPromotion, formatPlan, undoPromotion } from "../../src/core/promote/promote-service";
import { MemoryNoteStore } from "../../src/core/vault/note-store";

const IDEA = "#incubator\nupstream: [[Up]]\n";
const PROMOTED = "#evergreen\nupstream: [[Up]]\n";

function planFor(moves = [{ from: "Inc/Idea.md", to: "Evergreen/Idea.md" }], withFile = true): PromotionPlan {
  return {
    notes: [{ path: "Inc/Idea.md", title: "Idea", ready: true, blockers: [], moveTo: moves[0]?.to ?? null, refused: null }],
    files: withFile ? [{ path: "Inc/Idea.md", before: IDEA, edits: [{ from: 1, to: 10, text: "evergreen", reason: "#incubator → #evergreen" }], after: PROMOTED }] : [],
    moves,
  };
}

describe("applying a promotion the vault no longer allows", () => {
  test("a move the store says cannot work now: nothing is written, and the user is told to preview again", async () => {
    const store = Object.assign(new MemoryNoteStore({ "Inc/Idea.md": IDEA }), { whyNotMove: async (): Promise<string | null> => "a file named Evergreen stands there" });
    const result = await applyPromotion(store, planFor());
    expect(result).toEqual({
      written: [],
      moved: [],
      skipped: [{ path: "Inc/Idea.md", reason: "cannot move it to Evergreen/Idea.md: a file named Evergreen stands there; nothing was written (promote again for a new preview)" }],
      undo: { files: [], moves: [] },
    });
    expect(await store.read("Inc/Idea.md")).toBe(IDEA);
  });

  test("a move refused at the last moment: the note's change is taken back", async () => {
    const store = new MemoryNoteStore({ "Inc/Idea.md": IDEA });
    store.rename = async () => false;
    const result = await applyPromotion(store, planFor());
    expect(result.skipped).toEqual([{ path: "Inc/Idea.md", reason: "not moved to Evergreen/Idea.md: Evergreen/Idea.md exists; its changes were taken back, and the note is as it was" }]);
    expect(result.written).toEqual([]);
    expect(await store.read("Inc/Idea.md")).toBe(IDEA);
  });

  test("a move refused for a note with nothing to write: the note is left as it is", async () => {
    const store = new MemoryNoteStore({ "Inc/Idea.md": IDEA });
    store.rename = async () => false;
    const result = await applyPromotion(store, planFor(undefined, false));
    expect(result.skipped.map((s) => s.reason)).toEqual(["not moved to Evergreen/Idea.md: Evergreen/Idea.md exists; the note was left as it is"]);
  });

  test("a change that cannot be taken back is kept and said so: the note changed meanwhile, or the write failed", async () => {
    const changed = new MemoryNoteStore({ "Inc/Idea.md": IDEA });
    changed.rename = async () => {
      await changed.write("Inc/Idea.md", PROMOTED, `${PROMOTED}typed meanwhile\n`);
      return false;
    };
    expect((await applyPromotion(changed, planFor())).skipped.map((s) => s.reason)).toEqual([
      "not moved to Evergreen/Idea.md: Evergreen/Idea.md exists; its changes were kept: the note changed meanwhile",
    ]);
    const failing = new MemoryNoteStore({ "Inc/Idea.md": IDEA });
    const write = failing.write.bind(failing);
    let writes = 0;
    failing.write = async (path, expected, text) => {
      if (++writes > 1) throw new Error("disk full");
      return write(path, expected, text);
    };
    failing.rename = async () => false;
    const result = await applyPromotion(failing, planFor());
    expect(result.skipped.map((s) => s.reason)).toEqual(["not moved to Evergreen/Idea.md: Evergreen/Idea.md exists; its changes were kept: disk full"]);
    expect(result.written).toEqual(["Inc/Idea.md"]);
  });
});

describe("undo", () => {
  test("steps are taken back newest first: chained moves and two writes to one file", async () => {
    const store = new MemoryNoteStore({ "C.md": "c2" });
    const result = await undoPromotion(store, {
      moves: [
        { from: "A.md", to: "B.md" },
        { from: "B.md", to: "C.md" },
      ],
      files: [
        { path: "A.md", before: "c0", after: "c1" },
        { path: "A.md", before: "c1", after: "c2" },
      ],
    });
    expect(result).toEqual({ restored: ["A.md", "A.md"], skipped: [] });
    expect(await store.read("A.md")).toBe("c0");
  });

  test("a move that cannot go back leaves that note's text alone, and says why", async () => {
    const store = new MemoryNoteStore({ "Evergreen/Idea.md": PROMOTED, "Inc/Idea.md": "another note took the place\n" });
    const record = { moves: [{ from: "Inc/Idea.md", to: "Evergreen/Idea.md" }], files: [{ path: "Inc/Idea.md", before: IDEA, after: PROMOTED }] };
    expect(await undoPromotion(store, record)).toEqual({ restored: [], skipped: [{ path: "Evergreen/Idea.md", reason: "cannot move back to Inc/Idea.md" }] });
    store.rename = async () => {
      throw new Error("read-only folder");
    };
    expect((await undoPromotion(store, record)).skipped).toEqual([{ path: "Evergreen/Idea.md", reason: "not moved back to Inc/Idea.md: read-only folder" }]);
  });
});

test("the preview names a forced note's failing checks and its move", () => {
  const plan = planFor([{ from: "Inc/Idea.md", to: "Evergreen/Idea.md" }]);
  plan.notes[0] = { ...plan.notes[0], ready: false, blockers: ["empty-field", "no-definitions"] };
  plan.notes.push({ path: "Other.md", title: "Other", ready: true, blockers: [], moveTo: null, refused: null });
  expect(formatPlan(plan)).toBe(
    [
      "promote Inc/Idea.md (not ready: empty-field, no-definitions; forced) → Evergreen/Idea.md",
      "promote Other.md",
      "",
      "--- Inc/Idea.md",
      "+++ Inc/Idea.md",
      "@@ line 1: #incubator → #evergreen",
      "-#incubator",
      "+#evergreen",
      "",
      "move Inc/Idea.md → Evergreen/Idea.md",
      "",
    ].join("\n"),
  );
});
