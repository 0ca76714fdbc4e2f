/** What the panel shows, as data: the filter and sort of SPEC §5 applied to an index snapshot. */
import type { NoteReport } from "../../core/vault/note-report";
import type { ScanProgress } from "../index-sync";
import type { IndexSnapshot, UpstreamGroup } from "../../core/vault/vault-index";

export type PanelMode = "note" | "incubator";
export type PanelSort = "name" | "modified" | "readiness";

/** What the panel's buttons do; a button shows only when its action is given. */
export interface PanelActions {
  quizNote?: (path: string) => void;
  quizGroup?: (upstream: string | null) => void;
  promote?: (paths: string[]) => void;
}

export interface PanelState {
  mode: PanelMode;
  filter: string;
  sort: PanelSort;
  /** The note open in the editor, for the "This note" mode. */
  activePath: string | null;
  snapshot: IndexSnapshot;
  tag: string;
  /** A scan under way, if any; `first`: the index shown is not complete yet (empty). */
  indexing?: ScanProgress | null;
}

export interface VisibleGroup {
  group: UpstreamGroup;
  notes: NoteReport[];
}

/**
 * Everything the filter box searches in: title, path, the upstream of this group (not the note's
 * other upstreams, so that filtering by an upstream shows that group), terms, comparisons, questions.
 */
function haystack(note: NoteReport, group: UpstreamGroup): string {
  return [
    note.title,
    note.path,
    group.upstream ?? "",
    ...note.definitions.flatMap((d) => [d.term, ...d.aliases]),
    ...note.comparisons.flatMap((c) => [c.heading, ...c.subjects]),
    ...note.questions.map((q) => q.question),
  ]
    .join("\n")
    .toLowerCase();
}

export function matchesFilter(note: NoteReport, group: UpstreamGroup, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter((w) => w);
  if (words.length === 0) return true;
  const text = haystack(note, group);
  return words.every((w) => text.includes(w));
}

function compare(sort: PanelSort): (a: NoteReport, b: NoteReport) => number {
  // One collator per sort: `localeCompare` with options builds a new one on every call.
  const titles = new Intl.Collator(undefined, { sensitivity: "base" });
  const byName = (a: NoteReport, b: NoteReport) => titles.compare(a.title, b.title) || (a.path < b.path ? -1 : 1);
  if (sort === "modified") return (a, b) => b.mtime - a.mtime || byName(a, b);
  if (sort === "readiness") return (a, b) => Number(b.ready) - Number(a.ready) || a.blockers.length - b.blockers.length || byName(a, b);
  return byName;
}

export function visibleGroups(snapshot: IndexSnapshot, filter: string, sort: PanelSort): VisibleGroup[] {
  const byPath = new Map(snapshot.notes.map((n) => [n.path, n]));
  const order = compare(sort);
  const out: VisibleGroup[] = [];
  for (const group of snapshot.groups) {
    const notes = group.notes
      .map((p) => byPath.get(p))
      .filter((n): n is NoteReport => n !== undefined && matchesFilter(n, group, filter))
      .sort(order);
    if (notes.length > 0) out.push({ group, notes });
  }
  return out;
}
