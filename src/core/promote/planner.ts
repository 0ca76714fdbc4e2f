/**
 * The promotion planner (SPEC §7): notes and settings in, an edit plan out. The plan is data —
 * exact edits per file, moves, and the notes it refuses with their reasons — so that the
 * preview shows, the tests check and the apply step writes the very same thing.
 */
import { pushAll } from "../arrays";
import { scanMarkdown } from "../markdown/scanner";
import type { ProblemCode } from "../note/model";
import { titleOf } from "../note/parse-note";
import type { NoteReport } from "../vault/note-report";
import { normaliseVaultPath } from "../vault/vault-path";
import { applyEdits, sortEdits, type TextEdit } from "./edits";
import { encodingEdits, promotedDateEdit } from "./note-edits";
import { tagEdits } from "./tag-edits";
import { upstreamLinkEdit, type LinkedNote } from "./upstream-link";

export interface PromotionSettings {
  /** The incubator tag. */
  tag: string;
  /** The tag that replaces it; empty removes it. */
  nextTag: string;
  /** Folder to move promoted notes to; empty leaves them in place. */
  moveTo: string;
  addPromotedDate: boolean;
  linkFromUpstream: boolean;
  /** Heading in the upstream note under which promoted notes are linked. */
  upstreamHeading: string;
  fixEncoding: boolean;
}

export function defaultPromotionSettings(tag = "incubator"): PromotionSettings {
  return { tag, nextTag: "evergreen", moveTo: "", addPromotedDate: false, linkFromUpstream: false, upstreamHeading: "Promoted", fixEncoding: false };
}

export interface PromotionRequest {
  report: NoteReport;
  /** The note's text as read now. */
  text: string;
}

export interface FilePlan {
  path: string;
  before: string;
  edits: TextEdit[];
  after: string;
}

export interface NoteDecision {
  path: string;
  title: string;
  ready: boolean;
  blockers: ProblemCode[];
  /** Where the note goes, when it moves. */
  moveTo: string | null;
  /** Why this note is not promoted (null: it is). */
  refused: string | null;
}

export interface PromotionPlan {
  notes: NoteDecision[];
  files: FilePlan[];
  moves: { from: string; to: string }[];
}

export interface PlanContext {
  /** Today as YYYY-MM-DD (an injected clock). */
  today: string;
  /** Whether a file exists at a vault path (a move never overwrites one). */
  exists: (path: string) => boolean;
  /** Texts of the upstream notes the plan may link from, by path. */
  upstreamTexts: ReadonlyMap<string, string>;
  /** Promote notes that are not ready. */
  force: boolean;
  /**
   * Why a note's move cannot work (a file where a folder must go, a read-only folder), by the
   * note's path, as the store said when asked before planning: such a note is refused whole.
   */
  cannotMove?: ReadonlyMap<string, string>;
}

/** Order by path, code unit by code unit: the order files are shown and written in. */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Where a note goes when promotion moves it to `folder`; null when it stays. */
export function moveTarget(path: string, folder: string): string | null {
  if (!folder.trim()) return null;
  const dir = normaliseVaultPath(folder, "move-to folder");
  const target = dir ? `${dir}/${path.slice(path.lastIndexOf("/") + 1)}` : path.slice(path.lastIndexOf("/") + 1);
  return target === path ? null : target;
}

/**
 * Asks the store, before planning, whether each note's move can work (`PlanContext.cannotMove`).
 * A bad move folder is left to the planner, which refuses it with its own message.
 */
export async function moveChecks(
  store: { whyNotMove?(from: string, to: string): Promise<string | null> },
  paths: readonly string[],
  folder: string,
): Promise<Map<string, string>> {
  const refused = new Map<string, string>();
  if (!store.whyNotMove) return refused;
  for (const path of paths) {
    let target: string | null;
    try {
      target = moveTarget(path, folder);
    } catch {
      return refused;
    }
    const why = target ? await store.whyNotMove(path, target) : null;
    if (why) refused.set(path, why);
  }
  return refused;
}

export function planPromotion(requests: PromotionRequest[], settings: PromotionSettings, ctx: PlanContext): PromotionPlan {
  const notes: NoteDecision[] = [];
  const edits = new Map<string, { before: string; edits: TextEdit[] }>();
  const moves: { from: string; to: string }[] = [];
  const links = new Map<string, LinkedNote[]>();
  const claimed = new Set<string>();
  const addEdits = (path: string, before: string, list: TextEdit[]) => {
    const entry = edits.get(path) ?? { before, edits: [] };
    pushAll(entry.edits, list);
    edits.set(path, entry);
  };

  for (const { report, text } of requests) {
    const decision: NoteDecision = { path: report.path, title: report.title, ready: report.ready, blockers: report.blockers, moveTo: null, refused: null };
    notes.push(decision);
    if (!report.ready && !ctx.force) {
      decision.refused = `not ready: ${report.blockers.join(", ")}`;
      continue;
    }
    const target = moveTarget(report.path, settings.moveTo);
    if (target && (ctx.exists(target) || claimed.has(target.toLowerCase()))) {
      decision.refused = `${target} already exists`;
      continue;
    }
    const why = target && ctx.cannotMove?.get(report.path);
    if (why) {
      decision.refused = `cannot move it to ${target}: ${why}`;
      continue;
    }
    const scanned = scanMarkdown(text);
    const noteEdits = tagEdits(text, scanned, settings.tag, settings.nextTag);
    if (settings.addPromotedDate) noteEdits.push(promotedDateEdit(text, scanned, ctx.today));
    if (settings.fixEncoding) pushAll(noteEdits, encodingEdits(text, scanned));
    addEdits(report.path, text, noteEdits);
    if (target) {
      decision.moveTo = target;
      claimed.add(target.toLowerCase());
      moves.push({ from: report.path, to: target });
    }
    const upstream = report.upstream.find((u) => u.path !== null && u.path !== report.path)?.path;
    if (settings.linkFromUpstream && upstream) {
      const finalPath = target ?? report.path;
      const names = [report.title, report.path.replace(/\.md$/i, ""), finalPath.replace(/\.md$/i, "")].map((n) => n.toLowerCase());
      links.set(upstream, [...(links.get(upstream) ?? []), { title: titleOf(finalPath), names }]);
    }
  }

  for (const [path, linked] of links) {
    const own = edits.get(path);
    const text = own?.before ?? ctx.upstreamTexts.get(path);
    if (text === undefined) continue;
    const edit = upstreamLinkEdit(text, settings.upstreamHeading, linked);
    if (edit) addEdits(path, text, [edit]);
  }

  const files: FilePlan[] = [];
  for (const [path, { before, edits: list }] of edits) {
    if (list.length === 0) continue;
    const sorted = sortEdits(list);
    files.push({ path, before, edits: sorted, after: applyEdits(before, sorted) });
  }
  files.sort(byPath);
  return { notes, files, moves };
}
