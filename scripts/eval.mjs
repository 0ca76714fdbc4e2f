// Builds the evaluation for Node and runs it (`npm run eval`; `-- --misses` lists every miss).
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import path from "node:path";
import process from "node:process";

const root = path.resolve(import.meta.dirname, "..");
const outfile = path.join(root, "dist", "eval.js");
await esbuild.build({ entryPoints: [path.join(root, "eval", "run.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "warning" });
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
