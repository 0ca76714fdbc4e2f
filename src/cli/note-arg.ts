/**
 * `<note>` arguments taken as Obsidian's quick switcher and links take them: a path in the vault
 * (with or without `.md`), a note's name, a partial path (`AWS/EC2 Instance Storage`), or a
 * link (`[[Name]]`, `[[Folder/Name|alias]]`, `[[Name#Heading]]`); case does not matter. A name
 * that fits several notes, or none, is refused with the notes it could mean.
 */
import type { NoteReport } from "../core/vault/note-report";
import { normaliseVaultPath } from "../core/vault/vault-path";
import { UsageError } from "./args";

/** `[[Folder/Name#Heading|alias]]` → `Folder/Name`; a path as given otherwise. */
function target(given: string): string {
  const trimmed = given.trim();
  const link = /^!?\[\[([^\]]*)\]\]$/.exec(trimmed);
  const inner = link ? link[1].split("|")[0].split("#")[0].split("^")[0] : trimmed;
  return normaliseVaultPath(inner.trim(), "note path").replace(/\.md$/i, "");
}

/** Paths that `name` (lower case, no `.md`) names: the path itself, or a path ending in `/name`. */
function matching(paths: readonly string[], name: string): string[] {
  const exact = paths.filter((p) => p.toLowerCase().replace(/\.md$/, "") === name);
  return exact.length > 0 ? exact : paths.filter((p) => p.toLowerCase().replace(/\.md$/, "").endsWith(`/${name}`));
}

/** Edit distance, for the closest names to a typo. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");

function closest(name: string, paths: readonly string[]): string[] {
  const wanted = baseName(name).toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return paths
    .map((path) => ({ path, d: distance(wanted, baseName(path).toLowerCase()) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d || (a.path < b.path ? -1 : 1))
    .slice(0, 3)
    .map((c) => c.path);
}

/**
 * The incubator note `given` names. `allNotes` lists every note of the vault; it is asked only
 * when no incubator note fits, to tell a plain note from a typo.
 */
export async function resolveNoteArgument(given: string, notes: readonly NoteReport[], allNotes: () => Promise<string[]>): Promise<NoteReport> {
  const name = target(given).toLowerCase();
  const paths = notes.map((n) => n.path);
  const found = matching(paths, name);
  if (found.length === 1) return notes[paths.indexOf(found[0])];
  // Stryker disable next-line EqualityOperator: equivalent; one match has returned above.
  if (found.length > 1) throw new UsageError(`"${given}" names ${found.length} incubator notes: ${found.join(", ")}; give its path`);
  const all = await allNotes();
  const plain = matching(all, name);
  if (plain.length > 0) throw new UsageError(`not an incubator note: ${plain.join(", ")}`);
  const near = closest(name, paths);
  throw new UsageError(`no note "${given}" in the vault${near.length > 0 ? `; closest incubator notes: ${near.join(", ")}` : ""}`);
}
