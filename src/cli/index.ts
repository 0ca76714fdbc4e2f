#!/usr/bin/env node
/** The CLI's process entry: real stdout/stderr, exit code from `runCli`. */
import * as path from "node:path";
import { runCli } from "./main";

// A reader that stops early (`incubator summary … | head`) closes the pipe: end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: Error & { code?: string }) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
};
// The reader thread's script is built next to this bundle.
void runCli(process.argv.slice(2), io, { readerScript: path.join(__dirname, "read-worker.js") }).then((code) => {
  process.exitCode = code;
});
