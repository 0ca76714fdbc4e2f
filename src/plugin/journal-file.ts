/**
 * The plugin's journals, in its own folder (`.obsidian/plugins/incubator`): a promotion's plan
 * (core/promote/journal.ts) and a quiz run's targets (core/quiz/quiz-run-journal.ts). Each is
 * written before the first change of its run and removed after the last; at the next start, a
 * journal still there is a run Obsidian was closed (or crashed) in the middle of, and it is
 * finished. The files are no notes, so they go through the adapter, as the plugin's `data.json` does.
 */
import { normalizePath, Notice, type App, type PluginManifest } from "obsidian";

export type JournalName = "promotion-journal.json" | "quiz-run.json";

export class JournalFile {
  readonly path: string;

  constructor(
    private readonly app: App,
    manifest: PluginManifest,
    name: JournalName,
  ) {
    this.path = normalizePath(`${manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`}/${name}`);
  }

  write(journal: unknown): Promise<void> {
    return this.app.vault.adapter.write(this.path, JSON.stringify(journal));
  }

  async remove(): Promise<void> {
    if (await this.app.vault.adapter.exists(this.path)) await this.app.vault.adapter.remove(this.path);
  }

  /** The journal's text, or null when there is none. */
  async read(): Promise<string | null> {
    return (await this.app.vault.adapter.exists(this.path)) ? this.app.vault.adapter.read(this.path) : null;
  }

  /**
   * Finishes the run this journal was left by, if it is there, and says what was done. One that
   * cannot be read is left, and said so: it is written before any note, so no note was changed.
   * When finishing fails, `keep` says whether to try again at the next start.
   */
  async finish<T>(what: string, parse: (text: string) => T | null, finish: (journal: T) => Promise<string[]>, keep: boolean): Promise<void> {
    let failed = false;
    try {
      const text = await this.read();
      if (text === null) return;
      const journal = parse(text);
      if (journal === null) {
        new Notice(`Incubator: ${this.path} is not ${what} this version reads; it was left as it is.`);
        return;
      }
      for (const line of await finish(journal)) new Notice(`Incubator: ${line}.`);
    } catch (error) {
      failed = true;
      new Notice(`Incubator: could not finish what ${what} names: ${(error as Error).message}`);
    }
    if (!failed || !keep) await this.remove().catch(() => undefined);
  }
}
