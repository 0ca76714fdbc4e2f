/** SPEC §7 in the plugin: preview, apply on confirmation, promote anyway, changed files, undo. */
import { MarkdownView, type App as ObsidianApp, type PluginManifest } from "obsidian";
import type { PromotionPlan } from "../../src/core/promote/planner";
import IncubatorPlugin from "../../src/plugin/main";
import { PromotionCommands } from "../../src/plugin/promotion/promotion-commands";
import { PromotionPreviewModal, type PreviewChoice } from "../../src/plugin/promotion/promotion-modal";
import { captureNotices, fakeApp, openInEditor, settle } from "../helpers/fake-obsidian";
import { EXAMPLE_VAULT, readVault } from "../helpers/shared";

const manifest = { id: "incubator", name: "Incubator", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" } as PluginManifest;
const SEED = "AWS/EC2 Instance Storage.md";

async function setUp(choices: PreviewChoice[]) {
  const files = readVault(EXAMPLE_VAULT);
  const fake = fakeApp(files);
  const plugin = new IncubatorPlugin(fake.api as ObsidianApp, manifest);
  await plugin.onload();
  fake.layoutReady();
  await plugin.sync.whenReady();
  const previews: PromotionPlan[] = [];
  const notices = captureNotices();
  const promotion = new PromotionCommands(
    plugin,
    (plan) => {
      previews.push(plan);
      return Promise.resolve(choices.shift() ?? "cancel");
    },
    () => "2026-11-26",
  );
  const read = (path: string) => fake.app.vault.read(fake.file(path));
  return { files, fake, plugin, promotion, previews, notices, read };
}

describe("promotion in the plugin", () => {
  afterEach(() => jest.restoreAllMocks());

  test("a ready note: preview, apply, then undo restores the exact bytes", async () => {
    const { files, plugin, promotion, previews, read } = await setUp(["apply"]);
    plugin.settings.promotion.linkFromUpstream = true;
    plugin.settings.promotion.addPromotedDate = true;
    await promotion.promote(["AWS/EC2 Auto Scaling.md"]);
    expect(previews).toHaveLength(1);
    expect(previews[0].files.map((f) => f.path)).toEqual(["AWS/EC2 Auto Scaling.md", "AWS/EC2.md"]);
    expect(await read("AWS/EC2 Auto Scaling.md")).toBe("---\npromoted: 2026-11-26\n---\n" + files["AWS/EC2 Auto Scaling.md"].replace("#incubator ", "#evergreen "));
    expect(await read("AWS/EC2.md")).toContain("## Promoted\n- [[EC2 Auto Scaling]]\n");
    expect(promotion.canUndo()).toBe(true);
    await promotion.undo();
    expect(await read("AWS/EC2 Auto Scaling.md")).toBe(files["AWS/EC2 Auto Scaling.md"]);
    expect(await read("AWS/EC2.md")).toBe(files["AWS/EC2.md"]);
    expect(promotion.canUndo()).toBe(false);
  });

  test("cancel writes nothing", async () => {
    const { files, promotion, read } = await setUp(["cancel"]);
    await promotion.promote(["AWS/EC2 Auto Scaling.md"]);
    expect(await read("AWS/EC2 Auto Scaling.md")).toBe(files["AWS/EC2 Auto Scaling.md"]);
    expect(promotion.canUndo()).toBe(false);
  });

  test("a note that is not ready needs Promote anyway, then Apply on the forced preview", async () => {
    const { files, promotion, previews, read } = await setUp(["force", "apply"]);
    await promotion.promote([SEED]);
    expect(previews.map((p) => [p.notes[0].refused, p.files.length])).toEqual([
      ["not ready: empty-field, encoding-damage", 0],
      [null, 1],
    ]);
    expect(await read(SEED)).toBe(files[SEED].replace("#incubator ", "#evergreen "));
  });

  test("Promote anyway followed by Cancel writes nothing", async () => {
    const { files, promotion, read } = await setUp(["force", "cancel"]);
    await promotion.promote([SEED]);
    expect(await read(SEED)).toBe(files[SEED]);
  });

  test("a note edited between preview and apply is skipped with a notice", async () => {
    const { files, fake, promotion, notices, read } = await setUp([]);
    const edited = files["AWS/EC2 Auto Scaling.md"] + "\nA thought added during the preview.\n";
    const slow = new PromotionCommands(
      (promotion as unknown as { host: never }).host,
      async () => {
        await fake.app.vault.modify(fake.file("AWS/EC2 Auto Scaling.md"), edited);
        return "apply";
      },
      () => "2026-11-26",
    );
    await slow.promote(["AWS/EC2 Auto Scaling.md"]);
    expect(await read("AWS/EC2 Auto Scaling.md")).toBe(edited);
    expect(notices.some((n) => n.includes("changed after the preview"))).toBe(true);
  });

  test("moves go through FileManager.renameFile and never onto an existing file", async () => {
    const { fake, plugin, promotion, previews } = await setUp(["apply", "apply"]);
    plugin.settings.promotion.moveTo = "Evergreen";
    const rename = jest.spyOn(fake.app.fileManager, "renameFile");
    await promotion.promote(["Networking/TCP vs UDP.md"]);
    expect(rename).toHaveBeenCalledTimes(1);
    expect(fake.app.vault.getFileByPath("Evergreen/TCP vs UDP.md")).not.toBeNull();
    await fake.app.vault.create("Evergreen/DNS Resolution.md", "mine");
    await promotion.promote(["Networking/DNS Resolution.md"]);
    expect(previews[1].notes[0].refused).toBe("Evergreen/DNS Resolution.md already exists");
    expect(await fake.app.vault.read(fake.file("Evergreen/DNS Resolution.md"))).toBe("mine");
  });

  test("the open note is changed through its editor: the cursor stays on its line of text, and the change is saved", async () => {
    const { files, fake, plugin, promotion, read } = await setUp(["apply"]);
    plugin.settings.promotion.addPromotedDate = true;
    await openInEditor(fake, "AWS/EC2 Auto Scaling.md");
    const editor = fake.api.workspace.getActiveViewOfType(MarkdownView)!.editor;
    editor.setCursor({ line: 7, ch: 4 });
    const line = editor.getLine(7);
    await promotion.promote(["AWS/EC2 Auto Scaling.md"]);
    // Three lines of frontmatter above it now.
    expect(editor.getCursor()).toEqual({ line: 10, ch: 4 });
    expect(editor.getLine(10)).toBe(line);
    expect(await read("AWS/EC2 Auto Scaling.md")).toBe("---\npromoted: 2026-11-26\n---\n" + files["AWS/EC2 Auto Scaling.md"].replace("#incubator ", "#evergreen "));
  });

  test("text typed in the open note and not saved yet is promoted with it, not lost", async () => {
    const { files, fake, promotion, read } = await setUp(["apply"]);
    await openInEditor(fake, "AWS/EC2 Auto Scaling.md");
    const editor = fake.api.workspace.getActiveViewOfType(MarkdownView)!.editor;
    const end = editor.offsetToPos(editor.getValue().length);
    editor.replaceRange("\nA thought typed a moment ago.\n", end);
    await promotion.promote(["AWS/EC2 Auto Scaling.md"]);
    const expected = files["AWS/EC2 Auto Scaling.md"].replace("#incubator ", "#evergreen ") + "\nA thought typed a moment ago.\n";
    expect(await read("AWS/EC2 Auto Scaling.md")).toBe(expected);
    expect(editor.getValue()).toBe(expected);
  });

  test("the preview modal lists notes, exact line changes and moves, and reports the choice", () => {
    const fake = fakeApp({});
    const plan: PromotionPlan = {
      notes: [
        { path: "A.md", title: "A", ready: true, blockers: [], moveTo: "Done/A.md", refused: null },
        { path: "B.md", title: "B", ready: false, blockers: ["empty-field"], moveTo: null, refused: "not ready: empty-field" },
      ],
      files: [{ path: "A.md", before: "#incubator\nx\n", edits: [{ from: 0, to: 10, text: "#evergreen", reason: "#incubator → #evergreen" }], after: "#evergreen\nx\n" }],
      moves: [{ from: "A.md", to: "Done/A.md" }],
    };
    const chosen: PreviewChoice[] = [];
    const modal = new PromotionPreviewModal(fake.api as ObsidianApp, plan, (c) => chosen.push(c));
    modal.onOpen();
    const el = modal.contentEl;
    expect(Array.from(el.querySelectorAll(".incubator-diff > div")).map((d) => d.textContent)).toEqual(["Line 1: #incubator → #evergreen", "- #incubator", "+ #evergreen"]);
    expect(el.querySelector(".incubator-promotion-move")?.textContent).toBe("Move A.md → Done/A.md");
    expect(el.querySelector(".incubator-promotion-refused")?.textContent).toBe(" — not ready: empty-field");
    const buttons = Array.from(el.querySelectorAll("button")).map((b) => b.textContent);
    expect(buttons).toEqual(["Promote anyway", "Apply", "Cancel"]);
    (Array.from(el.querySelectorAll("button")).find((b) => b.textContent === "Apply") as HTMLButtonElement).click();
    expect(chosen).toEqual(["apply"]);
  });
});
