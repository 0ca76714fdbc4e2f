/**
 * The plugin's promotion journal (core/promote/journal.ts): `promotion-journal.json` in the
 * plugin's own folder. It is written before a promotion's first change and removed after its
 * last; at the next start, a journal still there is a promotion Obsidian was closed (or crashed)
 * in the middle of, and it is finished. The file is no note, so it goes through the adapter, as
 * the plugin's `data.json` does.
 */
import { normalizePath, type DataAdapter } from "obsidian";
import { journalOf, parseJournal, type PromotionJournal } from "../../core/promote/journal";
import type { PromotionPlan } from "../../core/promote/planner";

export class JournalFile {
  readonly path: string;

  constructor(
    private readonly adapter: DataAdapter,
    pluginDir: string,
  ) {
    this.path = normalizePath(`${pluginDir}/promotion-journal.json`);
  }

  write(plan: PromotionPlan): Promise<void> {
    return this.adapter.write(this.path, JSON.stringify(journalOf(plan)));
  }

  async remove(): Promise<void> {
    if (await this.adapter.exists(this.path)) await this.adapter.remove(this.path);
  }

  /** The journal left by an interrupted promotion; null when there is none; "damaged" when it cannot be read as one. */
  async read(): Promise<PromotionJournal | "damaged" | null> {
    if (!(await this.adapter.exists(this.path))) return null;
    return parseJournal(await this.adapter.read(this.path)) ?? "damaged";
  }
}
