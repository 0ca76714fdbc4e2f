/** The plugin entry wires settings and the index, and starts work only once the layout is ready. */
import { Plugin } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import IncubatorPlugin from "../../src/plugin/main";
import { fakeApp, settle } from "../helpers/fake-obsidian";

const manifest = { id: "incubator", name: "Incubator", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" } as PluginManifest;

describe("IncubatorPlugin", () => {
  test("loads saved settings, indexes after layout ready, and re-indexes when the tag changes", async () => {
    const fake = fakeApp({ "Up.md": "# Up", "A.md": "#incubator\nupstream: [[Up]]\n\n**A** is a.", "B.md": "#sprout\n**B** is b." });
    const plugin = new IncubatorPlugin(fake.api as ObsidianApp, manifest);
    (plugin as unknown as Plugin).data__ = { upstreamKeys: ["upstream"] };
    await plugin.onload();
    expect(plugin.settings.upstreamKeys).toEqual(["upstream"]);
    expect(plugin.sync.index.size).toBe(0);

    fake.layoutReady();
    await plugin.sync.whenReady();
    expect(plugin.sync.index.paths()).toEqual(["A.md"]);

    plugin.settings.tag = "sprout";
    await plugin.saveSettings(true);
    expect(plugin.sync.index.paths()).toEqual(["B.md"]);
    expect((plugin as unknown as Plugin).data__).toMatchObject({ tag: "sprout" });
  });
});
