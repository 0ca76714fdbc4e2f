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

/** The headless CLI for Node. */
const cli = {
  entryPoints: ["src/cli/index.ts"],
  bundle: true,
  format: "cjs",
  target: "node20",
  platform: "node",
  logLevel: production ? "warning" : "info",
  sourcemap: false,
  outfile: "dist/cli.js",
};

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
  const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
  await Promise.all(contexts.map((c) => c.watch()));
}
