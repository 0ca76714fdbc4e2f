/**
 * `incubator <command> <vault> [options]`: the panel's content, checks, quiz and overview notes
 * from the command line, through the same core as the plugin. Exit 0 on success, 1 when `check`
 * finds problems (or a file changed while it was being written), 2 on bad usage or unreadable
 * input, with a one-line message on stderr.
 */
import { parseArgs, UsageError } from "./args";
import { promote } from "./commands/promote";
import { overview, quiz } from "./commands/quiz";
import { check, summary } from "./commands/summary";
import { indexVault, openVault, settingsFrom, type CliIO, type CliOptions, type CommandContext } from "./context";

export type { CliIO, CliOptions } from "./context";

const USAGE = `Usage: incubator <command> <vault> [options]

Commands:
  summary <vault> [--json]            incubator notes grouped by upstream, with definitions,
                                      comparisons, questions, problems and readiness
  check <vault> [--json]              problems only; exit 1 when any note has one
  quiz <vault> (<note>… | --upstream NAME | --all) [--format F] [--out DIR] [--deck D]
                [--kinds K1,K2] [--dry-run]
                                      write quiz notes (formats: spaced-repetition, anki, callout)
  overview <vault> [--out FILE] [--dry-run]
                                      write the incubator overview note
  promote <vault> (<note>… | --ready) [--to-tag T] [--move-to DIR] [--update-links]
                [--link-upstream] [--date] [--fix-encoding] [--dry-run] [--force]
                                      promote notes out of the incubator; the plan is printed as
                                      a diff, with the links a move would break (rewritten with
                                      --update-links); exit 1 when a note is refused (not ready:
                                      --force)

Options for every command:
  --tag T            the incubator tag (default: incubator)
  --upstream-keys K  comma-separated field names for the upstream link (default: upstream,up,parent)
  --max-note-bytes N notes larger than N bytes are skipped and reported (default: 5242880)
`;

interface Command {
  valued: string[];
  flags: string[];
  run: (ctx: CommandContext) => number | Promise<number>;
}

const COMMON = ["tag", "upstream-keys", "max-note-bytes"];
const COMMANDS: Record<string, Command> = {
  summary: { valued: COMMON, flags: ["json"], run: summary },
  check: { valued: COMMON, flags: ["json"], run: check },
  quiz: { valued: [...COMMON, "upstream", "format", "out", "deck", "kinds"], flags: ["all", "dry-run"], run: quiz },
  overview: { valued: [...COMMON, "out"], flags: ["dry-run"], run: overview },
  promote: { valued: [...COMMON, "to-tag", "move-to"], flags: ["ready", "link-upstream", "date", "fix-encoding", "update-links", "dry-run", "force"], run: promote },
};

export async function runCli(argv: readonly string[], io: CliIO, options: CliOptions = {}): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
      io.stdout(USAGE);
      return name ? 0 : 2;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command: ${name}`);
    const args = parseArgs(rest, command.valued, command.flags);
    const takesNotes = name === "quiz" || name === "promote";
    if (!takesNotes && args.positionals.length > 1) throw new UsageError(`unexpected argument: ${args.positionals[1]}`);
    const settings = settingsFrom(args.options);
    const store = await openVault(args.positionals[0]);
    const { snapshot, skipped } = await indexVault(store, settings, io, options);
    return await command.run({ args, io, settings, store, snapshot, skipped });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = error instanceof UsageError ? " (see incubator --help)" : "";
    io.stderr(`incubator: ${message.split("\n")[0]}${hint}\n`);
    return 2;
  }
}
