// Builds preview/build/: a static page that runs the real plugin and panel over examples/vault
// through the same fake Obsidian API the tests use. Open preview/build/index.html in a browser.
import esbuild from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const out = process.env.INCUBATOR_PREVIEW_OUT ?? path.join(root, "preview", "build");

function readVault(dir, rel = "", files = {}) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const relPath = rel ? `${rel}/${name}` : name;
    if (statSync(full).isDirectory()) readVault(full, relPath, files);
    else if (name.endsWith(".md")) files[relPath] = readFileSync(full, "utf8");
  }
  return files;
}

/** `import vault from "virtual:example-vault"` gives the example vault as { path: text }. */
const exampleVault = {
  name: "example-vault",
  setup(build) {
    build.onResolve({ filter: /^virtual:example-vault$/ }, () => ({ path: "example-vault", namespace: "virtual" }));
    build.onLoad({ filter: /.*/, namespace: "virtual" }, () => ({
      // INCUBATOR_PREVIEW_VAULT builds the page over another vault (the benchmark's).
      contents: JSON.stringify(readVault(process.env.INCUBATOR_PREVIEW_VAULT ?? path.join(root, "examples", "vault"))),
      loader: "json",
    }));
  },
};

mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [path.join(root, "preview", "preview.ts")],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2021",
  outfile: path.join(out, "preview.js"),
  alias: { obsidian: "obsidian-test-mocks/obsidian" },
  plugins: [exampleVault],
  logLevel: "warning",
});
copyFileSync(path.join(root, "preview", "index.html"), path.join(out, "index.html"));
copyFileSync(path.join(root, "preview", "theme.css"), path.join(out, "theme.css"));
copyFileSync(path.join(root, "styles.css"), path.join(out, "styles.css"));
console.log(`Preview built: ${path.join(out, "index.html")}`);
