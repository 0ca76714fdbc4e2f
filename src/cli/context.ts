/** What every CLI command gets: its parsed arguments, the output streams, the vault. */
import { promises as fs } from "node:fs";
import { defaultCoreSettings, type CoreSettings } from "../core/settings";
import { loadStore, type SkippedFile } from "../core/vault/note-store";
import { VaultIndex, type IndexSnapshot } from "../core/vault/vault-index";
import { InputError, UsageError, type ParsedArgs } from "./args";
import { FolderNoteStore } from "./folder-store";

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
}

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

export async function indexVault(
  store: FolderNoteStore,
  settings: CoreSettings,
  io: CliIO,
): Promise<{ snapshot: IndexSnapshot; skipped: SkippedFile[] }> {
  const index = new VaultIndex(settings, undefined, { readOnce: true });
  const progress = io.isTTY ? (done: number, total: number) => io.stderr(`\rReading notes: ${done}/${total}`) : undefined;
  const { count, skipped } = await loadStore(store, index, { maxBytes: settings.maxNoteBytes, onProgress: progress });
  if (progress && count >= 500) io.stderr("\r\x1b[K");
  if (count === 0) throw new InputError(`no Markdown notes in ${store.root}`);
  const all = [...store.skipped, ...skipped];
  for (const s of all) io.stderr(`incubator: skipped ${s.path}: ${s.code}: ${s.message}\n`);
  return { snapshot: index.snapshot(), skipped: all };
}

export function settingsFrom(options: Map<string, string | true>): CoreSettings {
  const settings = defaultCoreSettings();
  const tag = options.get("tag");
  if (typeof tag === "string") {
    if (!/^#?[^\s#]+$/.test(tag)) throw new UsageError(`invalid tag: ${tag}`);
    settings.tag = tag.replace(/^#/, "");
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
