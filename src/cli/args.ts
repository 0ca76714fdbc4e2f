/** A small argument parser: positionals, `--flag`, `--option value` and `--option=value`. */
/** The command line is wrong (exit 2, with a pointer to --help). */
export class UsageError extends Error {}

/** The input cannot be read: a missing folder, a file, an empty vault (exit 2). */
export class InputError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--") || arg === "--") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.includes("=") ? arg.slice(2, eq) : arg.slice(2);
    const inline = arg.includes("=") ? arg.slice(eq + 1) : undefined;
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      options.set(name, true);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, options };
}
