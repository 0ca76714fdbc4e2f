/** The CLI's NoteStore: a vault folder on disk. */
import { lstatSync, promises as fs, readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import * as path from "node:path";
import { TextDecoder } from "node:util";
import { ReadProblem, type NoteFile, type SkippedFile, type WritableNoteStore } from "../core/vault/note-store";
import { comparePaths } from "../core/vault/vault-index";
import { isSameFile, placeAt, removeStaleTemps, tempPathFor, whyNotMove, wideEncoding } from "./file-safety";

/** Obsidian keeps its own data in dot-folders (`.obsidian`, `.trash`); they hold no notes. */
function isHidden(name: string): boolean {
  return name.startsWith(".");
}

/**
 * Listing and reading use synchronous calls behind the async interface: for thousands of small
 * files one at a time, the thread-pool round trip of each async call costs more than the read.
 */
export class FolderNoteStore implements WritableNoteStore {
  /** Files that could not be listed, with the reason, for the caller to report. */
  readonly skipped: SkippedFile[] = [];
  /** The other files the last listing found (images, PDFs): what links may lead to besides notes. */
  private found: string[] = [];
  /** Told how many files and folders the listing has looked at so far (progress on a huge folder). */
  onVisit?: (entries: number) => void;
  private visited = 0;

  constructor(readonly root: string) {}

  async list(): Promise<NoteFile[]> {
    return [...this.notes()];
  }

  /**
   * Every note in path order, as the walk finds it: a caller can start on the first notes before
   * the last are found. Each folder's entries are taken in the order of their names, a folder's
   * with `/` after it, which is the order of the full paths. Files that cannot be listed are in
   * `skipped`, in path order, once the walk is done.
   */
  *notes(): Generator<NoteFile> {
    this.found = [];
    this.visited = 0;
    yield* this.walk(this.root, "", new Set<string>());
    this.skipped.sort((a, b) => comparePaths(a.path, b.path));
    this.found.sort(comparePaths);
  }

  /** Files that are not notes, by vault path, as the last listing found them. */
  attachments(): readonly string[] {
    return this.found;
  }

  private *walk(dir: string, rel: string, seen: Set<string>): Generator<NoteFile> {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      this.skipped.push({ path: rel || ".", code: "unreadable", message: (error as Error).message });
      return;
    }
    // A symlink that points back up the tree would otherwise be walked forever.
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      this.skipped.push({ path: rel || ".", code: "unreadable", message: (error as Error).message });
      return;
    }
    const entries: { key: string; full: string; relPath: string; note: NoteFile | null }[] = [];
    for (const name of names) {
      this.onVisit?.(++this.visited);
      if (isHidden(name)) continue;
      const full = path.join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let stat: Stats;
      try {
        stat = lstatSync(full);
        if (stat.isSymbolicLink()) {
          const real = realpathSync(full);
          if (!this.isInside(real)) {
            this.skipped.push({ path: relPath, code: "outside-vault", message: `a link to ${real}, outside the vault` });
            continue;
          }
          stat = statSync(real);
        }
      } catch (error) {
        this.skipped.push({ path: relPath, code: "unreadable", message: (error as Error).message });
        continue;
      }
      if (stat.isDirectory()) entries.push({ key: `${name}/`, full, relPath, note: null });
      else if (stat.isFile() && name.toLowerCase().endsWith(".md")) {
        entries.push({ key: name, full, relPath, note: { path: relPath, mtime: stat.mtimeMs, size: stat.size } });
      } else if (stat.isFile()) this.found.push(relPath);
    }
    entries.sort((a, b) => comparePaths(a.key, b.key));
    for (const entry of entries) {
      if (entry.note) yield entry.note;
      else yield* this.walk(entry.full, entry.relPath, seen);
    }
  }

  private full(relPath: string): string {
    // `path.join` turns the `/` of a vault path into the platform's separator.
    return path.join(this.root, relPath);
  }

  /**
   * The note's text. A file with NUL bytes (binary) or bytes that are not UTF-8 is refused
   * rather than decoded with replacement characters: reading it lossily would make any later
   * write lose bytes.
   */
  async read(relPath: string): Promise<string> {
    const file = this.full(relPath);
    // Node decodes UTF-8 in one native call, far faster than reading bytes and decoding them
    // here. Bad bytes come out as U+FFFD: only a text holding that (or a NUL) is read again as
    // bytes, to tell a damaged file from one that really holds the character.
    const text = readFileSync(file, "utf8");
    if (!text.includes("\uFFFD") && !text.includes("\u0000")) return text;
    const buffer = readFileSync(file);
    const wide = wideEncoding(buffer);
    if (wide) throw new ReadProblem("utf16", `a ${wide} text, which Obsidian does not read as a note (it reads UTF-8): convert it to UTF-8`);
    if (buffer.subarray(0, 8192).includes(0)) throw new ReadProblem("binary", "a binary file, not a note");
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buffer);
    } catch {
      throw new ReadProblem("invalid-utf8", "not valid UTF-8 text");
    }
  }

  /** Folders swept of stale temporary files in this run: once each. */
  private readonly swept = new Set<string>();

  /**
   * A note about to be written (its current text is read first): its folder is swept once per run,
   * so that what a killed run left there goes even when the note itself needs no new write.
   */
  async readIfExists(relPath: string): Promise<string | null> {
    const dir = path.dirname(this.full(relPath));
    if (!this.swept.has(dir)) {
      this.swept.add(dir);
      await removeStaleTemps(dir);
    }
    try {
      return await this.read(relPath);
    } catch (error) {
      if ((error as Error & { code?: string }).code === "ENOENT") return null;
      throw error;
    }
  }

  /**
   * Atomic: the text goes to a temporary file in the same folder, which is then renamed over
   * the note, so a crash leaves either the old or the new bytes, never a mix.
   */
  async write(relPath: string, expected: string | null, text: string): Promise<boolean> {
    if ((await this.readIfExists(relPath)) !== expected) return false;
    const { target, mode } = await this.writableTarget(relPath);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = tempPathFor(target);
    try {
      await fs.writeFile(temp, text, { flag: "wx" });
      // The new bytes replace the file whole: it keeps the permissions it had (not the umask's).
      if (mode !== undefined) await fs.chmod(temp, mode);
      if (expected === null) {
        // A new file is linked into place, which fails if another process created it meanwhile.
        const placed = await placeAt(temp, target);
        await fs.rm(temp, { force: true });
        if (!placed) return false;
      } else await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    return true;
  }

  /**
   * Where a write to `relPath` goes, and the mode the file keeps. A symbolic link is written
   * through to its target when that is inside the vault, and refused when it leads out; a
   * read-only note is refused (a write would replace it, and so ignore its permission).
   */
  private async writableTarget(relPath: string): Promise<{ target: string; mode?: number }> {
    let target = this.full(relPath);
    let info: Stats;
    try {
      info = await fs.lstat(target);
    } catch {
      return { target };
    }
    if (info.isSymbolicLink()) {
      const real = await fs.realpath(target);
      if (!this.isInside(real)) throw new ReadProblem("outside-vault", `${relPath} is a link to ${real}, outside the vault: not written`);
      target = real;
      info = await fs.stat(real);
    }
    if ((info.mode & 0o222) === 0) throw new ReadProblem("read-only", `${relPath} is read-only: not written`);
    return { target, mode: info.mode & 0o7777 };
  }

  private rootReal?: string;

  /** Whether a real path lies inside the vault's folder (itself a real path). */
  private isInside(real: string): boolean {
    this.rootReal ??= realpathSync(this.root);
    return real === this.rootReal || real.startsWith(this.rootReal + path.sep);
  }

  whyNotMove(from: string, to: string): Promise<string | null> {
    return whyNotMove(this.root, from, to);
  }

  /** Never onto an existing file: the target is linked first (which fails if it exists), then the source removed. */
  async rename(from: string, to: string): Promise<boolean> {
    const source = this.full(from);
    const target = this.full(to);
    try {
      await fs.access(source);
    } catch {
      return false;
    }
    await fs.mkdir(path.dirname(target), { recursive: true });
    // A target that is already the source under a second name: a move a killed run half did.
    if (!(await placeAt(source, target)) && !(await isSameFile(source, target))) return false;
    await fs.unlink(source);
    return true;
  }
}
