/**
 * The preview page: the real plugin (settings, index sync, panel view) over examples/vault,
 * running on the same fake Obsidian API as the tests. `window.incubatorPreview` lets a browser
 * test (or a curious reader in the console) open notes and change the vault.
 */
import { setup } from "obsidian-test-mocks/setup";
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import vault from "virtual:example-vault";
import IncubatorPlugin from "../src/plugin/main";
import { VIEW_TYPE_INCUBATOR, type IncubatorView } from "../src/plugin/panel/incubator-view";
import { fakeApp, mountPanel, openInEditor, settle } from "../tests/helpers/fake-obsidian";

interface PreviewApi {
  opened: { path: string; line: number }[];
  ready: boolean;
  /** Milliseconds to render the panel: from scratch, or after one note changed. */
  timeFullRender(): number;
  timeUpdate(path: string, text: string): Promise<number>;
  openNote(path: string): Promise<void>;
  writeNote(path: string, text: string): Promise<void>;
  setTheme(theme: "light" | "dark"): void;
}

declare global {
  interface Window {
    incubatorPreview: PreviewApi;
  }
}

const manifest = { id: "incubator", name: "Incubator", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" } as PluginManifest;

async function main(): Promise<void> {
  setup();
  const fake = fakeApp(vault);
  const plugin = new IncubatorPlugin(fake.api as ObsidianApp, manifest);
  await plugin.onload();
  fake.layoutReady();
  await settle();

  const editor = document.getElementById("editor") as HTMLElement;
  const openedEl = document.getElementById("opened") as HTMLElement;
  const select = document.getElementById("active-note") as HTMLSelectElement;
  const toggle = document.getElementById("theme-toggle") as HTMLButtonElement;
  let view: IncubatorView | null = null;
  const api: PreviewApi = {
    opened: [],
    ready: false,
    timeFullRender() {
      const start = performance.now();
      view?.rerender(true);
      return performance.now() - start;
    },
    async timeUpdate(path, text) {
      await this.writeNote(path, text);
      // Index work (and the fake API's slow link lookups) is not the panel's: done before timing.
      plugin.snapshot();
      const start = performance.now();
      view?.rerender(false);
      return performance.now() - start;
    },
    async openNote(path) {
      await openInEditor(fake, path);
      select.value = path;
      editor.setText(await fake.app.vault.read(fake.file(path)));
    },
    async writeNote(path, text) {
      const existing = fake.app.vault.getFileByPath(path);
      if (existing) await fake.app.vault.modify(existing, text);
      else await fake.app.vault.create(path, text);
    },
    setTheme(theme) {
      document.body.toggleClass("theme-dark", theme === "dark");
      document.body.toggleClass("theme-light", theme === "light");
      toggle.setText(theme === "dark" ? "Light theme" : "Dark theme");
    },
  };
  window.incubatorPreview = api;

  plugin.open = (path, line) => {
    api.opened.push({ path, line });
    openedEl.setText(`Open ${path} at line ${line}`);
    void api.openNote(path);
  };

  for (const path of Object.keys(vault).sort()) select.createEl("option", { value: path, text: path });
  select.addEventListener("change", () => void (select.value ? api.openNote(select.value) : Promise.resolve()));
  toggle.addEventListener("click", () => api.setTheme(document.body.hasClass("theme-dark") ? "light" : "dark"));

  view = await mountPanel<IncubatorView>(fake, plugin, VIEW_TYPE_INCUBATOR, document.getElementById("panel") as HTMLElement);
  // The first scan is time-sliced; the page is ready when it is done and shown.
  await plugin.sync.whenReady();
  view.refresh();
  api.ready = true;
}

void main();
