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
  /** Called as a scan goes on, at most every `PROGRESS_MS`, and when it ends. */
  onProgress?: () => void;
  /** How long `requestRebuild` waits for the next request before it rebuilds (default 500 ms). */
  rebuildDelayMs?: number;
}

/** How far a scan has come. `first`: no complete index exists yet (the first scan since start). */
export interface ScanProgress {
  done: number;
  total: number;
  first: boolean;
}

/** How often a scan reports its progress, in milliseconds. */
const PROGRESS_MS = 250;

/**
 * The live index is always a complete one: a scan builds its own and swaps it in when done. Until
 * the first scan ends the live index is empty and `progress()` says so; events meanwhile go to the
 * index being built (and to the live one, once there is a complete one).
 */
export class IndexSync {
  index: VaultIndex;
  private generation = 0;
  private building: Promise<void> = Promise.resolve();
  private next: VaultIndex | null = null;
  private scanned: ScanProgress | null = null;
  private complete = false;
  /** Events per path, numbered, so that a read that began before the latest event is not used. */
  private eventCount = 0;
  private readonly lastEvent = new Map<string, number>();
  /** A rebuild asked for and not started yet: its timer, and the promise its callers wait on. */
  private requested: { timer: number; done: Promise<void>; resolve: () => void } | null = null;

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
    owner.registerEvent(vault.on("delete", (file) => this.apply(file.path, (index) => index.remove(file.path))));
    owner.registerEvent(vault.on("rename", (file, oldPath) => void this.renamed(file, oldPath)));
  }

  /** Resolves once the latest full scan has finished, including one asked for or started while waiting. */
  async whenReady(): Promise<void> {
    for (let current = this.requested?.done ?? this.building; ; current = this.requested?.done ?? this.building) {
      await current;
      if (!this.requested && current === this.building) return;
    }
  }

  /** How far the scan under way (or asked for) has come; null when none is. */
  progress(): ScanProgress | null {
    if (this.scanned) return { ...this.scanned };
    return this.requested ? { done: 0, total: this.app.vault.getMarkdownFiles().length, first: !this.complete } : null;
  }

  /**
   * A rebuild once no other request has come for `rebuildDelayMs`: typing a setting letter by
   * letter rebuilds the index once, with what was typed last. Resolves when that rebuild is done.
   */
  requestRebuild(settings: CoreSettings): Promise<void> {
    this.settings = settings;
    if (this.requested) window.clearTimeout(this.requested.timer);
    else {
      let resolve = () => undefined as void;
      const done = new Promise<void>((r) => (resolve = r));
      this.requested = { timer: 0, done, resolve };
    }
    const requested = this.requested;
    requested.timer = window.setTimeout(() => {
      this.requested = null;
      void this.rebuild(this.settings).then(requested.resolve);
    }, this.options.rebuildDelayMs ?? 500);
    this.options.onProgress?.();
    return requested.done;
  }

  /** Stops a scan under way (the plugin is unloading): it reads nothing more and swaps nothing in. */
  stop(): void {
    if (this.requested) {
      window.clearTimeout(this.requested.timer);
      this.requested.resolve();
    }
    this.requested = null;
    this.generation++;
    this.next = null;
    this.scanned = null;
  }

  /**
   * Reads the whole vault into a fresh index, in slices so that no task blocks the app for long;
   * the scan starts once `after` settles (start-up work that changes notes, such as finishing an
   * interrupted promotion, goes first). The index in use stays until the new one is complete.
   */
  rebuild(settings: CoreSettings = this.settings, after?: Promise<unknown>): Promise<void> {
    this.building = this.scan(settings, after);
    return this.building;
  }

  private async scan(settings: CoreSettings, after?: Promise<unknown>): Promise<void> {
    this.settings = settings;
    const generation = ++this.generation;
    const index = new VaultIndex(settings, new MetadataLinkResolver(this.app));
    this.next = index;
    this.scanned = { done: 0, total: this.app.vault.getMarkdownFiles().length, first: !this.complete };
    this.options.onProgress?.();
    await after;
    // Layout-ready callbacks of every plugin share one task: the scan starts in a task of its own.
    await nextTask();
    if (generation !== this.generation) return;
    let sliceStart = this.options.now();
    let told = sliceStart;
    for (const batch of inBatches(markdownFiles(this.app.vault.getRoot()), READ_AHEAD)) {
      const readFrom = this.eventCount;
      // A note over the size limit is never read (and so never parsed or written).
      const texts = await Promise.all(batch.map((file) => (file.stat.size > settings.maxNoteBytes ? Promise.resolve(null) : this.readStill(file))));
      for (let i = 0; i < batch.length; i++) {
        if (generation !== this.generation) return;
        const file = batch[i];
        this.scanned.done++;
        // A file deleted or moved since the walk listed its folder: its own event updated the index.
        if (this.app.vault.getAbstractFileByPath(file.path) !== file) continue;
        // An event since the read began brought newer text than the read's.
        if ((this.lastEvent.get(file.path) ?? -1) > readFrom) continue;
        const text = texts[i];
        if (text === null) index.markPlain(file.path);
        else index.upsert(file.path, text, file.stat.mtime);
        if (this.options.now() - sliceStart > SLICE_MS) {
          if (this.options.now() - told > PROGRESS_MS) {
            told = this.options.now();
            this.options.onProgress?.();
          }
          await nextTask();
          sliceStart = this.options.now();
        }
      }
    }
    if (generation !== this.generation) return;
    this.index = index;
    this.next = null;
    this.scanned = null;
    this.complete = true;
    this.options.onProgress?.();
    this.options.onChange(index.revision);
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

  /** Applies an event's change to the live index (once it is complete) and to the one being built. */
  private apply(path: string, change: (index: VaultIndex) => unknown): void {
    this.lastEvent.set(path, ++this.eventCount);
    if (this.next) change(this.next);
    if (!this.complete) return;
    if (change(this.index) !== false) this.options.onChange(this.index.revision);
  }

  private changed(file: TFile, data: string): void {
    // The limit is in bytes, as in the scan: `data` counts characters.
    if (file.stat.size > this.settings.maxNoteBytes) this.apply(file.path, (index) => index.markPlain(file.path));
    else this.apply(file.path, (index) => index.upsert(file.path, data, file.stat.mtime));
  }

  /** A new file can be an upstream target; whether it is an incubator note, `changed` tells. */
  private created(file: TAbstractFile): void {
    if (file instanceof TFile) this.apply(file.path, (index) => index.addFile(file.path));
  }

  private async renamed(file: TAbstractFile, oldPath: string): Promise<void> {
    if (!(file instanceof TFile)) return;
    const movedAt = ++this.eventCount;
    this.lastEvent.set(oldPath, movedAt);
    this.lastEvent.set(file.path, movedAt);
    // Read again, as the first scan would: the core's screen decides whether it is an incubator note.
    const wanted = file.extension === "md" && file.stat.size <= this.settings.maxNoteBytes;
    const read = wanted ? await this.readStill(file) : null;
    // A change that came during the read put newer text under the new path: only the old path goes.
    const newer = (this.lastEvent.get(file.path) ?? -1) > movedAt;
    this.apply(file.path, (index) => {
      if (newer) index.remove(oldPath);
      else index.rename(oldPath, file.path, read ?? undefined, file.stat.mtime);
      return true;
    });
  }
}
