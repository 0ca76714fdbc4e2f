/** What every CLI command gets: its parsed arguments, the output streams, the vault. */
import { promises as fs } from "node:fs";
import { availableParallelism } from "node:os";
import { normaliseTag } from "../core/note/tags";
import { defaultCoreSettings, type CoreSettings } from "../core/settings";
import { loadStore, type SkippedFile } from "../core/vault/note-store";
import { VaultIndex, type IndexSnapshot } from "../core/vault/vault-index";
import { InputError, UsageError, type ParsedArgs } from "./args";
import { FolderNoteStore } from "./folder-store";
import { Progress } from "./progress";
import { loadOnTwoThreads, ReaderThread } from "./threaded-load";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

export interface CommandContext {
  args: ParsedArgs;
  io: CliIO;
  settings: CoreSettings;
  store: FolderNoteStore;
  snapshot: IndexSnapshot;
  /** Files that could not be read; reported on stderr, listed by `check`. */
  skipped: SkippedFile[];
  /** The clock progress is timed by (milliseconds). */
  now: () => number;
}

/** The last line of every `--dry-run`. */
export const NOTHING_WRITTEN = "Dry run: nothing was written.\n";

export async function openVault(dir: string | undefined): Promise<FolderNoteStore> {
  if (!dir) throw new UsageError("missing <vault> folder");
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch {
    throw new InputError(`cannot read vault folder: ${dir}`);
  }
  if (!stat.isDirectory()) throw new InputError(`not a folder: ${dir}`);
  return new FolderNoteStore(dir);
}

/** How the CLI runs beyond its arguments: set by its entry point, left out in tests. */
export interface CliOptions {
  /** The reader thread's script; without it, every file is read on the main thread. */
  readerScript?: string;
  /** The clock progress is timed by (milliseconds). */
  now?: () => number;
}

/**
 * Below this many notes no reader thread is started. The benchmark's vaults: at 50,000 notes two
 * threads were faster in every run (1.1–1.3× the read floor against 1.6–2.1× on one thread); at
 * 10,000 they were faster in four runs of six and slower in the two on a loaded machine.
 */
const READER_MIN_FILES = 20000;

export async function indexVault(
  store: FolderNoteStore,
  settings: CoreSettings,
  io: CliIO,
  options: CliOptions = {},
): Promise<{ snapshot: IndexSnapshot; skipped: SkippedFile[] }> {
  const index = new VaultIndex(settings, undefined, { readOnce: true });
  const reporter = new Progress(io, options.now ?? Date.now);
  store.onVisit = (entries) => reporter.update(`Listing the vault: ${entries} files and folders`);
  const progress = (done: number, total: number) => reporter.update(`Reading and modelling notes: ${done}/${total}`);
  const maxBytes = settings.maxNoteBytes;
  // Two threads need a second core and the reader's script; one thread reads small vaults.
  const script = options.readerScript;
  const { count, skipped } =
    script !== undefined && availableParallelism() > 1
      ? await loadOnTwoThreads(store, index, { startReader: () => new ReaderThread(script), minFiles: READER_MIN_FILES, maxBytes, tag: settings.tag, onProgress: progress })
      : await loadStore(store, index, { maxBytes, onProgress: progress });
  if (count === 0) throw new InputError(`no Markdown notes in ${store.root}`);
  reporter.done();
  store.onVisit = undefined;
  const all = [...store.skipped, ...skipped];
  for (const s of all) io.stderr(`incubator: skipped ${s.path}: ${s.code}: ${s.message}\n`);
  return { snapshot: index.snapshot(), skipped: all };
}

export function settingsFrom(options: Map<string, string | true>): CoreSettings {
  const settings = defaultCoreSettings();
  const tag = options.get("tag");
  if (typeof tag === "string") {
    const valid = normaliseTag(tag);
    if (valid === null) throw new UsageError(`invalid tag: ${tag} (letters, digits, _, - and / only)`);
    settings.tag = valid;
  }
  const maxBytes = options.get("max-note-bytes");
  if (typeof maxBytes === "string") {
    if (!/^\d+$/.test(maxBytes) || Number(maxBytes) <= 0) throw new UsageError(`invalid --max-note-bytes: ${maxBytes}`);
    settings.maxNoteBytes = Number(maxBytes);
  }
  const keys = options.get("upstream-keys");
  if (typeof keys === "string") {
    settings.upstreamKeys = keys.split(",").map((k) => k.trim()).filter((k) => k);
    if (settings.upstreamKeys.length === 0) throw new UsageError("--upstream-keys needs at least one key");
  }
  return settings;
}

export function option(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Every note of the vault, by path: listed again, for the rare message that needs them all. */
export async function listedPaths(ctx: CommandContext): Promise<string[]> {
  return (await ctx.store.list()).map((f) => f.path);
}
