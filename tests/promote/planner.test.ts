/** SPEC §7: plans, refusals, options, the seed, and the property that only planned bytes change. */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import { byPath, planPromotion, defaultPromotionSettings, moveTarget, type PlanContext, type PromotionSettings } from "../../src/core/promote/planner";
import { applyPromotion, formatPlan, undoPromotion } from "../../src/core/promote/promote-service";
import { parseNote } from "../../src/core/note/parse-note";
import { defaultCoreSettings } from "../../src/core/settings";
import { MemoryNoteStore } from "../../src/core/vault/note-store";
import { indexOf } from "../helpers/index";
import { readSeed } from "../helpers/shared";

const SEED = "AWS/EC2 Instance Storage.md";

function setUp(files: Record<string, string>, settings: Partial<PromotionSettings> = {}, force = false) {
  const snapshot = indexOf(files).snapshot();
  const context: PlanContext = {
    today: "2026-11-26",
    exists: (p) => Object.keys(files).some((f) => f.toLowerCase() === p.toLowerCase()),
    upstreamTexts: new Map(Object.entries(files)),
    force,
  };
  const plan = (paths: string[]) =>
    planPromotion(
      paths.map((p) => ({ report: snapshot.notes.find((n) => n.path === p) as never, text: files[p] })),
      { ...defaultPromotionSettings(), ...settings },
      context,
    );
  return { snapshot, plan, store: new MemoryNoteStore(files) };
}

const idea = (up = "Up", extra = "") => `#incubator\nupstream: [[${up}]]\n\n**Idea** is a thing.\n${extra}`;

