/** The settings tab: every setting with a sentence-case name, a description and validation. */
import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { ALL_PROBLEM_CODES } from "../core/settings";
import { CHECK_NAMES } from "./readiness-names";
import { normaliseTag, type IncubatorSettings } from "./settings";

export interface SettingsHost {
  settings: IncubatorSettings;
  /** Saves the settings and, when `reindex` is true, rebuilds the index. */
  saveSettings(reindex: boolean): Promise<void>;
}

export class IncubatorSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const settings = this.host.settings;

    new Setting(containerEl)
      .setName("Incubator tag")
      .setDesc("Notes with this tag are incubator notes. Nested tags such as #incubator/aws count too.")
      .addText((text) =>
        text
          .setValue(settings.tag)
          .onChange(async (value) => {
            const tag = normaliseTag(value);
            text.inputEl.toggleClass("incubator-invalid", tag === null);
            if (tag === null || tag === settings.tag) return;
            settings.tag = tag;
            await this.host.saveSettings(true);
          }),
      );

    new Setting(containerEl)
      .setName("Upstream fields")
      .setDesc("Field names that link a note to its parent topic, separated by commas.")
      .addText((text) =>
        text
          .setValue(settings.upstreamKeys.join(", "))
          .onChange(async (value) => {
            const keys = value.split(",").map((k) => k.trim()).filter((k) => /^[\p{L}\p{N} _-]+$/u.test(k));
            text.inputEl.toggleClass("incubator-invalid", keys.length === 0);
            if (keys.length === 0) return;
            settings.upstreamKeys = keys;
            await this.host.saveSettings(true);
          }),
      );

    new Setting(containerEl).setName("Readiness checks").setHeading();
    for (const code of ALL_PROBLEM_CODES) {
      new Setting(containerEl).setName(CHECK_NAMES[code]).addToggle((toggle) =>
        toggle.setValue(settings.readinessChecks.includes(code)).onChange(async (on) => {
          settings.readinessChecks = on
            ? ALL_PROBLEM_CODES.filter((c) => c === code || settings.readinessChecks.includes(c))
            : settings.readinessChecks.filter((c) => c !== code);
          await this.host.saveSettings(true);
        }),
      );
    }
  }
}
