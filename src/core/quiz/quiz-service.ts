/**
 * Generating quiz and overview notes into a store: read what is there, merge, write only what
 * changed, and say what happened. The same code serves the plugin and the CLI.
 */
import { normaliseVaultPath, PathError } from "../vault/vault-path";
import type { WritableNoteStore } from "../vault/note-store";
import type { IndexSnapshot } from "../vault/vault-index";
import { buildOverviewNote } from "./overview";
import { buildQuizNote, QuizIndex, quizSources, type QuizSettings, type QuizTarget } from "./quiz-note";
import { belongsToOthers } from "./sources-property";
import { plural } from "../plural";

export interface WriteOutcome {
  path: string;
  /**
   * `empty`: the sources give no card, and no quiz note was created for them; `foreign`: the file
   * at the path is the quiz note of other sources, and was left alone.
   */
  status: "created" | "updated" | "unchanged" | "conflict" | "empty" | "foreign";
  cards?: number;
  retired: number;
  edited: number;
}

export function describeOutcome(o: WriteOutcome, dryRun = false): string {
  if (o.status === "empty") return `no cards, ${dryRun ? "would not create" : "not created"}: ${o.path}`;
  if (o.status === "foreign") return `the quiz note of other notes, left alone: ${o.path}`;
  const verb = dryRun
    ? { created: "would create", updated: "would update", unchanged: "unchanged", conflict: "changed meanwhile, skipped" }[o.status]
    : { created: "created", updated: "updated", unchanged: "unchanged", conflict: "changed meanwhile, skipped" }[o.status];
  const details = [
    o.cards !== undefined ? plural(o.cards, "card") : "",
    o.edited > 0 ? `${o.edited} edited kept` : "",
    o.retired > 0 ? `${o.retired} retired` : "",
  ].filter((d) => d);
  return `${verb}: ${o.path}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
}

async function save(store: WritableNoteStore, path: string, before: string | null, after: string, dryRun: boolean): Promise<WriteOutcome["status"]> {
  if (before === after) return "unchanged";
  if (!dryRun && !(await store.write(path, before, after))) return "conflict";
  return before === null ? "created" : "updated";
}

export async function writeQuizzes(
  store: WritableNoteStore,
  targets: QuizTarget[],
  snapshot: IndexSnapshot,
  settings: QuizSettings,
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<WriteOutcome[]> {
  const folder = normaliseVaultPath(settings.folder, "quiz folder");
  const outcomes: WriteOutcome[] = [];
  const index = new QuizIndex(snapshot);
  for (const given of targets) {
    const target = { ...given, path: normaliseVaultPath(given.path, "quiz note path") };
    const existing = await store.readIfExists(target.path);
    if (existing !== null && belongsToOthers(existing, quizSources(target))) {
      // Merging would retire that note's cards as "gone" and fill it with these.
      outcomes.push({ path: target.path, status: "foreign", retired: 0, edited: 0 });
      options.onProgress?.(outcomes.length, targets.length);
      continue;
    }
    const note = buildQuizNote(existing, target, snapshot, { ...settings, folder }, index);
    if (existing === null && note.cards === 0) {
      // A quiz with nothing to review is clutter; a note already there keeps its review data.
      outcomes.push({ path: note.path, status: "empty", cards: 0, retired: 0, edited: 0 });
      options.onProgress?.(outcomes.length, targets.length);
      continue;
    }
    const status = await save(store, note.path, existing, note.text, options.dryRun ?? false);
    outcomes.push({ path: note.path, status, cards: note.cards, retired: note.retired.length, edited: note.edited.length });
    options.onProgress?.(outcomes.length, targets.length);
  }
  return outcomes;
}

export async function writeOverview(store: WritableNoteStore, path: string, snapshot: IndexSnapshot, dryRun = false): Promise<WriteOutcome> {
  const target = normaliseVaultPath(path, "overview path");
  // "", "." or "x/.." name no note: the file would be a hidden ".md" at the vault's root.
  const name = target.slice(target.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  if (name === "" || name.startsWith(".")) throw new PathError(`the overview path "${path}" names no note (give a file name such as "Incubator overview.md")`);
  const file = target.toLowerCase().endsWith(".md") ? target : `${target}.md`;
  const existing = await store.readIfExists(file);
  const note = buildOverviewNote(existing, file, snapshot);
  const status = await save(store, file, existing, note.text, dryRun);
  return { path: file, status, retired: note.retired.length, edited: note.edited.length };
}
