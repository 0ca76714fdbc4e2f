/**
 * Keeps the core's VaultIndex in step with Obsidian: a time-sliced first scan once the layout is
 * ready, then one update per metadata or vault event.
 *
 * The first scan reads every note within the size limit (a few at a time) and lets the core's
 * tag screen decide, exactly as the CLI does, so that the panel and the CLI give one answer for
 * one folder. Obsidian's metadata cache is not asked which notes are candidates: it misses
 * frontmatter behind a byte order mark, reads `tags: seed, incubator` differently from SPEC §1,
 * and has no entry for a note it has not indexed yet.
 */
import { TFile, TFolder, type App, type Component, type TAbstractFile } from "obsidian";
import type { CoreSettings } from "../core/settings";
import type { LinkResolver } from "../core/vault/link-resolver";
import { VaultIndex } from "../core/vault/vault-index";

/**
 * Longest stretch of start-up work before yielding to Obsidian, in milliseconds. A slice ends
 * after the note that crosses it, the first notes run on code not yet optimised, and reading
 * every note makes garbage: a young-generation collection (some 5 ms on a large heap) can land on
 * a slice. 6 ms keeps the longest task near 15–25 ms on 50,000 notes (8 ms: 19–25 ms; the total
 * is 10% longer), well under the 50 ms a task may take before the app feels stuck.
 */
const SLICE_MS = 6;

/** How many reads the first scan keeps under way at once. */
const READ_AHEAD = 16;

const nextTask = () => new Promise((resolve) => window.setTimeout(resolve, 0));

/**
 * Every Markdown file, folder by folder. Unlike `getMarkdownFiles()`, which lists the whole vault
 * in one call, the walk can pause between any two files; each folder's children are copied, so
 * files added or removed meanwhile never make it skip a sibling (events cover those files).
 */
function* markdownFiles(root: TFolder): Generator<TFile> {
  const folders: TFolder[] = [root];
  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    for (const child of [...folder.children]) {
      if (child instanceof TFolder) folders.push(child);
      else if (child instanceof TFile && child.extension === "md") yield child;
    }
  }
}

/** The items in arrays of `size` (the last may be shorter), as they come. */
function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

class MetadataLinkResolver implements LinkResolver {
  constructor(private readonly app: App) {}

  resolve(link: string, fromPath: string): string | null {
    return this.app.metadataCache.getFirstLinkpathDest(link, fromPath)?.path ?? null;
  }
}

export interface IndexSyncOptions {
  /** A monotonic clock in milliseconds (`performance.now` in the app). */
  now: () => number;
  /** Called after every change of the index, with its new revision. */
  onChange: (revision: number) => void;
}

export class IndexSync {
  index: VaultIndex;
  private generation = 0;
  private building: Promise<void> = Promise.resolve();

  constructor(
    private readonly app: App,
    private settings: CoreSettings,
    private readonly options: IndexSyncOptions,
  ) {
    this.index = new VaultIndex(settings, new MetadataLinkResolver(app));
  }

  /** Subscribes to vault and metadata events through `owner`, so they end when it unloads. */
  register(owner: Component): void {
    const { metadataCache, vault } = this.app;
    owner.registerEvent(metadataCache.on("changed", (file, data) => this.changed(file, data)));
    owner.registerEvent(vault.on("create", (file) => this.created(file)));
    owner.registerEvent(vault.on("delete", (file) => this.apply(this.index.remove(file.path))));
    owner.registerEvent(vault.on("rename", (file, oldPath) => void this.renamed(file, oldPath)));
  }

  /** Resolves once the latest full scan has finished, including one started while waiting. */
  async whenReady(): Promise<void> {
    for (let current = this.building; ; current = this.building) {
      await current;
      if (current === this.building) return;
    }
  }

  /**
   * Reads the whole vault into a fresh index, in slices so that no task blocks the app for long;
   * the scan starts once `after` settles (start-up work that changes notes, such as finishing an
   * interrupted promotion, goes first).
   */
  rebuild(settings: CoreSettings = this.settings, after?: Promise<unknown>): Promise<void> {
    this.building = this.scan(settings, after);
    return this.building;
  }

  private async scan(settings: CoreSettings, after?: Promise<unknown>): Promise<void> {
    this.settings = settings;
    const generation = ++this.generation;
    // The new index is live at once, so that events during the scan update it, not a stale one.
    const index = new VaultIndex(settings, new MetadataLinkResolver(this.app));
    this.index = index;
    await after;
    // Layout-ready callbacks of every plugin share one task: the scan starts in a task of its own.
    await nextTask();
    if (generation !== this.generation) return;
    let sliceStart = this.options.now();
    for (const batch of inBatches(markdownFiles(this.app.vault.getRoot()), READ_AHEAD)) {
      // A note over the size limit is never read (and so never parsed or written).
      const texts = await Promise.all(batch.map((file) => (file.stat.size > settings.maxNoteBytes ? Promise.resolve(null) : this.readStill(file))));
      for (let i = 0; i < batch.length; i++) {
        if (generation !== this.generation) return;
        const file = batch[i];
        // A file deleted or moved since the walk listed its folder: its own event updated the index.
        if (this.app.vault.getAbstractFileByPath(file.path) !== file) continue;
        const text = texts[i];
        if (text === null) index.markPlain(file.path);
        else index.upsert(file.path, text, file.stat.mtime);
        if (this.options.now() - sliceStart > SLICE_MS) {
          await nextTask();
          sliceStart = this.options.now();
        }
      }
    }
    if (generation === this.generation) this.options.onChange(index.revision);
  }

  /**
   * The text of a file, or null when it is deleted or moved before the read completes (its own
   * event has updated the index then).
   */
  private async readStill(file: TFile): Promise<string | null> {
    try {
      const text = await this.app.vault.cachedRead(file);
      return this.app.vault.getAbstractFileByPath(file.path) === file ? text : null;
    } catch {
      return null;
    }
  }

  private apply(changed: boolean): void {
    if (changed) this.options.onChange(this.index.revision);
  }

  private changed(file: TFile, data: string): void {
    if (data.length > this.settings.maxNoteBytes) this.apply(this.index.markPlain(file.path));
    else this.apply(this.index.upsert(file.path, data, file.stat.mtime));
  }

  /** A new file can be an upstream target; whether it is an incubator note, `changed` tells. */
  private created(file: TAbstractFile): void {
    if (file instanceof TFile) this.apply(this.index.addFile(file.path));
  }

  private async renamed(file: TAbstractFile, oldPath: string): Promise<void> {
    if (!(file instanceof TFile)) return;
    // Read again, as the first scan would: the core's screen decides whether it is an incubator note.
    const wanted = file.extension === "md" && file.stat.size <= this.settings.maxNoteBytes;
    const text = wanted ? ((await this.readStill(file)) ?? undefined) : undefined;
    this.index.rename(oldPath, file.path, text, file.stat.mtime);
    this.options.onChange(this.index.revision);
  }
}
