/**
 * The seam between the core and wherever notes live: Obsidian's vault in the plugin, a folder
 * in the CLI, a map in tests. One contract, checked against every implementation.
 */
export interface NoteFile {
  /** Vault-relative path with `/`. */
  path: string;
  /** Last modification time in milliseconds. */
  mtime: number;
  size: number;
}

export interface NoteStore {
  /** Every Markdown note of the vault. */
  list(): Promise<NoteFile[]>;
  read(path: string): Promise<string>;
}

export interface WritableNoteStore extends NoteStore {
  /** The note's text, or null when there is no such file. */
  readIfExists(path: string): Promise<string | null>;
  /**
   * Writes `text` to `path` only if the file still holds `expected` (null: it must not exist),
   * creating folders as needed. False, and nothing written, when the file changed meanwhile.
   */
  write(path: string, expected: string | null, text: string): Promise<boolean>;
  /** Moves a note, creating folders as needed; false, and nothing moved, if `to` exists or `from` does not. */
  rename(from: string, to: string): Promise<boolean>;
}

/** Notes kept in memory (tests, the preview page). */
export class MemoryNoteStore implements WritableNoteStore {
  private readonly notes = new Map<string, { text: string; mtime: number }>();

  constructor(files: Record<string, string> = {}, mtime = 0) {
    for (const [path, text] of Object.entries(files)) this.notes.set(path, { text, mtime });
  }

  set(path: string, text: string, mtime = 0): void {
    this.notes.set(path, { text, mtime });
  }

  delete(path: string): void {
    this.notes.delete(path);
  }

  list(): Promise<NoteFile[]> {
    const files = [...this.notes.entries()]
      .filter(([path]) => path.toLowerCase().endsWith(".md"))
      .map(([path, note]) => ({ path, mtime: note.mtime, size: note.text.length }));
    return Promise.resolve(files);
  }

  read(path: string): Promise<string> {
    const note = this.notes.get(path);
    return note ? Promise.resolve(note.text) : Promise.reject(new Error(`No such note: ${path}`));
  }

  readIfExists(path: string): Promise<string | null> {
    return Promise.resolve(this.notes.get(path)?.text ?? null);
  }

  write(path: string, expected: string | null, text: string): Promise<boolean> {
    if ((this.notes.get(path)?.text ?? null) !== expected) return Promise.resolve(false);
    this.notes.set(path, { text, mtime: this.notes.get(path)?.mtime ?? 0 });
    return Promise.resolve(true);
  }

  rename(from: string, to: string): Promise<boolean> {
    const note = this.notes.get(from);
    const taken = [...this.notes.keys()].some((p) => p.toLowerCase() === to.toLowerCase());
    if (!note || taken) return Promise.resolve(false);
    this.notes.delete(from);
    this.notes.set(to, note);
    return Promise.resolve(true);
  }
}

/** Reads every note of a store into the index, yielding between batches when asked to. */
export async function loadStore(
  store: NoteStore,
  index: { upsert(path: string, text: string, mtime?: number): unknown },
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<number> {
  const files = await store.list();
  let done = 0;
  for (const file of files) {
    index.upsert(file.path, await store.read(file.path), file.mtime);
    done++;
    if (onProgress && done % 500 === 0) await onProgress(done, files.length);
  }
  return files.length;
}
