/**
 * `incubator <command> <vault> [options]`: the panel's content and checks from the command
 * line, through the same core as the plugin. Exit 0 on success, 1 when `check` finds problems,
 * 2 on bad usage or unreadable input, with a one-line message on stderr.
 */
import { promises as fs } from "node:fs";
import { summaryJson } from "../core/report/summary-json";
import { checkText, summaryText } from "../core/report/summary-text";
import { defaultCoreSettings, type CoreSettings } from "../core/settings";
import { loadStore } from "../core/vault/note-store";
import { VaultIndex, type IndexSnapshot } from "../core/vault/vault-index";
import { InputError, parseArgs, UsageError } from "./args";
import { FolderNoteStore } from "./folder-store";

const USAGE = `Usage: incubator <command> <vault> [options]

Commands:
  summary <vault> [--json] [--tag T]   incubator notes grouped by upstream, with definitions,
                                       comparisons, questions, problems and readiness
  check <vault> [--json] [--tag T]     problems only; exit 1 when any note has one

Options:
  --tag T            the incubator tag (default: incubator)
  --upstream-keys K  comma-separated field names for the upstream link (default: upstream,up,parent)
  --json             machine-readable output
`;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

async function openVault(dir: string | undefined): Promise<FolderNoteStore> {
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

async function indexVault(store: FolderNoteStore, settings: CoreSettings, io: CliIO): Promise<IndexSnapshot> {
  const index = new VaultIndex(settings);
  const progress = io.isTTY ? (done: number, total: number) => io.stderr(`\rReading notes: ${done}/${total}`) : undefined;
  const count = await loadStore(store, index, progress);
  if (progress && count >= 500) io.stderr("\r\x1b[K");
  if (count === 0) throw new InputError(`no Markdown notes in ${store.root}`);
  for (const skipped of store.skipped) io.stderr(`incubator: skipped ${skipped.path}: ${skipped.reason}\n`);
  return index.snapshot();
}

function settingsFrom(options: Map<string, string | true>): CoreSettings {
  const settings = defaultCoreSettings();
  const tag = options.get("tag");
  if (typeof tag === "string") {
    if (!/^#?[^\s#]+$/.test(tag)) throw new UsageError(`invalid tag: ${tag}`);
    settings.tag = tag.replace(/^#/, "");
  }
  const keys = options.get("upstream-keys");
  if (typeof keys === "string") {
    settings.upstreamKeys = keys.split(",").map((k) => k.trim()).filter((k) => k);
    if (settings.upstreamKeys.length === 0) throw new UsageError("--upstream-keys needs at least one key");
  }
  return settings;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE);
      return command ? 0 : 2;
    }
    if (command !== "summary" && command !== "check") throw new UsageError(`unknown command: ${command}`);
    const { positionals, options } = parseArgs(rest, ["tag", "upstream-keys"], ["json"]);
    if (positionals.length > 1) throw new UsageError(`unexpected argument: ${positionals[1]}`);
    const settings = settingsFrom(options);
    const snapshot = await indexVault(await openVault(positionals[0]), settings, io);
    const json = options.has("json");
    if (command === "summary") {
      io.stdout(json ? JSON.stringify(summaryJson(snapshot, settings.tag), null, 2) + "\n" : summaryText(snapshot, settings.tag));
      return 0;
    }
    const problems = snapshot.notes.filter((n) => n.problems.length > 0);
    if (json) {
      const out = problems.map((n) => ({ path: n.path, problems: n.problems }));
      io.stdout(JSON.stringify(out, null, 2) + "\n");
    } else io.stdout(checkText(snapshot));
    return problems.length > 0 ? 1 : 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = error instanceof UsageError ? " (see incubator --help)" : "";
    io.stderr(`incubator: ${message.split("\n")[0]}${hint}\n`);
    return 2;
  }
}
