/** The plugin keeps the index in step with the vault, through the fake Obsidian API. */
import { Component } from "obsidian-test-mocks/obsidian";
import type { Component as ObsidianComponent } from "obsidian";
import { defaultCoreSettings } from "../../src/core/settings";
import { IndexSync } from "../../src/plugin/index-sync";
import { fakeApp, settle } from "../helpers/fake-obsidian";

const idea = (term: string, up = "Up") => `#incubator\nupstream: [[${up}]]\n\n**${term}** is a thing.\n`;

/** `tick`: how far the clock moves per reading; a large one makes the first scan yield after every file. */
function setUp(files: Record<string, string>, tick = 1) {
  const fake = fakeApp(files);
  const revisions: number[] = [];
  let clock = 0;
  const sync = new IndexSync(fake.api, defaultCoreSettings(), { now: () => (clock += tick), onChange: (r) => revisions.push(r) });
  const owner = Component.create__();
  owner.load();
  sync.register(owner as unknown as ObsidianComponent);
  return { fake, sync, revisions, owner };
}

const notes = (sync: IndexSync) => sync.index.snapshot().notes.map((n) => [n.path, n.upstream.map((u) => u.path), n.definitions.map((d) => d.term)]);

describe("IndexSync", () => {
  test("the first scan keeps only incubator notes and resolves upstreams through the metadata cache", async () => {
    const { sync, revisions } = setUp({ "Up.md": "# Up", "Topic/Idea.md": idea("Alpha"), "Plain.md": "incubator, but no tag" });
    await sync.rebuild();
    expect(notes(sync)).toEqual([["Topic/Idea.md", ["Up.md"], ["Alpha"]]]);
    expect(revisions.length).toBeGreaterThan(0);
  });

  test("the first scan also reads notes whose frontmatter tags string names the tag (SPEC §1)", async () => {
    const { sync } = setUp({ "Up.md": "# Up", "Fm.md": "---\ntags: seed, incubator\nupstream: \"[[Up]]\"\n---\n**Fm** is a thing.\n" });
    await sync.rebuild();
    expect(notes(sync)).toEqual([["Fm.md", ["Up.md"], ["Fm"]]]);
  });

  test("the first scan walks every folder, and files deleted or moved while it pauses are neither read nor kept", async () => {
    const files = { "Up.md": "# Up", "A/One.md": idea("One"), "A/Two.md": idea("Two"), "A/Deep/Three.md": idea("Three"), "B/Four.md": idea("Four"), "B/Plain.md": "# Plain" };
    const { fake, sync } = setUp(files, 100);
    const building = sync.rebuild();
    // The scan waits between files now: the vault changes under it.
    await fake.app.vault.delete(fake.file("A/Two.md"));
    await fake.app.vault.rename(fake.file("B/Four.md"), "C/Four.md");
    await building;
    expect(notes(sync).map(([path]) => path)).toEqual(["A/Deep/Three.md", "A/One.md", "C/Four.md"]);
    expect(sync.index.snapshot().notes.find((n) => n.path === "C/Four.md")?.definitions.map((d) => d.term)).toEqual(["Four"]);
  });

  test("a modified note is parsed again; removing the tag takes it out", async () => {
    const { fake, sync } = setUp({ "Up.md": "# Up", "Idea.md": idea("Alpha") });
    await sync.rebuild();
    // The metadata cache says `changed` once it has indexed the write, not at once.
    await fake.app.vault.modify(fake.file("Idea.md"), idea("Beta"));
    await fake.indexed();
    expect(notes(sync)).toEqual([["Idea.md", ["Up.md"], ["Beta"]]]);
    await fake.app.vault.modify(fake.file("Idea.md"), "no longer tagged\n**Beta** is b.");
    await fake.indexed();
    expect(notes(sync)).toEqual([]);
  });

  test("a created note joins; a deleted upstream unresolves; a rename follows", async () => {
    const { fake, sync } = setUp({ "Up.md": "# Up" });
    await sync.rebuild();
    await fake.app.vault.create("New.md", idea("Gamma"));
    await fake.indexed();
    expect(notes(sync)).toEqual([["New.md", ["Up.md"], ["Gamma"]]]);
    await fake.app.vault.rename(fake.file("New.md"), "Moved/Renamed.md");
    await settle();
    expect(notes(sync)).toEqual([["Moved/Renamed.md", ["Up.md"], ["Gamma"]]]);
    await fake.app.vault.delete(fake.file("Up.md"));
    expect(notes(sync)).toEqual([["Moved/Renamed.md", [null], ["Gamma"]]]);
  });

  test("each change reports a new revision", async () => {
    const { fake, sync, revisions } = setUp({ "Up.md": "# Up", "Idea.md": idea("Alpha") });
    await sync.rebuild();
    await fake.indexed();
    const before = revisions.length;
    await fake.app.vault.modify(fake.file("Idea.md"), idea("Beta"));
    await fake.indexed();
    expect(revisions.length).toBe(before + 1);
    expect(revisions[revisions.length - 1]).toBe(sync.index.revision);
  });

  test("events stop when the owner unloads", async () => {
    const { fake, sync, owner } = setUp({ "Up.md": "# Up", "Idea.md": idea("Alpha") });
    await sync.rebuild();
    owner.unload();
    await fake.app.vault.modify(fake.file("Idea.md"), idea("Beta"));
    await fake.indexed();
    expect(notes(sync)).toEqual([["Idea.md", ["Up.md"], ["Alpha"]]]);
  });

  test("a rebuild with a new tag replaces the index", async () => {
    const { sync } = setUp({ "Up.md": "# Up", "A.md": idea("Alpha"), "B.md": "#sprout\nupstream: [[Up]]\n\n**Beta** is b." });
    await sync.rebuild();
    await sync.rebuild({ ...defaultCoreSettings(), tag: "sprout" });
    expect(notes(sync)).toEqual([["B.md", ["Up.md"], ["Beta"]]]);
  });
});
