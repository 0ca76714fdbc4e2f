/**
 * `incubator <command> <vault> [options]`: the panel's content, checks, quiz and overview notes
 * from the command line, through the same core as the plugin. Exit 0 on success, 1 when `check`
 * finds problems (or a file changed while it was being written), 2 on bad usage or unreadable
 * input, with a one-line message on stderr.
 */
import packageJson from "../../package.json";
import { parseArgs, UsageError } from "./args";
import { promote } from "./commands/promote";
import { overview, quiz } from "./commands/quiz";
import { check, summary } from "./commands/summary";
import { indexVault, openVault, settingsFrom, type CliIO, type CliOptions, type CommandContext } from "./context";
import { commandHelp, generalHelp } from "./help";
import { finishInterruptedPromotion, finishInterruptedQuizRun } from "./journals";

export type { CliIO, CliOptions } from "./context";

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

/** The command of that name, if there is one (never a property every object has, like `constructor`). */
const commandNamed = (name: string | undefined): Command | undefined => (name !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined);

const isHelp = (arg: string) => arg === "--help" || arg === "-h";

export async function runCli(argv: readonly string[], io: CliIO, options: CliOptions = {}): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (!name) {
      // A bare run is a mistake: usage goes where errors go, and the exit says so.
      io.stderr(generalHelp());
      return 2;
    }
    if (isHelp(name) || (name === "help" && rest.length === 0)) {
      io.stdout(generalHelp());
      return 0;
    }
    if (name === "--version" || name === "-V") {
      io.stdout(`${packageJson.version}\n`);
      return 0;
    }
    const topic = name === "help" ? rest[0] : name;
    const command = commandNamed(topic);
    if (!command) throw new UsageError(`unknown command: ${topic} (commands: ${Object.keys(COMMANDS).join(", ")})`);
    if (name === "help" || rest.some(isHelp)) {
      io.stdout(commandHelp(topic));
      return 0;
    }
    const args = parseArgs(rest, command.valued, command.flags);
    const takesNotes = name === "quiz" || name === "promote";
    if (!takesNotes && args.positionals.length > 1) throw new UsageError(`unexpected argument: ${args.positionals[1]}`);
    const settings = settingsFrom(args.options);
    const store = await openVault(args.positionals[0]);
    // What an earlier run left half done is finished first (a dry run writes nothing): a promotion
    // before the vault is read, a quiz run from the vault as read.
    const writes = !args.options.has("dry-run");
    if (writes) await finishInterruptedPromotion(store, io);
    const { snapshot, skipped } = await indexVault(store, settings, io, options);
    if (writes) await finishInterruptedQuizRun(store, snapshot, io);
    return await command.run({ args, io, settings, store, snapshot, skipped, now: options.now ?? Date.now });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [name] = argv;
    const topic = commandNamed(name) ? ` ${name}` : "";
    const hint = error instanceof UsageError ? ` (see incubator${topic} --help)` : "";
    io.stderr(`incubator: ${message.split("\n")[0]}${hint}\n`);
    return 2;
  }
}