describe("the promotion planner", () => {
  test("the seed with --force changes only line 1", async () => {
    const seed = readSeed();
    const { plan, store } = setUp({ [SEED]: seed, "AWS/EC2.md": "# EC2\n" }, {}, true);
    const p = plan([SEED]);
    expect(p.files).toHaveLength(1);
    const after = p.files[0].after;
    expect(after.split("\n")[0]).toBe("#evergreen ");
    expect(after.split("\n").slice(1)).toEqual(seed.split("\n").slice(1));
    expect(after.length).toBe(seed.length - "incubator".length + "evergreen".length);
    await applyPromotion(store, p);
    expect(await store.read(SEED)).toBe(after);
  });

  test("a note with lone CR line endings keeps them in what a promotion adds (frontmatter, upstream link)", () => {
    const cr = (text: string) => text.replace(/\n/g, "\r");
    const files = { "Up.md": cr("# Up\n\nText.\n"), "Idea.md": cr(idea()) };
    const p = setUp(files, { addPromotedDate: true, linkFromUpstream: true }).plan(["Idea.md"]);
    expect(p.files.map((f) => f.path).sort()).toEqual(["Idea.md", "Up.md"]);
    for (const file of p.files) expect(file.after).not.toContain("\n");
    expect(p.files.find((f) => f.path === "Idea.md")?.after).toBe(cr("---\npromoted: 2026-11-26\n---\n#evergreen\nupstream: [[Up]]\n\n**Idea** is a thing.\n"));
  });

  test("a note that is not ready is refused with its failing checks, and nothing is written", async () => {
    const { plan, store } = setUp({ [SEED]: readSeed() });
    const p = plan([SEED]);
    expect(p.notes[0].refused).toBe("not ready: unresolved-upstream, empty-field, encoding-damage");
    expect(p.files).toEqual([]);
    expect((await applyPromotion(store, p)).written).toEqual([]);
    expect(await store.read(SEED)).toBe(readSeed());
  });

  test("options: promoted date, upstream link (once), encoding repair, move", async () => {
    const files = { "Up.md": "# Up\n\nText.\n", "Ideas/Idea.md": idea("Up", "It’s an instanceâ€™s idea.\n") };
    const { plan, store } = setUp(files, { addPromotedDate: true, linkFromUpstream: true, fixEncoding: true, moveTo: "Evergreen" }, true);
    const p = plan(["Ideas/Idea.md"]);
    expect(p.moves).toEqual([{ from: "Ideas/Idea.md", to: "Evergreen/Idea.md" }]);
    const result = await applyPromotion(store, p);
    expect(result.skipped).toEqual([]);
    expect(await store.read("Evergreen/Idea.md")).toBe("---\npromoted: 2026-11-26\n---\n#evergreen\nupstream: [[Up]]\n\n**Idea** is a thing.\nIt’s an instance’s idea.\n");
    expect(await store.read("Up.md")).toBe("# Up\n\nText.\n\n## Promoted\n- [[Idea]]\n");
    expect(await store.readIfExists("Ideas/Idea.md")).toBeNull();
    // Linking again adds nothing.
    const again = setUp({ "Up.md": await store.read("Up.md"), "Idea2.md": idea("Up") }, { linkFromUpstream: true });
    expect(again.plan(["Idea2.md"]).files.find((f) => f.path === "Up.md")?.after).toBe("# Up\n\nText.\n\n## Promoted\n- [[Idea]]\n- [[Idea2]]\n");
    const linked = setUp({ "Up.md": "# Up\n## Promoted\n- [[Idea]]\n\n## Other\n", "Idea.md": idea("Up") }, { linkFromUpstream: true });
    expect(linked.plan(["Idea.md"]).files.map((f) => f.path)).toEqual(["Idea.md"]);
  });

  test("a batch links all its notes under the upstream in one edit", () => {
    const { plan } = setUp({ "Up.md": "# Up\n## Promoted\n- [[Old]]\n\n## Later\nx\n", "A.md": idea(), "B.md": idea() }, { linkFromUpstream: true });
    const up = plan(["A.md", "B.md"]).files.find((f) => f.path === "Up.md");
    expect(up?.after).toBe("# Up\n## Promoted\n- [[Old]]\n- [[A]]\n- [[B]]\n\n## Later\nx\n");
  });

  test("a move onto an existing file is refused, and so is a folder outside the vault", () => {
    const { plan } = setUp({ "Up.md": "# Up", "Idea.md": idea(), "Evergreen/Idea.md": "mine" }, { moveTo: "Evergreen" });
    expect(plan(["Idea.md"])).toMatchObject({ files: [], moves: [], notes: [{ refused: "Evergreen/Idea.md already exists" }] });
    const outside = setUp({ "Up.md": "# Up", "Idea.md": idea() }, { moveTo: "../elsewhere" });
    expect(() => outside.plan(["Idea.md"])).toThrow(/points outside the vault/);
  });

  test("a file that changed after the preview is skipped, left as it is, and its move too", async () => {
    const { plan, store } = setUp({ "Up.md": "# Up", "Idea.md": idea() }, { moveTo: "Done" });
    const p = plan(["Idea.md"]);
    store.set("Idea.md", idea() + "typed after the preview\n");
    const result = await applyPromotion(store, p);
    expect(result.written).toEqual([]);
    expect(result.moved).toEqual([]);
    expect(result.skipped[0].reason).toMatch(/changed after the preview/);
    expect(await store.read("Idea.md")).toBe(idea() + "typed after the preview\n");
  });

  test("undo restores the exact bytes and paths, but not over a later edit", async () => {
    const files = { "Up.md": "# Up\r\n", "Idea.md": "\uFEFF" + idea().replace(/\n/g, "\r\n") };
    const { plan, store } = setUp(files, { linkFromUpstream: true, moveTo: "Done", addPromotedDate: true });
    const result = await applyPromotion(store, plan(["Idea.md"]));
    expect((await undoPromotion(store, result.undo)).skipped).toEqual([]);
    expect(await store.read("Idea.md")).toBe(files["Idea.md"]);
    expect(await store.read("Up.md")).toBe(files["Up.md"]);
    expect(await store.readIfExists("Done/Idea.md")).toBeNull();
    const again = await applyPromotion(store, plan(["Idea.md"]));
    store.set("Up.md", (await store.read("Up.md")) + "my later edit\r\n");
    const undone = await undoPromotion(store, again.undo);
    expect(undone.skipped).toEqual([{ path: "Up.md", reason: "it changed since the promotion; left as it is" }]);
    expect(await store.read("Idea.md")).toBe(files["Idea.md"]);
  });

  test("a move that fails after the note was written takes the note's change back: it is never left half promoted", async () => {
    const files = { "Up.md": "# Up\n", "A.md": idea(), "B.md": idea() };
    const { plan, store } = setUp(files, { moveTo: "Done" });
    const rename = store.rename.bind(store);
    jest.spyOn(store, "rename").mockImplementation((from, to) => (from === "B.md" ? Promise.reject(new Error("EPERM: operation not permitted")) : rename(from, to)));
    const result = await applyPromotion(store, plan(["A.md", "B.md"]));
    expect(result.moved).toEqual([{ from: "A.md", to: "Done/A.md" }]);
    expect(result.written).toEqual(["A.md"]);
    expect(result.skipped).toEqual([{ path: "B.md", reason: "not moved to Done/B.md: EPERM: operation not permitted; its changes were taken back, and the note is as it was" }]);
    expect(await store.read("B.md")).toBe(files["B.md"]);
    expect(result.undo.files.map((f) => f.path)).toEqual(["A.md"]);
    await undoPromotion(store, result.undo);
    expect(await store.read("A.md")).toBe(files["A.md"]);
  });

  test("undo goes on past a step the store refuses, and names it", async () => {
    const files = { "Up.md": "# Up\n", "A.md": idea(), "B.md": idea() };
    const { plan, store } = setUp(files, { linkFromUpstream: true });
    const result = await applyPromotion(store, plan(["A.md", "B.md"]));
    const write = store.write.bind(store);
    jest.spyOn(store, "write").mockImplementation((path, expected, text) => (path === "B.md" ? Promise.reject(new Error("EACCES: permission denied")) : write(path, expected, text)));
    const undone = await undoPromotion(store, result.undo);
    expect(undone.skipped).toEqual([{ path: "B.md", reason: "not restored: EACCES: permission denied" }]);
    expect(undone.restored.sort()).toEqual(["A.md", "Up.md"]);
    expect(await store.read("A.md")).toBe(files["A.md"]);
  });

  test("the preview shows the exact line changes", () => {
    const { plan } = setUp({ "Up.md": "# Up\n", "Idea.md": idea() }, { linkFromUpstream: true });
    expect(formatPlan(plan(["Idea.md"]))).toBe(
      ["promote Idea.md", "", "--- Idea.md", "+++ Idea.md", "@@ line 1: #incubator → #evergreen", "-#incubator", "+#evergreen", "", "--- Up.md", "+++ Up.md", "@@ line 2: add Promoted with Idea", "+", "+## Promoted", "+- [[Idea]]", ""].join("\n"),
    );
  });
});

