#!/usr/bin/env node
/** The CLI's process entry: real stdout/stderr, exit code from `runCli`. */
import { runCli } from "./main";

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
