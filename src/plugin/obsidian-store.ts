/** The plugin's WritableNoteStore: Obsidian's vault, with writes that never clobber a newer edit. */
import { normalizePath, TFile, TFolder, type App } from "obsidian";
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

  /**
   * Checked before a promotion writes anything. Another file whose path differs only in case
   * counts as taken: macOS, Windows and mobile file systems would refuse the move.
   */
  whyNotMove(from: string, to: string): Promise<string | null> {
    const { vault } = this.app;
    const target = normalizePath(to);
    if (!vault.getFileByPath(normalizePath(from))) return Promise.resolve(`${from} is gone`);
    const lower = target.toLowerCase();
    if (vault.getAbstractFileByPath(target) || vault.getAllLoadedFiles().some((f) => f.path.toLowerCase() === lower)) return Promise.resolve(`${to} exists`);
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

  async write(path: string, expected: string | null, text: string): Promise<boolean> {
    const target = normalizePath(path);
    const file = this.app.vault.getFileByPath(target);
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