describe("the promotion planner: which notes, where, and linked from where", () => {
  test("two notes whose names differ only in case cannot both move to one folder", () => {
    const files = { "A/Idea.md": idea(), "B/idea.md": idea(), "Up.md": "# Up\n" };
    const p = setUp(files, { moveTo: "Evergreen" }).plan(["A/Idea.md", "B/idea.md"]);
    expect(p.notes.map((n) => [n.path, n.moveTo, n.refused])).toEqual([
      ["A/Idea.md", "Evergreen/Idea.md", null],
      ["B/idea.md", null, "Evergreen/idea.md already exists"],
    ]);
  });

  test("files are planned in path order, whatever order the notes came in", () => {
    const files = { "B.md": idea(), "a.md": idea(), "C.md": idea(), "Up.md": "# Up\n" };
    expect(setUp(files).plan(["C.md", "a.md", "B.md"]).files.map((f) => f.path)).toEqual(["B.md", "C.md", "a.md"]);
  });

  test("the link goes to the first upstream that is a note other than itself", () => {
    const files = { "Idea.md": "#incubator\nupstream: [[Idea]], [[Missing]], [[Up]]\n\n**Idea** is a thing.\n", "Up.md": "# Up\n" };
    const p = setUp(files, { linkFromUpstream: true }, true).plan(["Idea.md"]);
    expect(p.files.map((f) => f.path)).toEqual(["Idea.md", "Up.md"]);
    expect(p.files[1].after).toBe("# Up\n\n## Promoted\n- [[Idea]]\n");
  });

  test("an upstream whose text was not read gets no link, and the rest of the plan stands", () => {
    const files = { "Idea.md": idea(), "Up.md": "# Up\n" };
    const snapshot = indexOf(files).snapshot();
    const context: PlanContext = { today: "2026-11-26", exists: () => false, upstreamTexts: new Map(), force: false };
    const p = planPromotion([{ report: snapshot.notes.find((n) => n.path === "Idea.md") as never, text: files["Idea.md"] }], { ...defaultPromotionSettings(), linkFromUpstream: true }, context);
    expect(p.files.map((f) => f.path)).toEqual(["Idea.md"]);
  });

  test("a link already in the upstream by the note's path, or by its new path, is enough", () => {
    const byOld = { "Inc/Idea.md": idea(), "Up.md": "# Up\n\n## Promoted\n- [[Inc/Idea.md|idea]]\n" };
    expect(setUp(byOld, { linkFromUpstream: true, moveTo: "Evergreen" }).plan(["Inc/Idea.md"]).files.map((f) => f.path)).toEqual(["Inc/Idea.md"]);
    const byNew = { "Inc/Idea.md": idea(), "Up.md": "# Up\n\n## Promoted\n- [[Evergreen/Idea]]\n" };
    expect(setUp(byNew, { linkFromUpstream: true, moveTo: "Evergreen" }).plan(["Inc/Idea.md"]).files.map((f) => f.path)).toEqual(["Inc/Idea.md"]);
  });
});

