/**
 * Write safety in the plugin: a promotion and a quiz run are journaled in the plugin's folder
 * before their first change, so that one Obsidian was closed in the middle of is finished at the
 * next start; moves are checked before anything is written; a move that fails takes its note's
 * change back.
 */
import type { PluginManifest } from "obsidian";
import type { PromotionPlan } from "../../src/core/promote/planner";
import IncubatorPlugin from "../../src/plugin/main";
import { PromotionCommands } from "../../src/plugin/promotion/promotion-commands";
import { captureNotices, fakeApp, settle, type FakeApp } from "../helpers/fake-obsidian";
import { EXAMPLE_VAULT, readVault } from "../helpers/shared";

const manifest = { id: "incubator", name: "Incubator", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "", dir: ".obsidian/plugins/incubator" } as PluginManifest;
const JOURNAL = ".obsidian/plugins/incubator/promotion-journal.json";
const NOTE = "AWS/EC2 Auto Scaling.md";
const MOVED = "Evergreen/EC2 Auto Scaling.md";

/** The plugin started on `fake`, as Obsidian starts it: load, then layout ready, then the first scan. */
async function start(fake: FakeApp): Promise<IncubatorPlugin> {
  const plugin = new IncubatorPlugin(fake.api, manifest);
  await plugin.onload();
  fake.layoutReady();
  await settle();
  await plugin.sync.whenReady();
  return plugin;
}

function promotionOf(plugin: IncubatorPlugin): PromotionCommands {
  plugin.settings.promotion.moveTo = "Evergreen";
  plugin.settings.promotion.linkFromUpstream = true;
  return new PromotionCommands(plugin, () => Promise.resolve("apply"), () => "2026-12-03");
}

const text = (fake: FakeApp, path: string) => fake.app.vault.read(fake.file(path));
const exists = (fake: FakeApp, path: string) => fake.app.vault.getAbstractFileByPath(path) !== null;

describe("the plugin's promotion journal", () => {
  afterEach(() => jest.restoreAllMocks());

  test("Obsidian closed between the writes and the move: the next start finishes the promotion and says so", async () => {
    const files = readVault(EXAMPLE_VAULT);
    const fake = fakeApp(files);
    const first = await start(fake);
    // The app stops while the note is being moved: the move never completes.
    const rename = jest.spyOn(fake.app.fileManager, "renameFile").mockImplementation(() => new Promise(() => undefined));
    void promotionOf(first).promote([NOTE]);
    await settle();
    expect(await text(fake, NOTE)).toContain("#evergreen");
    expect(exists(fake, MOVED)).toBe(false);
    expect(await fake.app.vault.adapter.exists(JOURNAL)).toBe(true);
    first.onunload();

    rename.mockRestore();
    const notices = captureNotices();
    await start(fake);
    expect(exists(fake, NOTE)).toBe(false);
    expect(await text(fake, MOVED)).toBe(files[NOTE].replace("#incubator ", "#evergreen "));
    expect(await text(fake, "AWS/EC2.md")).toContain("## Promoted\n- [[EC2 Auto Scaling]]\n");
    expect(await fake.app.vault.adapter.exists(JOURNAL)).toBe(false);
    expect(notices).toContain("Incubator: finished a promotion that was interrupted: 2 steps done before, 0 files written now, 1 note moved now.");
  });

  test("the journal is written before the first change and removed after the last", async () => {
    const fake = fakeApp(readVault(EXAMPLE_VAULT));
    const plugin = await start(fake);
    const steps: string[] = [];
    const adapter = fake.app.vault.adapter;
    const write = adapter.write.bind(adapter);
    // The fake's vault writes notes through its adapter too: only the plugin's own folder is the journal.
    const own = (path: string) => path.startsWith(".obsidian/");
    jest.spyOn(adapter, "write").mockImplementation((path, data) => (own(path) && steps.push(`journal ${path}`), write(path, data)));
    const remove = adapter.remove.bind(adapter);
    jest.spyOn(adapter, "remove").mockImplementation((path) => (own(path) && steps.push(`removed ${path}`), remove(path)));
    const rename = fake.app.fileManager.renameFile.bind(fake.app.fileManager);
    jest.spyOn(fake.app.fileManager, "renameFile").mockImplementation((file, to) => (steps.push(`move ${file.path}`), rename(file, to)));
    const process = fake.app.vault.process.bind(fake.app.vault);
    jest.spyOn(fake.app.vault, "process").mockImplementation((file, fn) => (steps.push(`write ${file.path}`), process(file, fn)));
    await promotionOf(plugin).promote([NOTE]);
    expect(steps).toEqual([`journal ${JOURNAL}`, "write AWS/EC2 Auto Scaling.md", "write AWS/EC2.md", `move ${NOTE}`, `removed ${JOURNAL}`]);
    expect(exists(fake, MOVED)).toBe(true);
  });

  test("a journal that cannot be read is left as it is, said so, and no note is touched", async () => {
    const files = readVault(EXAMPLE_VAULT);
    const fake = fakeApp(files);
    await fake.app.vault.adapter.write(JOURNAL, '{"kind":"incubator-promotion","version":2,"files":[');
    const notices = captureNotices();
    await start(fake);
    expect(notices).toContain(`Incubator: ${JOURNAL} is not a promotion journal this version reads; it was left as it is.`);
    expect(await fake.app.vault.adapter.exists(JOURNAL)).toBe(true);
    for (const path of Object.keys(files)) expect(await text(fake, path)).toBe(files[path]);
  });
});

