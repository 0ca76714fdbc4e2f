/**
 * Applying a promotion plan to a store, and undoing it. Each file is written only if it still
 * holds what the plan was made from; each move only onto a free path. Undo restores the exact
 * previous bytes and paths of the files that are unchanged since.
 */
import type { WritableNoteStore } from "../vault/note-store";
import { diffHunks, formatHunks } from "./edits";
import type { PromotionPlan } from "./planner";

export interface UndoRecord {
  files: { path: string; before: string; after: string }[];
  moves: { from: string; to: string }[];
}

export interface ApplyResult {
  written: string[];
  moved: { from: string; to: string }[];
  skipped: { path: string; reason: string }[];
  undo: UndoRecord;
}

/** A failure as one line for the report. */
function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

/**
 * Applies a plan file by file. Moves are checked first: the plan was made with them checked, so
 * one that cannot work now means the vault changed since the preview, and nothing is written
 * (a note dropped now would leave its link in the upstream). A write or a move that fails anyway
 * is reported for its file and the rest goes on: the result names what was and was not done.
 */
export async function applyPromotion(store: WritableNoteStore, plan: PromotionPlan): Promise<ApplyResult> {
  const result: ApplyResult = { written: [], moved: [], skipped: [], undo: { files: [], moves: [] } };
  const failed = new Set<string>();
  for (const move of plan.moves) {
    const why = store.whyNotMove ? await store.whyNotMove(move.from, move.to) : null;
    if (why !== null) result.skipped.push({ path: move.from, reason: `cannot move it to ${move.to}: ${why}; nothing was written (promote again for a new preview)` });
  }
  if (result.skipped.length > 0) return result;
  for (const file of plan.files) {
    let written: boolean;
    try {
      written = await store.write(file.path, file.before, file.after);
    } catch (error) {
      failed.add(file.path);
      result.skipped.push({ path: file.path, reason: `not written: ${reasonOf(error)}` });
      continue;
    }
    if (written) {
      result.written.push(file.path);
      result.undo.files.push({ path: file.path, before: file.before, after: file.after });
    } else {
      failed.add(file.path);
      result.skipped.push({ path: file.path, reason: "it changed after the preview; promote it again" });
    }
  }
  for (const move of plan.moves) {
    if (failed.has(move.from)) continue;
    let why: string | null;
    try {
      why = (await store.rename(move.from, move.to)) ? null : `${move.to} exists`;
    } catch (error) {
      why = reasonOf(error);
    }
    if (why === null) {
      result.moved.push(move);
      result.undo.moves.push(move);
    } else result.skipped.push({ path: move.from, reason: `not moved to ${move.to}: ${why}; ${await takeBack(store, result, move.from)}` });
  }
  return result;
}

/**
 * A note whose move failed after it was written would be half promoted (retagged, not moved):
 * its own write is taken back, so that it stays an incubator note where it was.
 */
async function takeBack(store: WritableNoteStore, result: ApplyResult, path: string): Promise<string> {
  const at = result.undo.files.findIndex((f) => f.path === path);
  if (at < 0) return "the note was left as it is";
  const file = result.undo.files[at];
  try {
    if (!(await store.write(path, file.after, file.before))) return "its changes were kept: the note changed meanwhile";
  } catch (error) {
    return `its changes were kept: ${reasonOf(error)}`;
  }
  result.undo.files.splice(at, 1);
  result.written.splice(result.written.indexOf(path), 1);
  return "its changes were taken back, and the note is as it was";
}

export interface UndoResult {
  restored: string[];
  skipped: { path: string; reason: string }[];
}

/**
 * Moves back, then restores texts, newest step first. A step that fails (the file changed since,
 * the path taken, the file system refusing) is reported and the rest goes on.
 */
export async function undoPromotion(store: WritableNoteStore, record: UndoRecord): Promise<UndoResult> {
  const result: UndoResult = { restored: [], skipped: [] };
  const stuck = new Set<string>();
  for (const move of [...record.moves].reverse()) {
    let why: string | null;
    try {
      why = (await store.rename(move.to, move.from)) ? null : `cannot move back to ${move.from}`;
    } catch (error) {
      why = `not moved back to ${move.from}: ${reasonOf(error)}`;
    }
    if (why === null) continue;
    stuck.add(move.from);
    result.skipped.push({ path: move.to, reason: why });
  }
  for (const file of [...record.files].reverse()) {
    if (stuck.has(file.path)) continue;
    try {
      if (await store.write(file.path, file.after, file.before)) result.restored.push(file.path);
      else result.skipped.push({ path: file.path, reason: "it changed since the promotion; left as it is" });
    } catch (error) {
      result.skipped.push({ path: file.path, reason: `not restored: ${reasonOf(error)}` });
    }
  }
  return result;
}

/** The plan as text: what each note gets, the exact line changes per file, and the moves. */
export function formatPlan(plan: PromotionPlan): string {
  const out: string[] = [];
  for (const n of plan.notes) {
    if (n.refused) out.push(`skip ${n.path}: ${n.refused}`);
    else out.push(`promote ${n.path}${n.ready ? "" : ` (not ready: ${n.blockers.join(", ")}; forced)`}${n.moveTo ? ` → ${n.moveTo}` : ""}`);
  }
  for (const file of plan.files) out.push("", formatHunks(file.path, diffHunks(file.before, file.edits)));
  for (const move of plan.moves) out.push("", `move ${move.from} → ${move.to}`);
  return out.join("\n") + "\n";
}
