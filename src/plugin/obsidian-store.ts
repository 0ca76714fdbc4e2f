/**
 * The plugin's WritableNoteStore: Obsidian's vault, with writes that never clobber a newer edit.
 * A note open in an editor is changed through the editor, so that its cursor, folds and undo
 * history stay, and saved at once.
 */
import { MarkdownView, normalizePath, TFile, TFolder, type App, type Editor } from "obsidian";
import type { NoteFile, WritableNoteStore } from "../core/vault/note-store";
import { parentFolder } from "../core/vault/vault-path";

export class ObsidianNoteStore implements WritableNoteStore {
  constructor(private readonly app: App) {}

  /** Through FileManager.renameFile, so that links to the note follow it; never onto an existing file. */
  async rename(from: string, to: string): Promise<boolean> {
    const file = this.app.vault.getFileByPath(normalizePath(from));
    const target = normalizePath(to);
    if (!file || this.app.vault.getAbstractFileByPath(target)) return false;
    const folder = parentFolder(target);
    if (folder && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
    await this.app.fileManager.renameFile(file, target);
    return true;
  }

  /** Paths of the vault's files and folders, lower-cased, read once: see `isTaken`. */
  private taken: Set<string> | null = null;

  /**
   * Whether a file or folder stands at `path` in any letter case (macOS, Windows and phones would
   * refuse a move onto it). The vault is listed once per store: a store serves one plan, or one
   * application whose moves are all checked before its first write.
   */
  isTaken(path: string): boolean {
    this.taken ??= new Set(this.app.vault.getAllLoadedFiles().map((f) => f.path.toLowerCase()));
    return this.taken.has(normalizePath(path).toLowerCase());
  }

  /**
   * Checked before a promotion writes anything. Another file whose path differs only in case
   * counts as taken: macOS, Windows and mobile file systems would refuse the move.
   */
  whyNotMove(from: string, to: string): Promise<string | null> {
    const { vault } = this.app;
    const target = normalizePath(to);
    if (!vault.getFileByPath(normalizePath(from))) return Promise.resolve(`${from} is gone`);
    if (this.isTaken(target)) return Promise.resolve(`${to} exists`);
    for (let dir = parentFolder(target); dir; dir = parentFolder(dir)) {
      const there = vault.getAbstractFileByPath(dir);
      if (there instanceof TFolder) break;
      if (there) return Promise.resolve(`${dir} is a file, not a folder`);
    }
    return Promise.resolve(null);
  }

  list(): Promise<NoteFile[]> {
    return Promise.resolve(this.app.vault.getMarkdownFiles().map((f) => ({ path: f.path, mtime: f.stat.mtime, size: f.stat.size })));
  }

  read(path: string): Promise<string> {
    const file = this.app.vault.getFileByPath(path);
    return file ? this.app.vault.read(file) : Promise.reject(new Error(`No such note: ${path}`));
  }

  async readIfExists(path: string): Promise<string | null> {
    const file = this.app.vault.getAbstractFileByPath(normalizePath(path));
    if (!file) return null;
    if (!(file instanceof TFile)) throw new Error(`${path} is a folder`);
    return this.app.vault.read(file);
  }

  /** The editor views showing a note. */
  private viewsOf(file: TFile): MarkdownView[] {
    return this.app.workspace
      .getLeavesOfType("markdown")
      .map((leaf) => leaf.view)
      .filter((view): view is MarkdownView => view instanceof MarkdownView && view.file === file);
  }

  /** Writes what is typed in the editors of these notes and not saved yet, so that a plan is made from it. */
  async saveOpen(paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      const file = this.app.vault.getFileByPath(normalizePath(path));
      if (file) for (const view of this.viewsOf(file)) await view.save();
    }
  }

  async write(path: string, expected: string | null, text: string): Promise<boolean> {
    const target = normalizePath(path);
    const file = this.app.vault.getFileByPath(target);
    const view = file ? this.viewsOf(file)[0] : undefined;
    if (file && view && expected !== null) {
      // Typed since the plan was made (the editor differs from it): left to the user.
      if (view.editor.getValue() !== expected || (await this.app.vault.read(file)) !== expected) return false;
      view.editor.transaction({ changes: [changeBetween(view.editor, expected, text)] });
      await view.save();
      return true;
    }
    if (file) {
      if (expected === null) return false;
      let written = false;
      // Vault.process reads and writes in one step: a change made since we read is not overwritten.
      await this.app.vault.process(file, (current) => {
        if (current !== expected) return current;
        written = true;
        return text;
      });
      return written;
    }
    if (expected !== null) return false;
    const folder = parentFolder(target);
    if (folder && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
    await this.app.vault.create(target, text);
    return true;
  }
}

/** The one change that turns `before` into `after` (what lies between their common start and end), in editor positions. */
function changeBetween(editor: Editor, before: string, after: string): { from: ReturnType<Editor["offsetToPos"]>; to: ReturnType<Editor["offsetToPos"]>; text: string } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: editor.offsetToPos(start), to: editor.offsetToPos(before.length - end), text: after.slice(start, after.length - end) };
}
