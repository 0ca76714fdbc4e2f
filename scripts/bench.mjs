// Builds the benchmark for Node (the `obsidian` import mapped to the test fake) and runs it.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import path from "node:path";
import process from "node:process";

const root = path.resolve(import.meta.dirname, "..");
const outfile = path.join(root, "dist", "bench.js");
await esbuild.build({
  entryPoints: [path.join(root, "bench", "run.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile,
  alias: { obsidian: "obsidian-test-mocks/obsidian" },
  external: ["jsdom", "playwright-core", "esbuild"],
  logLevel: "warning",
});
const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", outfile], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