describe("the order of files", () => {
  test("path by path, code unit by code unit: capitals first, equal paths equal", () => {
    expect(["b.md", "B.md", "a/z.md", "a.md"].map((path) => ({ path })).sort(byPath).map((f) => f.path)).toEqual(["B.md", "a.md", "a/z.md", "b.md"]);
    expect([byPath({ path: "b" }, { path: "a" }), byPath({ path: "a" }, { path: "b" }), byPath({ path: "a" }, { path: "a" })]).toEqual([1, -1, 0]);
  });
});

describe("where a promoted note moves", () => {
  test.each([
    ["Inc/Idea.md", "Evergreen", "Evergreen/Idea.md"],
    ["Inc/Idea.md", "  ", null],
    ["Inc/Idea.md", "", null],
    ["Inc/Idea.md", ".", "Idea.md"],
    ["Idea.md", "./", null],
    ["Evergreen/Idea.md", "Evergreen/", null],
  ])("%s to %j: %s", (path, folder, target) => {
    expect(moveTarget(path, folder)).toBe(target);
  });
});

describe("applying a plan changes only the bytes it names; undo gives them back (property)", () => {
  const piece = fc.constantFrom(
    "#incubator", "#Incubator/aws", "#incubator-old", "`#incubator`", "%% #incubator %%", "#seed", "- #incubator", "## Head #incubator",
    "**Term** is a thing.", "text  with  spaces  ", "```\n#incubator\n```", "", "upstream: [[Up]]", "caféâ€™s",
  );
  const note = fc.record({
    bom: fc.boolean(),
    eol: fc.constantFrom("\n", "\r\n"),
    frontmatter: fc.constantFrom("", "---\ntags: [seed, incubator]\nother: 1\n---\n", "---\ntags:\n  - incubator\n---\n"),
    body: fc.array(piece, { minLength: 1, maxLength: 10 }),
    next: fc.constantFrom("evergreen", ""),
  });

  test("for random notes", async () => {
    await fc.assert(
      fc.asyncProperty(note, async ({ bom, eol, frontmatter, body, next }) => {
        const text = (bom ? "\uFEFF" : "") + (frontmatter + ["#incubator", "upstream: [[Up]]", ...body].join("\n") + "\n").replace(/\n/g, eol);
        const model = parseNote("Idea.md", text, defaultCoreSettings());
        const { plan, store } = setUp({ "Up.md": "# Up\n", "Idea.md": text }, { nextTag: next, addPromotedDate: true, fixEncoding: true, linkFromUpstream: true }, true);
        const p = plan(["Idea.md"]);
        const file = p.files.find((f) => f.path === "Idea.md");
        if (!model.isIncubator) return;
        expect(file).toBeDefined();
        // Outside the edits, every byte is the original's, in order.
        let at = 0;
        let rebuilt = "";
        for (const edit of file?.edits ?? []) {
          rebuilt += text.slice(at, edit.from) + edit.text;
          at = edit.to;
        }
        expect(rebuilt + text.slice(at)).toBe(file?.after);
        // Every edit touches a tag, the frontmatter, a damaged run, or adds the date.
        for (const edit of file?.edits ?? []) expect(edit.reason).toMatch(/incubator|promoted|repair|tags:/i);
        // The promoted note is no longer an incubator note, and its other tags survive.
        const promoted = parseNote("Idea.md", file?.after ?? "", defaultCoreSettings());
        expect(promoted.isIncubator).toBe(false);
        expect(promoted.tags.filter((t) => t.toLowerCase() === "seed").length).toBe(model.tags.filter((t) => t.toLowerCase() === "seed").length);
        const result = await applyPromotion(store, p);
        await undoPromotion(store, result.undo);
        expect(await store.read("Idea.md")).toBe(text);
        expect(await store.read("Up.md")).toBe("# Up\n");
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
