/** A note as the panel, the CLI and the quiz see it: its model plus what the vault says of it. */
import type { Comparison, Definition, KeyPoint, NoteModel, Problem, ProblemCode, Question } from "../note/model";
import type { CoreSettings } from "../settings";

export interface ResolvedUpstream {
  /** The target as written, without alias or heading. */
  link: string;
  /** The note it resolves to, or null. */
  path: string | null;
}

export interface NoteReport {
  path: string;
  title: string;
  upstream: ResolvedUpstream[];
  definitions: Definition[];
  points: KeyPoint[];
  comparisons: Comparison[];
  questions: Question[];
  problems: Problem[];
  ready: boolean;
  /** The readiness checks that fail, in `problems` order. */
  blockers: ProblemCode[];
  mtime: number;
}

function upstreamProblems(model: NoteModel, upstream: ResolvedUpstream[], onCycle: boolean): Problem[] {
  const line = model.upstream?.line ?? 1;
  const out: Problem[] = [];
  for (const u of upstream) {
    if (u.path === null) out.push({ code: "unresolved-upstream", message: `The upstream note "${u.link}" does not exist.`, line, subject: u.link });
    else if (u.path === model.path) out.push({ code: "self-upstream", message: "The note names itself as its upstream.", line });
  }
  if (onCycle) {
    out.push({ code: "upstream-cycle", message: "The upstream links of incubator notes form a cycle through this note.", line });
  }
  return out;
}

export function buildReport(
  model: NoteModel,
  resolved: (string | null)[],
  onCycle: boolean,
  mtime: number,
  settings: CoreSettings,
): NoteReport {
  const upstream = (model.upstream?.targets ?? []).map((t, i) => ({ link: t.link, path: resolved[i] ?? null }));
  const problems = [...model.problems, ...upstreamProblems(model, upstream, onCycle)].sort(
    (a, b) => a.line - b.line || a.code.localeCompare(b.code),
  );
  const checks = new Set(settings.readinessChecks);
  const blockers: ProblemCode[] = [];
  for (const p of problems) if (checks.has(p.code) && !blockers.includes(p.code)) blockers.push(p.code);
  return {
    path: model.path,
    title: model.title,
    upstream,
    definitions: model.definitions,
    points: model.points,
    comparisons: model.comparisons,
    questions: model.questions,
    problems,
    ready: blockers.length === 0,
    blockers,
    mtime,
  };
}
