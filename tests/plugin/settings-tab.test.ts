/** The settings tab: sentence-case names, validation, and saving with a re-index. */
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import { Plugin } from "obsidian-test-mocks/obsidian";
import IncubatorPlugin from "../../src/plugin/main";
import type { IncubatorSettingTab } from "../../src/plugin/settings-tab";
import { fakeApp, settle } from "../helpers/fake-obsidian";

const manifest = { id: "incubator", name: "Incubator", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" } as PluginManifest;

async function setUp() {
  const fake = fakeApp({ "Up.md": "# Up", "A.md": "#incubator\nupstream: [[Up]]\n\n**A** is a.", "B.md": "#sprout\nnorth: [[Up]]\n\n**B** is b." });
  const plugin = new IncubatorPlugin(fake.api as ObsidianApp, manifest);
  await plugin.onload();
  fake.layoutReady();
  await plugin.sync.whenReady();
  const tab = (plugin as unknown as Plugin).settingTabs__[0] as unknown as IncubatorSettingTab;
  tab.display();
  return { plugin, el: tab.containerEl, mock: plugin as unknown as Plugin };
}

/** Each Setting is a row: [control, info[name, description]] (the fake adds no CSS classes). */
const rows = (el: HTMLElement) =>
  Array.from(el.children).map((row) => ({ name: row.children[1]?.children[0]?.textContent ?? "", control: row.children[0] as HTMLElement }));
const control = (el: HTMLElement, name: string) => {
  const row = rows(el).find((r) => r.name === name);
  if (!row) throw new Error(`No setting named ${name}`);
  return row.control;
};
const input = (el: HTMLElement, name: string) => control(el, name).querySelector("input") as HTMLInputElement;
const type = async (field: HTMLInputElement, value: string) => {
  field.value = value;
  field.dispatchEvent(new Event("input"));
  await settle();
};

describe("the settings tab", () => {
  test("names every setting in sentence case", async () => {
    const { el } = await setUp();
    const names = rows(el).map((r) => r.name);
    expect(names.slice(0, 2)).toEqual(["Incubator tag", "Upstream fields"]);
    expect(names).toEqual(expect.arrayContaining(["Quiz notes", "Quiz folder", "Card format", "Deck", "Overview note", "Readiness checks"]));
    for (const name of names) expect(name).toMatch(/^[A-Z][^A-Z]*(?:[A-Z]{2,}[^A-Z]*)*$/);
  });

  test("a valid tag is saved and the vault re-indexed; an invalid one is refused and marked", async () => {
    const { el, plugin, mock } = await setUp();
    const tag = input(el, "Incubator tag");
    await type(tag, "two words");
    expect(tag.hasClass("incubator-invalid")).toBe(true);
    expect(plugin.settings.tag).toBe("incubator");
    await type(tag, "#sprout");
    expect(tag.hasClass("incubator-invalid")).toBe(false);
    expect(mock.data__).toMatchObject({ tag: "sprout" });
    // The index is rebuilt once typing stops.
    await plugin.sync.whenReady();
    expect(plugin.sync.index.paths()).toEqual(["B.md"]);
  });

  test("ten keystrokes in a setting rebuild the index once, with what was typed last; the index in use stays whole meanwhile", async () => {
    const { el, plugin } = await setUp();
    const rebuild = jest.spyOn(plugin.sync, "rebuild");
    const tag = input(el, "Incubator tag");
    for (const typed of ["s", "sp", "spr", "spro", "sprou", "sprout", "sprout/", "sprout/x", "sprout/", "sprout"]) await type(tag, typed);
    expect(plugin.sync.index.paths()).toEqual(["A.md"]);
    expect(plugin.indexing()).toMatchObject({ first: false });
    await plugin.sync.whenReady();
    expect(rebuild).toHaveBeenCalledTimes(1);
    expect(plugin.sync.index.paths()).toEqual(["B.md"]);
    expect(plugin.indexing()).toBeNull();
  });

  test("upstream fields take a comma-separated list", async () => {
    const { el, plugin } = await setUp();
    await type(input(el, "Incubator tag"), "sprout");
    await type(input(el, "Upstream fields"), "upstream, north");
    await plugin.sync.whenReady();
    expect(plugin.settings.upstreamKeys).toEqual(["upstream", "north"]);
    expect(plugin.snapshot().notes[0].upstream).toEqual([{ link: "Up", path: "Up.md" }]);
    await type(input(el, "Upstream fields"), " , ");
    expect(plugin.settings.upstreamKeys).toEqual(["upstream", "north"]);
  });

  test("the quiz folder must stay inside the vault", async () => {
    const { el, plugin, mock } = await setUp();
    const folder = input(el, "Quiz folder");
    await type(folder, "../outside");
    expect(folder.hasClass("incubator-invalid")).toBe(true);
    expect(plugin.settings.quiz.folder).toBe("Incubator quizzes");
    await type(folder, "Review/Quizzes/");
    expect(plugin.settings.quiz.folder).toBe("Review/Quizzes");
    expect(mock.data__).toMatchObject({ quiz: { folder: "Review/Quizzes" } });
  });

  test("a readiness check can be turned off", async () => {
    const { el, plugin } = await setUp();
    const toggle = control(el, "Has an upstream link").firstElementChild as HTMLElement;
    toggle.click();
    await settle();
    expect(plugin.settings.readinessChecks).not.toContain("no-upstream");
  });
});
