/**
 * A promotion changes several files (the note, its upstream, the notes whose links a move
 * rewrites) and then moves notes: a crash between two of those steps would leave a note half
 * promoted — retagged but not moved, links pointing where it is not. The journal is the plan,
 * written before the first change and removed after the last; a later run that finds it finishes
 * what is left, from what the files hold then, and says so.
 */
import type { FilePlan, PromotionPlan } from "./planner";

export interface PromotionJournal {
  kind: "incubator-promotion";
  version: 1;
  files: { path: string; before: string; after: string }[];
  moves: { from: string; to: string }[];
}

export function journalOf(plan: PromotionPlan): PromotionJournal {
  return { kind: "incubator-promotion", version: 1, files: plan.files.map(({ path, before, after }) => ({ path, before, after })), moves: plan.moves };
}

/** A journal from its text, or null for anything else (a damaged or foreign file is never acted on). */
export function parseJournal(text: string): PromotionJournal | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const j = value as Partial<PromotionJournal> | null;
  if (!j || j.kind !== "incubator-promotion" || j.version !== 1 || !Array.isArray(j.files) || !Array.isArray(j.moves)) return null;
  const isText = (v: unknown) => typeof v === "string";
  if (!j.files.every((f) => isText(f?.path) && isText(f?.before) && isText(f?.after))) return null;
  if (!j.moves.every((m) => isText(m?.from) && isText(m?.to))) return null;
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
  for (const file of journal.files) {
    const move = moveOf.get(file.path);
    const here = await readNow(file.path);
    const there = move ? await readNow(move.to) : null;
    if (here === file.after || (here === null && there === file.after)) done++;
    else if (here === file.before) files.push({ path: file.path, before: file.before, after: file.after, edits: [] });
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
