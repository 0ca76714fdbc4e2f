/**
 * A promotion changes several files (the note, its upstream, the notes whose links a move
 * rewrites) and then moves notes: a crash between two of those steps would leave a note half
 * promoted — retagged but not moved, links pointing where it is not. The journal is the plan,
 * written before the first change and removed after the last; a later run that finds it finishes
 * what is left, from what the files hold then, and says so.
 *
 * It keeps each file's edits and fingerprints of its text before and after, not the texts: a
 * journal stays a few hundred bytes for a note of any size, and the text to write is the file's
 * own (still as planned) with the edits applied.
 */
import { parseJson } from "../json";
import { textFingerprint } from "../hash";
import { plural } from "../plural";
import type { WritableNoteStore } from "../vault/note-store";
import { applyEdits, type TextEdit } from "./edits";
import type { FilePlan, PromotionPlan } from "./planner";
import { applyPromotion, type ApplyResult } from "./promote-service";

export interface JournaledFile {
  path: string;
  /** Fingerprints (`textFingerprint`) of the text planned from and of the text planned. */
  before: string;
  after: string;
  edits: TextEdit[];
}

export interface PromotionJournal {
  kind: "incubator-promotion";
  version: 2;
  files: JournaledFile[];
  moves: { from: string; to: string }[];
}

export function journalOf(plan: PromotionPlan): PromotionJournal {
  const files = plan.files.map(({ path, before, after, edits }) => ({ path, before: textFingerprint(before), after: textFingerprint(after), edits }));
  return { kind: "incubator-promotion", version: 2, files, moves: plan.moves };
}

const isText = (v: unknown): v is string => typeof v === "string";
const isOffset = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function isEdit(e: unknown): e is TextEdit {
  const edit = e as Partial<TextEdit> | null;
  return !!edit && isOffset(edit.from) && isOffset(edit.to) && edit.from <= edit.to && isText(edit.text) && isText(edit.reason);
}

/** A journal from its text, or null for anything else (a damaged or foreign file is never acted on). */
export function parseJournal(text: string): PromotionJournal | null {
  const j = parseJson(text) as Partial<PromotionJournal> | null | undefined;
  if (!j || j.kind !== "incubator-promotion" || j.version !== 2 || !Array.isArray(j.files) || !Array.isArray(j.moves)) return null;
  const fileOk = (f: Partial<JournaledFile> | null) => !!f && isText(f.path) && isText(f.before) && isText(f.after) && Array.isArray(f.edits) && f.edits.every(isEdit);
  if (!j.files.every(fileOk)) return null;
  if (!j.moves.every((m) => !!m && isText(m.from) && isText(m.to))) return null;
  return j as PromotionJournal;
}

export interface Remaining {
  /** What is left to do: apply it as any plan (every write still checks the file's text). */
  plan: PromotionPlan;
  /** Steps the interrupted run had done. */
  done: number;
  /** Files changed since by someone else: left as they are, with their moves. */
  changed: string[];
}

/** Where files stand now: their text (null: no file) — read through the store. */
export type ReadNow = (path: string) => Promise<string | null>;

/** What is left of an interrupted promotion, from what the files hold now. */
export async function remainingOf(journal: PromotionJournal, readNow: ReadNow): Promise<Remaining> {
  const files: FilePlan[] = [];
  const moves: PromotionPlan["moves"] = [];
  const changed: string[] = [];
  let done = 0;
  const moveOf = new Map(journal.moves.map((m) => [m.from, m]));
  const stuck = new Set<string>();
  const is = (text: string | null, fingerprint: string) => text !== null && textFingerprint(text) === fingerprint;
  for (const file of journal.files) {
    const move = moveOf.get(file.path);
    const here = await readNow(file.path);
    if (is(here, file.after) || (here === null && move && is(await readNow(move.to), file.after))) done++;
    else if (here !== null && is(here, file.before)) files.push({ path: file.path, before: here, edits: file.edits, after: applyEdits(here, file.edits) });
    else {
      changed.push(file.path);
      stuck.add(file.path);
    }
  }
  for (const move of journal.moves) {
    if (stuck.has(move.from)) continue;
    const here = await readNow(move.from);
    const there = await readNow(move.to);
    if (here === null && there !== null) done++;
    // Both names with the same text: the move was cut between its two steps; the store finishes it.
    else if (here !== null && (there === null || there === here)) moves.push(move);
    else changed.push(move.from);
  }
  return { plan: { notes: [], files, moves }, done, changed };
}

export interface Finished extends Pick<ApplyResult, "written" | "moved" | "skipped"> {
  done: number;
  changed: string[];
}

/** Finishes an interrupted promotion in `store`: what was left of it is applied as any plan. */
export async function finishPromotion(store: WritableNoteStore, journal: PromotionJournal): Promise<Finished> {
  const remaining = await remainingOf(journal, async (p) => {
    try {
      return await store.readIfExists(p);
    } catch {
      return null;
    }
  });
  const { written, moved, skipped } = await applyPromotion(store, remaining.plan);
  return { done: remaining.done, changed: remaining.changed, written, moved, skipped };
}

/** What finishing did, a line each: the counts first, then each file left or skipped. */
export function describeFinished(f: Finished): string[] {
  const counts = `${plural(f.done, "step")} done before, ${plural(f.written.length, "file")} written now, ${plural(f.moved.length, "note")} moved now`;
  return [
    `finished a promotion that was interrupted: ${counts}`,
    ...f.changed.map((p) => `left ${p} as it is: it changed since the promotion was planned`),
    ...f.skipped.map((s) => `skipped ${s.path}: ${s.reason}`),
  ];
}