describe("the plugin's quiz run journal", () => {
  afterEach(() => jest.restoreAllMocks());

  const quizNotes = async (fake: FakeApp) => {
    const out = new Map<string, string>();
    for (const file of fake.app.vault.getMarkdownFiles()) if (file.path.startsWith("Incubator quizzes/")) out.set(file.path, await fake.app.vault.read(file));
    return out;
  };

  test("Obsidian closed in the middle of Generate quizzes for all notes: the next start writes the rest and says so", async () => {
    const whole = fakeApp(readVault(EXAMPLE_VAULT));
    await (await start(whole)).quiz.quizAll();
    const expected = await quizNotes(whole);
    expect(expected.size).toBeGreaterThan(5);

    const fake = fakeApp(readVault(EXAMPLE_VAULT));
    const first = await start(fake);
    const create = fake.app.vault.create.bind(fake.app.vault);
    let made = 0;
    // The app stops while the fourth quiz note is being created.
    const stopped = jest.spyOn(fake.app.vault, "create").mockImplementation((path, data) => (++made > 3 ? new Promise(() => undefined) : create(path, data)));
    void first.quiz.quizAll();
    await settle();
    expect((await quizNotes(fake)).size).toBe(3);
    first.onunload();

    stopped.mockRestore();
    const notices = captureNotices();
    await start(fake);
    await settle();
    expect(await quizNotes(fake)).toEqual(expected);
    expect(await fake.app.vault.adapter.exists(".obsidian/plugins/incubator/quiz-run.json")).toBe(false);
    expect(notices).toContain(`Incubator: finished a quiz run that was interrupted: ${expected.size - 3} quiz notes written now, 3 already up to date.`);
  });
});

describe("moves in the plugin are checked before anything is written", () => {
  afterEach(() => jest.restoreAllMocks());

  test("a note whose name differs only in case is at the target (macOS, Windows and phones refuse it): the preview refuses the move", async () => {
    const files: Record<string, string> = { ...readVault(EXAMPLE_VAULT), "evergreen/EC2 Auto Scaling.md": "mine\n" };
    const fake = fakeApp(files);
    const plugin = await start(fake);
    plugin.settings.promotion.moveTo = "Evergreen";
    const previews: PromotionPlan[] = [];
    await new PromotionCommands(plugin, (plan) => (previews.push(plan), Promise.resolve("apply")), () => "2026-12-03").promote([NOTE]);
    expect(previews[0].notes[0].refused).toBe(`${MOVED} already exists`);
    expect(await text(fake, NOTE)).toBe(files[NOTE]);
  });

  test("a file where the folder must go: the preview refuses the note, and neither it nor its upstream is changed", async () => {
    const files: Record<string, string> = { ...readVault(EXAMPLE_VAULT), Evergreen: "a file\n" };
    const fake = fakeApp(files);
    const plugin = await start(fake);
    plugin.settings.promotion.moveTo = "Evergreen";
    plugin.settings.promotion.linkFromUpstream = true;
    const previews: PromotionPlan[] = [];
    await new PromotionCommands(plugin, (plan) => (previews.push(plan), Promise.resolve("apply")), () => "2026-12-03").promote([NOTE]);
    expect(previews[0].notes[0].refused).toBe(`cannot move it to ${MOVED}: Evergreen is a file, not a folder`);
    expect(await text(fake, NOTE)).toBe(files[NOTE]);
    expect(await text(fake, "AWS/EC2.md")).toBe(files["AWS/EC2.md"]);
  });

  test("a target taken while the preview is open (in another letter case): nothing is written, and the notice says why", async () => {
    const files = readVault(EXAMPLE_VAULT);
    const fake = fakeApp(files);
    const plugin = await start(fake);
    plugin.settings.promotion.moveTo = "Evergreen";
    plugin.settings.promotion.linkFromUpstream = true;
    const notices = captureNotices();
    const late = new PromotionCommands(
      plugin,
      async () => {
        await fake.app.vault.create("EVERGREEN/EC2 Auto Scaling.md", "mine\n");
        return "apply";
      },
      () => "2026-12-03",
    );
    await late.promote([NOTE]);
    expect(await text(fake, NOTE)).toBe(files[NOTE]);
    expect(await text(fake, "AWS/EC2.md")).toBe(files["AWS/EC2.md"]);
    expect(notices.some((n) => n.includes(`cannot move it to ${MOVED}: ${MOVED} exists; nothing was written`))).toBe(true);
  });

  test("a move that throws takes the note's change back, and undo restores the rest", async () => {
    const files = readVault(EXAMPLE_VAULT);
    const fake = fakeApp(files);
    const plugin = await start(fake);
    const promotion = promotionOf(plugin);
    const rename = fake.app.fileManager.renameFile.bind(fake.app.fileManager);
    jest.spyOn(fake.app.fileManager, "renameFile").mockImplementation((file, to) => (file.path === "AWS/S3 Storage Classes.md" ? Promise.reject(new Error("EPERM: operation not permitted")) : rename(file, to)));
    const notices = captureNotices();
    await promotion.promote([NOTE, "AWS/S3 Storage Classes.md"]);
    expect(exists(fake, MOVED)).toBe(true);
    expect(await text(fake, "AWS/S3 Storage Classes.md")).toBe(files["AWS/S3 Storage Classes.md"]);
    expect(notices.some((n) => n.includes("not moved to Evergreen/S3 Storage Classes.md: EPERM: operation not permitted; its changes were taken back"))).toBe(true);
    await promotion.undo();
    for (const path of Object.keys(files)) expect(await text(fake, path)).toBe(files[path]);
    expect(exists(fake, MOVED)).toBe(false);
  });
});
