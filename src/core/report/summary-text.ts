/** The human-readable `summary` and `check` output of the CLI. */
import { pushAll } from "../arrays";
import { plural } from "../plural";
import { kindPlural, pointTitle } from "../note/point-names";
import { termLabel } from "../note/terms";
import type { IndexSnapshot } from "../vault/vault-index";
import type { NoteReport } from "../vault/note-report";

function noteLines(note: NoteReport): string[] {
  const counts = [
    plural(note.definitions.length, "definition"),
    plural(note.comparisons.length, "comparison"),
    plural(note.questions.length, "question"),
  ].join(", ");
  const status = note.ready ? "ready" : `not ready (${note.blockers.join(", ")})`;
  const lines = [`  ${note.title} — ${counts} — ${status}`, `    ${note.path}`];
  if (note.definitions.length > 0) {
    const terms = note.definitions.map(termLabel);
    lines.push(`    Terms: ${terms.join("; ")}`);
  }
  for (const p of note.points) lines.push(`    ${pointTitle(p)} (${kindPlural(p.kind)}): ${p.items.map((i) => i.label).join("; ")} (line ${p.line})`);
  for (const c of note.comparisons) lines.push(`    Compares: ${c.subjects.join(" / ")} (line ${c.line})`);
  for (const p of note.problems) lines.push(`    ! line ${p.line} ${p.code}: ${p.message}`);
  return lines;
}

export function summaryText(snapshot: IndexSnapshot, tag: string): string {
  const { notes, groups } = snapshot;
  if (notes.length === 0) return `No notes tagged #${tag}.\n`;
  const ready = notes.filter((n) => n.ready).length;
  const byPath = new Map(notes.map((n) => [n.path, n]));
  const out = [
    `${plural(notes.length, "note")} tagged #${tag} under ${plural(groups.length, "upstream group")}; ${ready} ready for promotion.`,
  ];
  // A note under several upstreams is told in full once; its other groups name it (so that a
  // note with thousands of upstream links does not repeat its thousands of problems under each).
  const shownUnder = new Map<string, string>();
  for (const group of groups) {
    const name = group.upstream === null ? "(no upstream)" : group.path ? `${group.upstream} (${group.path})` : `${group.upstream} (not found)`;
    out.push("", `${name} — ${plural(group.notes.length, "note")}`);
    for (const path of group.notes) {
      const note = byPath.get(path) as NoteReport;
      const first = shownUnder.get(path);
      if (first !== undefined) {
        out.push(`  ${note.title} — see under ${first}`);
        continue;
      }
      shownUnder.set(path, name);
      pushAll(out, noteLines(note));
    }
  }
  return out.join("\n") + "\n";
}

/** One line a problem, `path:line: code: message`, as editors and CI read them. */
export function checkText(snapshot: IndexSnapshot): string {
  const lines: string[] = [];
  for (const note of snapshot.notes) {
    for (const p of note.problems) lines.push(`${note.path}:${p.line}: ${p.code}: ${p.message}`);
  }
  const withProblems = snapshot.notes.filter((n) => n.problems.length > 0).length;
  lines.push(
    lines.length === 0
      ? `${plural(snapshot.notes.length, "incubator note")}, no problems.`
      : `${plural(lines.length, "problem")} in ${plural(withProblems, "note")} of ${snapshot.notes.length}.`,
  );
  return lines.join("\n") + "\n";
}
