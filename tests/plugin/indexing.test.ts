/**
 * The plugin while Obsidian is still indexing, as the app runs it: commands wait for the first
 * scan, the panel says how far it has come, late reads never undo newer text, a disabled plugin
 * stops scanning, the size limit is bytes on every path.
 */
import { MarkdownView, Platform, type PluginManifest } from "obsidian";
import { syntheticVault } from "../../bench/synthetic-vault";
import { defaultCoreSettings } from "../../src/core/settings";
import IncubatorPlugin from "../../src/plugin/main";
import { IndexSync } from "../../src/plugin/index-sync";
import { VIEW_TYPE_INCUBATOR, type IncubatorView } from "../../src/plugin/panel/incubator-view";
import { captureNotices, fakeApp, installLayoutShim, mountPanel, openInEditor, settle, type FakeApp } from "../helpers/fake-obsidian";

const manifest = { id: "incubator", name: "Incubator", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "", dir: ".obsidian/plugins/incubator" } as PluginManifest;
const big = Object.fromEntries(syntheticVault(2000, 5).map((n) => [n.path, n.text]));
const OVERVIEW = "Incubator overview.md";

async function loaded(fake: FakeApp): Promise<IncubatorPlugin> {
  const plugin = new IncubatorPlugin(fake.api, manifest);
  await plugin.onload();
  return plugin;
}

describe("while the first scan runs (2,000 notes)", () => {
  afterEach(() => jest.restoreAllMocks());

  test("a command waits for the whole index, says so, and writes what a command run after it writes", async () => {
    const patient = fakeApp(big);
    const after = await loaded(patient);
    patient.layoutReady();
    await after.sync.whenReady();
    await after.quiz.overview();
    const expected = await patient.app.vault.read(patient.file(OVERVIEW));

    const fake = fakeApp(big);
    const plugin = await loaded(fake);
    const notices = captureNotices();
    fake.layoutReady();
    await settle();
    expect(plugin.indexing()).toMatchObject({ first: true, total: 2000 });
    await plugin.quiz.overview();
    expect(notices.some((n) => /^Incubator: indexing… \d+ of 2000 notes; the command runs when it is done\.$/.test(n))).toBe(true);
    expect(await fake.app.vault.read(fake.file(OVERVIEW))).toBe(expected);
  }, 60_000);

  test("the panel says it is indexing, not that no note is tagged, then lists the notes", async () => {
    installLayoutShim();
    const fake = fakeApp(big);
    const plugin = await loaded(fake);
    const view = await mountPanel<IncubatorView>(fake, plugin, VIEW_TYPE_INCUBATOR);
    fake.layoutReady();
    await settle();
    view.refresh();
    const body = () => view.containerEl.querySelector(".incubator-body")?.textContent ?? "";
    expect(body()).toMatch(/^Indexing… [\d,]+ of 2,000 notes$/);
    await plugin.sync.whenReady();
    view.refresh();
    expect(body()).toMatch(/notes · \d+ upstream groups/);
    expect(body()).not.toMatch(/Indexing/);
  }, 60_000);
});

describe("reads and events", () => {
  const idea = (term: string) => `#incubator\nupstream: [[Up]]\n\n**${term}** is a thing.\n`;

  test("notes the metadata cache has not indexed yet are read from their text and join at once", async () => {
    const files = Object.fromEntries([["Up.md", "# Up"], ...Array.from({ length: 40 }, (_, i) => [`N${i}.md`, idea(`T${i}`)])]);
    const fake = fakeApp(files, { indexedPerTask: 1 });
    const plugin = await loaded(fake);
    fake.layoutReady();
    await plugin.sync.whenReady();
    const unindexed = Object.keys(files).filter((p) => fake.app.metadataCache.getFileCache(fake.file(p)) === null);
    expect(unindexed.length).toBeGreaterThan(10);
    expect(plugin.snapshot().notes).toHaveLength(40);
  });

  test("a read of the first scan that ends after a newer change never puts the old text back", async () => {
    const fake = fakeApp({ "Up.md": "# Up", "Idea.md": idea("Old") });
    const sync = new IndexSync(fake.api, defaultCoreSettings(), { now: () => 0, onChange: () => undefined });
    const owner = new (await import("obsidian")).Component();
    owner.load();
    sync.register(owner);
    let release = () => undefined as void;
    const cachedRead = fake.app.vault.cachedRead.bind(fake.app.vault);
    jest.spyOn(fake.app.vault, "cachedRead").mockImplementation(async (file) => {
      const text = await cachedRead(file);
      if (file.path === "Idea.md") await new Promise<void>((resolve) => (release = resolve));
      return text;
    });
    const building = sync.rebuild();
    await settle();
    await fake.app.vault.modify(fake.file("Idea.md"), idea("New"));
    await fake.indexed();
    release();
    await building;
    expect(sync.index.snapshot().notes.map((n) => n.definitions.map((d) => d.term))).toEqual([["New"]]);
  });

  test("a plugin disabled during the first scan stops reading the vault", async () => {
    const fake = fakeApp(big);
    const plugin = await loaded(fake);
    const reads = jest.spyOn(fake.app.vault, "cachedRead");
    fake.layoutReady();
    await settle();
    plugin.onunload();
    const atStop = reads.mock.calls.length;
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(atStop).toBeLessThan(2000);
    expect(reads.mock.calls.length).toBe(atStop);
    await plugin.sync.whenReady();
  });

  test("the size limit counts bytes on a change as in the scan: a note over it stays out", async () => {
    const fake = fakeApp({ "Up.md": "# Up", "Idea.md": idea("Small") });
    const plugin = await loaded(fake);
    plugin.settings.maxNoteBytes = 200;
    fake.layoutReady();
    await plugin.sync.whenReady();
    expect(plugin.snapshot().notes).toHaveLength(1);
    // 150 characters, 300 bytes.
    await fake.app.vault.modify(fake.file("Idea.md"), idea("Big") + "é".repeat(150 - idea("Big").length));
    await fake.indexed();
    expect(plugin.snapshot().notes).toHaveLength(0);
  });
});

describe("opening a note from the panel", () => {
  afterEach(() => {
    Platform.isMobile = false;
  });

  test("makes its leaf the active one at the line, and on a phone closes the drawer the panel is in", async () => {
    const fake = fakeApp({ "Up.md": "# Up", "A.md": "one\ntwo\nthree\n" });
    const plugin = await loaded(fake);
    fake.layoutReady();
    await plugin.sync.whenReady();
    await openInEditor(fake, "Up.md");
    fake.api.workspace.setActiveLeaf(fake.api.workspace.getRightLeaf(false)!);
    Platform.isMobile = true;
    const collapse = jest.spyOn(fake.app.workspace.rightSplit, "collapse");
    plugin.open("A.md", 3);
    await settle();
    expect(fake.api.workspace.getActiveFile()?.path).toBe("A.md");
    expect(fake.api.workspace.getActiveViewOfType(MarkdownView)?.editor.getCursor().line).toBe(2);
    expect(collapse).toHaveBeenCalled();
  });
});
