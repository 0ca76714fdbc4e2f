import esbuild from "esbuild";
import { builtinModules } from "node:module";
import process from "node:process";

const production = process.argv[2] === "production";
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The plugin bundle: CommonJS for Obsidian, which provides `obsidian`, `electron` and CodeMirror. */
const plugin = {
  entryPoints: ["src/plugin/main.ts"],
  bundle: true,
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...nodeBuiltins],
  format: "cjs",
  target: "es2021",
  platform: "browser",
  logLevel: production ? "warning" : "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  outfile: "main.js",
};

/** The headless CLI for Node, and the reader thread it starts for large vaults. */
const cli = {
  entryPoints: { cli: "src/cli/index.ts", "read-worker": "src/cli/read-worker.ts" },
  bundle: true,
  format: "cjs",
  target: "node20",
  platform: "node",
  logLevel: production ? "warning" : "info",
  sourcemap: false,
  outdir: "dist",
};

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
  const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
  await Promise.all(contexts.map((c) => c.watch()));
}
