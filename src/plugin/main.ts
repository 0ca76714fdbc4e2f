/** The plugin entry: wiring only. Behaviour lives in the core and in the classes wired here. */
import { Plugin, type WorkspaceLeaf } from "obsidian";
import type { IndexSnapshot } from "../core/vault/vault-index";
import { IncubatorEvents } from "./events";
import { IndexSync, type ScanProgress } from "./index-sync";
import { indexedSnapshot } from "./indexed-snapshot";
import { registerCommands } from "./commands";
import { openNoteAt } from "./open-note";
import { QuizCommands } from "./quiz-commands";
import { PromotionCommands } from "./promotion/promotion-commands";
import { previewInModal } from "./promotion/promotion-modal";
import { isoDate } from "../core/iso-date";
import { IncubatorView, VIEW_TYPE_INCUBATOR, type PanelHost } from "./panel/incubator-view";
import type { PanelActions } from "./panel/view-model";
import { settingsFromData, type IncubatorSettings } from "./settings";
import { IncubatorSettingTab } from "./settings-tab";

export default class IncubatorPlugin extends Plugin implements PanelHost {
  settings!: IncubatorSettings;
  sync!: IndexSync;
  readonly events = new IncubatorEvents();
  quiz!: QuizCommands;
  promotion!: PromotionCommands;
  /** How the panel opens a note; replaceable where there is no editor (the preview page). */
  open: (path: string, line: number) => void = (path, line) => void openNoteAt(this.app, path, line);

  async onload(): Promise<void> {
    this.settings = settingsFromData(await this.loadData());
    this.sync = new IndexSync(this.app, this.settings, {
      now: () => performance.now(),
      onChange: (revision) => this.events.indexChanged(revision),
      onProgress: () => this.events.indexProgress(),
    });
    this.addSettingTab(new IncubatorSettingTab(this.app, this, this));
    this.registerView(VIEW_TYPE_INCUBATOR, (leaf: WorkspaceLeaf) => new IncubatorView(leaf, this));
    this.quiz = new QuizCommands(this);
    this.promotion = new PromotionCommands(this, previewInModal(this.app), () => isoDate(new Date()));
    this.addRibbonIcon("sprout", "Open incubator panel", () => void this.openPanel());
    registerCommands(this, () => this.openPanel(), this.quiz, this.promotion);
    this.app.workspace.onLayoutReady(() => {
      this.sync.register(this);
      // Runs cut short when Obsidian last closed are finished: a promotion before the first scan, a quiz run once it is done.
      void this.sync.rebuild(this.settings, this.promotion.finishInterrupted()).then(async () => {
        await this.sync.whenReady();
        await this.quiz.finishInterrupted();
      });
    });
  }

  async openPanel(): Promise<void> {
    const leaf = await this.app.workspace.ensureSideLeaf(VIEW_TYPE_INCUBATOR, "right", { active: true, reveal: false });
    // The view may be deferred until it is revealed.
    await this.app.workspace.revealLeaf(leaf);
  }

  onunload(): void {
    // A scan under way would go on reading the vault for a plugin that is gone.
    this.sync?.stop();
  }

  snapshot(): IndexSnapshot {
    return this.sync.index.snapshot();
  }

  indexedSnapshot(): Promise<IndexSnapshot> {
    return indexedSnapshot(this.sync);
  }

  indexing(): ScanProgress | null {
    return this.sync.progress();
  }

  tag(): string {
    return this.settings.tag;
  }

  actions(): PanelActions {
    return {
      quizNote: (path) => void this.quiz.quizNote(path),
      quizGroup: (upstream) => void this.quiz.quizGroup(upstream),
      promote: (paths) => void this.promotion.promote(paths),
    };
  }

  async saveSettings(reindex: boolean): Promise<void> {
    await this.saveData(this.settings);
    // Debounced: a setting typed letter by letter rebuilds the index once.
    if (reindex) await this.sync.requestRebuild(this.settings);
  }
}
