/** Paths to the read-only shared material (`../shared`), which tests read in place. */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";

/** Beside the checkout, or where `INCUBATOR_SHARED` says (mutation testing runs the tests from a copy). */
export const SHARED = process.env.INCUBATOR_SHARED ?? path.resolve(__dirname, "../../../shared");
export const SEED_PATH = path.join(SHARED, "seed", "EC2 Instance Storage.md");
export const ORACLE_DIR = path.join(SHARED, "oracle", "obsidian-cache");
export const CORPUS_DIR = path.join(SHARED, "corpus", "zettelkasten");
export const EXAMPLE_VAULT = path.resolve(__dirname, "../../examples/vault");

export function readSeed(): string {
  return readFileSync(SEED_PATH, "utf8");
}

export const corpusPresent = existsSync(path.join(CORPUS_DIR, "facts.json"));

/** Every `.md` file below `root`, as vault-relative paths with `/`. */
export function markdownFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, relPath);
      else if (name.endsWith(".md")) out.push(relPath);
    }
  };
  walk(root, "");
  return out;
}

export function readVault(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const rel of markdownFiles(root)) files[rel] = readFileSync(path.join(root, rel), "utf8");
  return files;
}
