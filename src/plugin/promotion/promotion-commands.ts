/**
 * Promotion in the plugin (SPEC §7): plan, preview, apply on confirmation, undo. A note that is
 * not ready needs an explicit "Promote anyway" and then the preview of that forced plan.
 */
import { Notice, type App, type PluginManifest } from "obsidian";
import { describeFinished, finishPromotion, journalOf, parseJournal, type PromotionJournal } from "../../core/promote/journal";
import { moveChecks, planPromotion, type PromotionPlan, type PromotionRequest } from "../../core/promote/planner";
import { applyPromotion, undoPromotion, type UndoRecord } from "../../core/promote/promote-service";
import type { IndexSnapshot } from "../../core/vault/vault-index";
import { ObsidianNoteStore } from "../obsidian-store";
import type { IncubatorSettings } from "../settings";
import { JournalFile } from "../journal-file";
import type { PreviewChoice } from "./promotion-modal";

export interface PromotionHost {
  app: App;
  manifest: PluginManifest;
  settings: IncubatorSettings;
  /** The complete index, once a scan under way is done. */
  indexedSnapshot(): Promise<IndexSnapshot>;
}

export class PromotionCommands {
  /** The last applied promotion, for "Undo last promotion"; cleared once undone. */
  private lastUndo: UndoRecord | null = null;

  constructor(
    private readonly host: PromotionHost,
    private readonly preview: (plan: PromotionPlan) => Promise<PreviewChoice>,
    private readonly today: () => string,
  ) {}

  private journal(): JournalFile {
    return new JournalFile(this.host.app, this.host.manifest, "promotion-journal.json");
  }

  /** Finishes a promotion Obsidian was closed or stopped in the middle of; kept for the next start if that fails. */
  finishInterrupted(): Promise<void> {
    const finish = async (journal: PromotionJournal) => describeFinished(await finishPromotion(new ObsidianNoteStore(this.host.app), journal));
    return this.journal().finish("a promotion journal", parseJournal, finish, true);
  }

  canUndo(): boolean {
    return this.lastUndo !== null;
  }

  private async plan(paths: string[], force: boolean): Promise<PromotionPlan> {
    const { app, settings } = this.host;
    const store = new ObsidianNoteStore(app);
    const snapshot = await this.host.indexedSnapshot();
    // What is typed in an open note and not saved yet belongs in the plan.
    const upstreams = paths.flatMap((p) => snapshot.notes.find((n) => n.path === p)?.upstream.map((u) => u.path ?? "") ?? []);
    await store.saveOpen([...paths, ...upstreams.filter((u) => u)]);
    const requests: PromotionRequest[] = [];
    const upstreamTexts = new Map<string, string>();
    for (const path of paths) {
      const report = snapshot.notes.find((n) => n.path === path);
      if (!report) continue;
      requests.push({ report, text: await store.read(path) });
      for (const u of report.upstream) {
        if (settings.promotion.linkFromUpstream && u.path && !upstreamTexts.has(u.path)) {
          const text = await store.readIfExists(u.path);
          if (text !== null) upstreamTexts.set(u.path, text);
        }
      }
    }
    return planPromotion(requests, { ...settings.promotion, tag: settings.tag }, {
      today: this.today(),
      // In any letter case: macOS, Windows and phones would refuse the move.
      exists: (p) => store.isTaken(p),
      upstreamTexts,
      force,
      cannotMove: await moveChecks(store, paths, settings.promotion.moveTo),
    });
  }

  async promote(paths: string[]): Promise<void> {
    try {
      let plan = await this.plan(paths, false);
      if (plan.notes.length === 0) {
        new Notice("Incubator: nothing to promote.");
        return;
      }
      let choice = await this.preview(plan);
      if (choice === "force") {
        plan = await this.plan(paths, true);
        choice = await this.preview(plan);
      }
      if (choice !== "apply") return;
      // The plan is journaled first: a promotion cut short (Obsidian closed, a crash) is finished at the next start.
      const journal = this.journal();
      const journaled = plan.files.length > 0 || plan.moves.length > 0;
      if (journaled) await journal.write(journalOf(plan));
      const result = await applyPromotion(new ObsidianNoteStore(this.host.app), plan);
      if (journaled) await journal.remove();
      if (result.undo.files.length > 0 || result.undo.moves.length > 0) this.lastUndo = result.undo;
      const promoted = plan.notes.filter((n) => !n.refused).length;
      new Notice(`Incubator: promoted ${promoted} note${promoted === 1 ? "" : "s"}; ${result.written.length} file${result.written.length === 1 ? "" : "s"} changed.`);
      for (const skip of result.skipped) new Notice(`Incubator: skipped ${skip.path}: ${skip.reason}`);
    } catch (error) {
      new Notice(`Incubator: ${(error as Error).message}`);
    }
  }

  async promoteReady(): Promise<void> {
    const ready = (await this.host.indexedSnapshot()).notes.filter((n) => n.ready).map((n) => n.path);
    if (ready.length === 0) {
      new Notice("Incubator: no note is ready for promotion.");
      return;
    }
    await this.promote(ready);
  }

  async undo(): Promise<void> {
    const record = this.lastUndo;
    if (!record) {
      new Notice("Incubator: there is no promotion to undo.");
      return;
    }
    const result = await undoPromotion(new ObsidianNoteStore(this.host.app), record);
    this.lastUndo = null;
    new Notice(`Incubator: undid the promotion of ${result.restored.length} file${result.restored.length === 1 ? "" : "s"}.`);
    for (const skip of result.skipped) new Notice(`Incubator: not undone ${skip.path}: ${skip.reason}`);
  }
}
