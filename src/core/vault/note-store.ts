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

/** Why a file was not read. */
export type SkipCode = "too-large" | "binary" | "invalid-utf8" | "utf16" | "unreadable" | "outside-vault" | "read-only";

export interface SkippedFile {
  path: string;
  code: SkipCode;
  message: string;
}

/** Thrown by a store's `read` when a file cannot be read as a note. */
export class ReadProblem extends Error {
  constructor(
    readonly code: SkipCode,
    message: string,
  ) {
    super(message);
  }
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
  /**
   * Why moving `from` to `to` cannot work (the target is taken, a file stands where a folder must
   * go, the folder is read-only), or null: asked before anything of a promotion is written.
   */
  whyNotMove?(from: string, to: string): Promise<string | null>;
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

/** Why one file was not read: a `SkippedFile` without its path. */
export type ReadFailure = Omit<SkippedFile, "path">;

/** The index a store is loaded into: notes parsed, other files kept as link targets. */
export interface LoadTarget {
  upsert(path: string, text: string, mtime?: number): unknown;
  addFile(path: string): unknown;
}

/** One file's text, or why it cannot be read as a note (too large, binary, not UTF-8, gone or locked). */
export async function readNote(store: NoteStore, file: NoteFile, maxBytes: number): Promise<string | ReadFailure> {
  if (file.size > maxBytes) return { code: "too-large", message: `${file.size} bytes, over the limit of ${maxBytes}` };
  try {
    return await store.read(file.path);
  } catch (error) {
    return { code: error instanceof ReadProblem ? error.code : "unreadable", message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Puts what reading `file` came to into the index: a text is parsed; `null` (read, and screened
 * out: it cannot carry the tag) and a failure keep the file as a link target only.
 */
export function addRead(index: LoadTarget, file: NoteFile, result: string | ReadFailure | null, skipped: SkippedFile[]): void {
  if (typeof result === "string") {
    index.upsert(file.path, result, file.mtime);
    return;
  }
  if (result !== null) skipped.push({ path: file.path, ...result });
  index.addFile(file.path);
}

/** How loading reports progress: files done so far, of all. */
export type LoadProgress = (done: number, total: number) => void | Promise<void>;

/**
 * Reads every note of a store into the index. A file that cannot be read (too large, binary,
 * not UTF-8, gone or locked) is reported and skipped — never parsed, so never written — and the
 * rest of the vault is still read.
 */
export async function loadStore(
  store: NoteStore,
  index: LoadTarget,
  options: { maxBytes: number; onProgress?: LoadProgress },
): Promise<{ count: number; skipped: SkippedFile[] }> {
  const files = await store.list();
  const skipped: SkippedFile[] = [];
  await loadFiles(store, files, index, { ...options, skipped });
  return { count: files.length, skipped };
}

/** `loadStore` for files already listed, adding to `skipped`. */
export async function loadFiles(
  store: NoteStore,
  files: readonly NoteFile[],
  index: LoadTarget,
  options: { maxBytes: number; skipped: SkippedFile[]; onProgress?: LoadProgress },
): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    if (options.onProgress && (i + 1) % 500 === 0) await options.onProgress(i + 1, files.length);
    addRead(index, files[i], await readNote(store, files[i], options.maxBytes), options.skipped);
  }
}
