/**
 * What the CLI's folder store needs to write safely on a real file system: placing a new file
 * only where nothing stands, checking a move before anything is written, cleaning what killed
 * runs left, and telling wide encodings from binary files.
 */
import { constants as fsConstants, promises as fs, type Stats } from "node:fs";
import * as path from "node:path";

/** Whether a process is still running (another write in progress). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as Error & { code?: string }).code === "EPERM";
  }
}

/** A temporary file's name: `.<name>.incubator-<pid>-<time>.tmp`, hidden, beside the file it becomes. */
const TEMP = /^\..+\.incubator-(\d+)-\d+\.tmp$/;

/** Where the new bytes of `target` are written before they are put in place. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.incubator-${process.pid}-${Date.now()}.tmp`);
}

/**
 * Temporary files that earlier writes into `dir` left behind when their process was killed
 * between writing one and putting it in place: the files kept their old or their new bytes, and
 * the temporary file is only a copy. One of a process that is still running (a write in progress)
 * is left alone, and so is anything not named as `tempPathFor` names them.
 */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP.exec(name)?.[1];
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: `force` matters only when another process removes the file between the listing and this line.
    if (pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid))) await fs.rm(path.join(dir, name), { force: true });
  }
}

/** UTF-16 or UTF-32 text, told by its byte order mark (such text is full of NUL bytes, like a binary file). */
export function wideEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "UTF-32";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32";
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return "UTF-16";
  return null;
}

/**
 * Makes `target` a second name of `source`, only if nothing stands at `target` yet (false then,
 * nothing changed): a hard link, or on a file system without them an exclusive copy.
 */
export async function placeAt(source: string, target: string): Promise<boolean> {
  try {
    await fs.link(source, target);
    return true;
  } catch (error) {
    const code = (error as Error & { code?: string }).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw error;
  }
  try {
    await fs.copyFile(source, target, fsConstants.COPYFILE_EXCL);
    return true;
  } catch (copyError) {
    if ((copyError as Error & { code?: string }).code === "EEXIST") return false;
    throw copyError;
  }
}

/**
 * Whether two paths are one file: a move links the target first and removes the source after, so
 * a run killed between the two leaves both names — the move is then half done, not blocked.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** Why a note cannot be moved from `from` to `to` in the vault at `root`, or null (WritableNoteStore.whyNotMove). */
export async function whyNotMove(root: string, from: string, to: string): Promise<string | null> {
  const target = path.join(root, to);
  const taken = await fs.lstat(target).then(
    () => true,
    () => false,
  );
  if (taken) return (await isSameFile(path.join(root, from), target)) ? null : `${to} exists`;
  // The nearest folder on the way that exists must be a folder, and writable.
  let dir = path.dirname(target);
  for (;;) {
    let info: Stats;
    try {
      info = await fs.stat(dir);
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return "no folder to create it in";
      dir = parent;
      continue;
    }
    if (!info.isDirectory()) return `${path.relative(root, dir).split(path.sep).join("/")} is a file, not a folder`;
    if ((info.mode & 0o222) === 0) return `${path.relative(root, dir).split(path.sep).join("/") || "the vault folder"} is read-only`;
    break;
  }
  const source = await fs.lstat(path.join(root, from)).catch(() => null);
  return source ? null : `${from} is gone`;
}
