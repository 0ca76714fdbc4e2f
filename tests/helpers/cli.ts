import { runCli } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function cli(...args: string[]): Promise<CliRun> {
  return cliOn({ isTTY: false }, ...args);
}

/** The same, as on a terminal (`isTTY`) and with a given clock. */
export async function cliOn(on: { isTTY: boolean; now?: () => number }, ...args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: on.isTTY }, { now: on.now });
  return { code, stdout, stderr };
}
