/** The settings tab: every setting with a sentence-case name, a description and validation. */
import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { ALL_PROBLEM_CODES } from "../core/settings";
import { ALL_CARD_KINDS, type CardKind } from "../core/quiz/card";
import { isQuizFormatName } from "../core/quiz/formats";
import { CHECK_NAMES } from "./readiness-names";
import { normaliseTag, vaultPathOrNull, type IncubatorSettings } from "./settings";

export interface SettingsHost {
  settings: IncubatorSettings;
  /** Saves the settings and, when `reindex` is true, rebuilds the index. */
  saveSettings(reindex: boolean): Promise<void>;
}

const FORMAT_NAMES = { "spaced-repetition": "Spaced Repetition plugin", anki: "Obsidian_to_Anki", callout: "Callouts (no plugin needed)" };
const KIND_NAMES: Record<CardKind, string> = {
  definition: "Definition cards: what is the term?",
  reversed: "Reversed cards: which term fits?",
  cloze: "Cloze cards of the term",
  question: "The note's own questions",
  comparison: "Comparison cards: what is the difference?",
  subject: "Subject cards: which one is this?",
  aspect: "Aspect cards: how do they differ?",
  choice: "Multiple choice cards",
  "point-list": "Key point lists: what are the advantages of a topic?",
  "step-order": "Step order: what comes after this step?",
  point: "Key point cards: why is this an advantage?",
};

const nonEmpty = (value: string): string | null => (value.trim() === "" ? null : value.trim());

/**
 * A text setting with validation: `parse` turns the typed text into a value, or null when it is
 * invalid (the field is marked and nothing is saved).
 */
function validatedText<T>(
  containerEl: HTMLElement,
  name: string,
  desc: string,
  value: string,
  parse: (text: string) => T | null,
  save: (value: T) => Promise<void>,
): void {
  new Setting(containerEl)
    .setName(name)
    .setDesc(desc)
    .addText((text) =>
      text.setValue(value).onChange(async (typed) => {
        const parsed = parse(typed);
        text.inputEl.toggleClass("incubator-invalid", parsed === null);
        if (parsed !== null) await save(parsed);
      }),
    );
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

    validatedText(containerEl, "Incubator tag", "Notes with this tag are incubator notes. Nested tags such as #incubator/aws count too.", settings.tag, normaliseTag, async (tag) => {
      if (tag === settings.tag) return;
      settings.tag = tag;
      await this.host.saveSettings(true);
    });

    const parseKeys = (value: string) => {
      const keys = value.split(",").map((k) => k.trim()).filter((k) => /^[\p{L}\p{N} _-]+$/u.test(k));
      return keys.length > 0 ? keys : null;
    };
    validatedText(containerEl, "Upstream fields", "Field names that link a note to its parent topic, separated by commas.", settings.upstreamKeys.join(", "), parseKeys, async (keys) => {
      settings.upstreamKeys = keys;
      await this.host.saveSettings(true);
    });

    this.displayQuiz(containerEl, settings);
    this.displayPromotion(containerEl, settings);

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

  private displayQuiz(containerEl: HTMLElement, settings: IncubatorSettings): void {
    new Setting(containerEl).setName("Quiz notes").setHeading();
    validatedText(containerEl, "Quiz folder", "Where quiz notes are written, inside the vault.", settings.quiz.folder, vaultPathOrNull, async (folder) => {
      settings.quiz.folder = folder;
      await this.host.saveSettings(false);
    });
    new Setting(containerEl)
      .setName("Card format")
      .setDesc("The review plugin the cards are written for.")
      .addDropdown((dropdown) =>
        dropdown
          .addOptions(FORMAT_NAMES)
          .setValue(settings.quiz.format)
          .onChange(async (value) => {
            if (!isQuizFormatName(value)) return;
            settings.quiz.format = value;
            await this.host.saveSettings(false);
          }),
      );
    validatedText(containerEl, "Deck", "The top deck; each upstream topic becomes a sub-deck.", settings.quiz.deck, nonEmpty, async (deck) => {
      settings.quiz.deck = deck;
      await this.host.saveSettings(false);
    });
    for (const kind of ALL_CARD_KINDS) {
      new Setting(containerEl).setName(KIND_NAMES[kind]).addToggle((toggle) =>
        toggle.setValue(settings.quiz.kinds.includes(kind)).onChange(async (on) => {
          settings.quiz.kinds = ALL_CARD_KINDS.filter((k) => (k === kind ? on : settings.quiz.kinds.includes(k)));
          await this.host.saveSettings(false);
        }),
      );
    }
    validatedText(containerEl, "Overview note", "The path of the overview note, inside the vault.", settings.overviewPath, vaultPathOrNull, async (path) => {
      settings.overviewPath = path;
      await this.host.saveSettings(false);
    });
  }

  private displayPromotion(containerEl: HTMLElement, settings: IncubatorSettings): void {
    const p = settings.promotion;
    new Setting(containerEl).setName("Promotion").setHeading();
    const orEmpty = (parse: (value: string) => string | null) => (value: string) => (value.trim() === "" ? "" : parse(value));
    validatedText(containerEl, "Next tag", "Replaces the incubator tag when a note is promoted. Leave empty to remove the tag.", p.nextTag, orEmpty(normaliseTag), async (tag) => {
      p.nextTag = tag;
      await this.host.saveSettings(false);
    });
    validatedText(containerEl, "Move to folder", "Promoted notes move here, with their links updated. Leave empty to keep them in place.", p.moveTo, orEmpty(vaultPathOrNull), async (folder) => {
      p.moveTo = folder;
      await this.host.saveSettings(false);
    });
    const toggles: [keyof Pick<typeof p, "addPromotedDate" | "linkFromUpstream" | "fixEncoding">, string, string][] = [
      ["addPromotedDate", "Add a promoted date", "Adds a promoted property with today's date."],
      ["linkFromUpstream", "Link from the upstream note", "Adds a link to the promoted note in its upstream note."],
      ["fixEncoding", "Repair encoding damage", "Replaces mis-decoded characters such as â€™ with the ones they stood for."],
    ];
    for (const [key, name, desc] of toggles) {
      new Setting(containerEl)
        .setName(name)
        .setDesc(desc)
        .addToggle((toggle) =>
          toggle.setValue(p[key]).onChange(async (on) => {
            p[key] = on;
            await this.host.saveSettings(false);
          }),
        );
    }
    validatedText(containerEl, "Upstream heading", "The heading in the upstream note under which promoted notes are linked.", p.upstreamHeading, nonEmpty, async (heading) => {
      p.upstreamHeading = heading;
      await this.host.saveSettings(false);
    });
  }
}
