/** Problems found in a note on its own (SPEC §3); upstream problems need the vault index. */
import { isBlank } from "../markdown/lines";
import { isThematicBreak } from "../markdown/line-kinds";
import type { Problem } from "./model";
import { maskedContentOf, opensBold, type NoteDoc } from "./note-doc";
import { damagedRuns } from "./encoding";

/** A template label with a colon (`**video links**:` or `**video links:**`) and nothing else. */
const TEMPLATE_LABEL = /^(\*\*|__)([^*_\n]{1,80}?)\1\s*[:：]\s*$|^(\*\*|__)([^*_\n]{1,80}?[:：])\3\s*$/;

/** Trimmed content can match `TEMPLATE_LABEL` only when it ends with the colon or the bold closer. */
function endsLikeLabel(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  return last === 58 || last === 0xff1a || last === 42 || last === 95;
}

function emptyFields(doc: NoteDoc, out: Problem[]): void {
  const { masked } = doc.scanned;
  for (const block of doc.blocks) {
    // `**label**:` right above `---` is a setext heading to CommonMark, and still a field.
    const setext = block.type === "heading" && block.end > block.start;
    if (block.type !== "paragraph" && block.type !== "list" && !setext) continue;
    for (let line = block.start; line <= block.end; line++) {
      const content = maskedContentOf(doc, line);
      const m = opensBold(content) && endsLikeLabel(content) ? TEMPLATE_LABEL.exec(content) : null;
      if (!m) continue;
      // Filled when anything stands on the lines under it before a blank line or `---`.
      const next = masked[line];
      if (next === undefined || isBlank(next) || isThematicBreak(next)) {
        const label = (m[2] ?? m[4]).replace(/[:：]$/, "").trim();
        out.push({ code: "empty-field", message: `The field "${label}" is empty.`, line, subject: label });
      }
    }
  }
}

function emptySections(doc: NoteDoc, out: Problem[]): void {
  for (const section of doc.sections) {
    let content = false;
    for (let i = section.from; i < section.to && !content; i++) {
      content = doc.blocks[i].type !== "thematicBreak";
    }
    if (!content) out.push({ code: "empty-section", message: `The section "${section.text}" is empty.`, line: section.line, subject: section.text });
  }
}

function encodingDamage(doc: NoteDoc, out: Problem[]): void {
  doc.scanned.prose.forEach((line, index) => {
    const runs = damagedRuns(line);
    if (runs.length === 0) return;
    const shown = runs
      .slice(0, 3)
      .map((r) => `"${r.text}" → "${r.repaired}"`)
      .join(", ");
    out.push({ code: "encoding-damage", message: `Text was decoded with the wrong encoding: ${shown}.`, line: index + 1 });
  });
}

/** `mayBeDamaged`: the note's text holds a character that can start damage (`mayHoldDamage`). */
export function noteProblems(doc: NoteDoc, hasContent: boolean, mayBeDamaged: boolean): Problem[] {
  const out: Problem[] = [];
  emptyFields(doc, out);
  emptySections(doc, out);
  if (mayBeDamaged) encodingDamage(doc, out);
  if (!hasContent) {
    out.push({ code: "no-definitions", message: "No definitions, questions or comparisons found.", line: 1 });
  }
  return out;
}
