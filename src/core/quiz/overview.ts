/**
 * The incubator overview (SPEC §6): one review note with every incubator note under its
 * upstream — glossary, comparison tables, questions, readiness and problems — each entry linking
 * to its source. The printable, mobile-readable form of the panel; merged like a quiz note.
 */
import { pushAll } from "../arrays";
import { plural } from "../plural";
import { shortHash } from "../hash";
import type { Comparison, KeyPoint } from "../note/model";
import { pointTitle } from "../note/point-names";
import { termLabel } from "../note/terms";
import { definitionBody } from "../report/definition-body";
import { markdownText, noteLink } from "./markdown-text";
import type { NoteReport } from "../vault/note-report";
import type { IndexSnapshot } from "../vault/vault-index";
import { sourceLink } from "./card";
import { mergeRegion, type GeneratedUnit } from "./region";

export interface OverviewNote {
  path: string;
  text: string;
  changed: boolean;
  edited: string[];
  retired: string[];
}

const NO_TOOL = { isToolLine: () => false, attachToolLines: (body: string[]) => body };

function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

/** A term, question or item name: plain text from the note, shown as written (no live link or emphasis). */
function label(text: string): string {
  return markdownText(text.replace(/\r?\n/g, " "));
}

/**
 * A glossary entry's text under its list item: the first line after the label and the link, the
 * rest indented beneath it, so that a list in the answer stays a list.
 */
function entry(label: string, text: string, link: string): string {
  const lines = text.split(/\r?\n/);
  // An answer that opens with a list or a table starts under the entry, not on its line.
  const first = /^(?:[-*+] |\d+[.)] |\|)/.test(lines[0]) ? "" : (lines.shift() as string);
  return [`- ${label} ${first ? `${first} ` : ""}${link}`, ...lines.map((l) => `  ${l}`)].join("\n");
}

function table(note: NoteReport, c: Comparison): string[] {
  const link = sourceLink(note.title, c.heading === note.title ? "" : c.heading);
  const lines = [`**${c.heading}** ${link}`, ""];
  if (c.items.length > 0) lines.push("| | |", "| --- | --- |", ...c.items.map((i) => `| ${label(i.name)} | ${cell(i.text)} |`), "");
  if (c.summary) lines.push(`> ${cell(c.summary)}`, "");
  return lines;
}

/** A key point run: its title and link, then its items, numbered when their order matters. */
function points(note: NoteReport, p: KeyPoint): string[] {
  const lines = [`**${label(pointTitle(p))}** ${sourceLink(note.title, p.heading)}`, ""];
  p.items.forEach((item, i) => {
    const marker = p.ordered ? `${i + 1}.` : "-";
    const [first, ...rest] = item.text.split(/\r?\n/);
    // Lines after the first stay inside the item: indented past its marker.
    lines.push(`${marker} **${label(item.label)}**: ${first}`.trimEnd(), ...rest.map((l) => `${" ".repeat(marker.length + 1)}${l}`));
  });
  lines.push("");
  return lines;
}

function noteLines(note: NoteReport): string[] {
  const status = note.ready ? "ready for promotion" : `not ready: ${note.blockers.join(", ")}`;
  const lines = [`### ${markdownText(note.title)}`, `${noteLink(note.title, note.path)} · ${status}`, ""];
  if (note.definitions.length > 0) {
    lines.push(
      ...note.definitions.map((d) => {
        return entry(`**${label(termLabel(d))}**:`, definitionBody(d), sourceLink(note.title, d.heading));
      }),
      "",
    );
  }
  for (const c of note.comparisons) pushAll(lines, table(note, c));
  for (const p of note.points) pushAll(lines, points(note, p));
  if (note.questions.length > 0) {
    pushAll(lines, note.questions.map((q) => entry(`*${label(q.question)}*`, q.answer, sourceLink(note.title, q.heading)))).push("");
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; with no problems the empty line pushed is dropped below.
  if (note.problems.length > 0) {
    pushAll(lines, note.problems.map((p) => `- ⚠ ${p.code} (line ${p.line}): ${cell(p.message)}`)).push("");
  }
  while (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export function buildOverviewNote(existing: string | null, path: string, snapshot: IndexSnapshot): OverviewNote {
  const byPath = new Map(snapshot.notes.map((n) => [n.path, n]));
  const units: GeneratedUnit[] = [];
  const ready = snapshot.notes.filter((n) => n.ready).length;
  units.push({ id: "summary", lines: [`${plural(snapshot.notes.length, "incubator note")} under ${plural(snapshot.groups.length, "upstream topic")}; ${ready} ready for promotion.`] });
  const shownUnder = new Map<string, string>();
  for (const group of snapshot.groups) {
    const name = group.upstream === null ? "No upstream" : group.path ? `[[${group.path.replace(/\.md$/i, "")}|${group.upstream}]]` : `${group.upstream} (not found)`;
    const groupId = `group-${shortHash(group.path ?? `?${group.upstream ?? ""}`)}`;
    units.push({ id: groupId, lines: [`## ${name}`] });
    for (const notePath of group.notes) {
      const note = byPath.get(notePath);
      if (!note) continue;
      // A note under several upstreams appears under each, in full only under the first; each entry has its own id.
      const first = shownUnder.get(notePath);
      const lines = first === undefined ? noteLines(note) : [`### ${markdownText(note.title)}`, `${noteLink(note.title, note.path)} · see under ${markdownText(first)}`];
      // Stryker disable next-line StringLiteral: equivalent; a note without an upstream is under no other group, so it is never "seen under" this name.
      if (first === undefined) shownUnder.set(notePath, group.upstream ?? "No upstream");
      units.push({ id: `${groupId.slice(6)}-${shortHash(note.path)}`, lines });
    }
  }
  const merged = mergeRegion(existing, {
    units,
    retiredHeading: { id: "retired", lines: ["## No longer in the incubator", "Entries of notes that left the incubator or were edited here; delete them when you like."] },
    tool: NO_TOOL,
    disposable: (id) => id === "summary" || id.startsWith("group-"),
    frame: { above: ["# Incubator overview", "", "Generated by Incubator. Text outside the generated region, and entries you edit, are kept when it is generated again.", ""], below: [] },
  });
  return { path, text: merged.text, changed: merged.changed, edited: merged.edited, retired: merged.retired };
}
