#!/usr/bin/env node
/** The CLI's process entry: real stdout/stderr, exit code from `runCli`. */
import { runCli } from "./main";

// A reader that stops early (`incubator summary … | head`) closes the pipe: end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: Error & { code?: string }) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
