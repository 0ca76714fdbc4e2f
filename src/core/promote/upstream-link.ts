/**
 * The link from the upstream note to promoted notes (SPEC §7): under a configurable heading,
 * created at the end of the note when missing, each link added once (a link already there, in
 * any form that names the note, is enough).
 */
import { lineEnding, splitLines } from "../markdown/lines";
import { scanMarkdown } from "../markdown/scanner";
import { linksInLine } from "../note/links";
import { cleanHeading } from "../note/note-doc";
import type { TextEdit } from "./edits";

export interface LinkedNote {
  /** File name without `.md`: the link text. */
  title: string;
  /** Lower-cased names that count as a link to this note (title, path without `.md`). */
  names: string[];
}

export function upstreamLinkEdit(text: string, heading: string, notes: LinkedNote[]): TextEdit | null {
  const scanned = scanMarkdown(text);
  const { starts } = splitLines(text);
  const eol = lineEnding(text);
  const wanted = heading.trim().toLowerCase();
  // Stryker disable next-line MethodExpression,ConditionalExpression: equivalent; only headings carry a text and a level.
  const headings = scanned.blocks.filter((b) => b.type === "heading");
  const section = headings.find((h) => cleanHeading(h.text ?? "").toLowerCase() === wanted);
  let from: number;
  let to: number;
  let existing: Set<string>;
  if (section) {
    const level = section.level ?? 2;
    const next = headings.find((h) => h.start > section.start && (h.level ?? 7) <= level);
    const endLine = next ? next.start - 1 : scanned.lines.length;
    existing = new Set<string>();
    let last = section.start;
    for (let line = section.start + 1; line <= endLine; line++) {
      for (const link of linksInLine(scanned.masked[line - 1], line)) existing.add(link.target.replace(/\.md$/i, "").toLowerCase());
      if (scanned.lines[line - 1].trim() !== "") last = line;
    }
    // After the last non-blank line of the section.
    from = to = starts[last - 1] + scanned.lines[last - 1].length;
  } else {
    existing = new Set();
    from = to = text.length;
  }
  const missing = notes.filter((n) => !n.names.some((name) => existing.has(name)));
  if (missing.length === 0) return null;
  const items = missing.map((n) => `- [[${n.title}]]`);
  if (section) return { from, to, text: eol + items.join(eol), reason: `link ${missing.map((n) => n.title).join(", ")} under ${heading}` };
  const lead = text === "" ? "" : /[\r\n]$/.test(text) ? eol : eol + eol;
  return { from, to, text: `${lead}## ${heading.trim()}${eol}${items.join(eol)}${eol}`, reason: `add ${heading} with ${missing.map((n) => n.title).join(", ")}` };
}
