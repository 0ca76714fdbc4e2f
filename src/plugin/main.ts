/** The plugin entry: wiring only. Behaviour lives in the core and in the classes wired here. */
import { Plugin } from "obsidian";
import { IndexSync } from "./index-sync";
import { settingsFromData, type IncubatorSettings } from "./settings";
import { IncubatorSettingTab } from "./settings-tab";

export default class IncubatorPlugin extends Plugin {
  settings!: IncubatorSettings;
  sync!: IndexSync;

  async onload(): Promise<void> {
    this.settings = settingsFromData(await this.loadData());
    this.sync = new IndexSync(this.app, this.settings, {
      now: () => performance.now(),
      onChange: (revision) => this.app.workspace.trigger("incubator:index-changed", revision),
    });
    this.addSettingTab(new IncubatorSettingTab(this.app, this, this));
    this.app.workspace.onLayoutReady(() => {
      this.sync.register(this);
      void this.sync.rebuild();
    });
  }

  async saveSettings(reindex: boolean): Promise<void> {
    await this.saveData(this.settings);
    if (reindex) await this.sync.rebuild(this.settings);
  }
}
