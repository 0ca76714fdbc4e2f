import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { EXAMPLE_VAULT } from "./shared";

/**
 * Where this test process's temporary folders start: named by process, so that the suite's
 * clean-up (`removeTempFolders`, after each test file) finds them without keeping a list.
 */
export function tempPrefix(kind: string): string {
  return path.join(tmpdir(), `incubator-${kind}-${process.pid}-`);
}

/** Removes every temporary folder this test process made. */
export function removeTempFolders(): void {
  const mine = `-${process.pid}-`;
  for (const name of readdirSync(tmpdir())) {
    if (name.startsWith("incubator-") && name.includes(mine)) rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}

/** A fresh folder holding `files`, or a copy of examples/vault. */
export function tempVault(files?: Record<string, string>): string {
  const dir = mkdtempSync(tempPrefix("vault"));
  if (!files) {
    cpSync(EXAMPLE_VAULT, dir, { recursive: true });
    return dir;
  }
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export function readIn(dir: string, rel: string): string {
  return readFileSync(path.join(dir, rel), "utf8");
}

/** Every file below `dir`, relative, sorted (to see that nothing else was written). */
export function listFiles(dir: string, rel = ""): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, rel ? `${rel}/${e.name}` : e.name) : [rel ? `${rel}/${e.name}` : e.name]))
    .sort();
}
