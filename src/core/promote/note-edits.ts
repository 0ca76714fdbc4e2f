/** The optional edits of a promotion (SPEC §7): a dated `promoted:` property and encoding repair. */
import { lineEnding, splitLines } from "../markdown/lines";
import type { ScannedNote } from "../markdown/blocks";
import { damagedRuns } from "../note/encoding";
import type { TextEdit } from "./edits";

/** `promoted: YYYY-MM-DD` in the frontmatter: replaced if present, added before the closing `---`, or a new frontmatter. */
export function promotedDateEdit(text: string, scanned: ScannedNote, today: string): TextEdit {
  const { starts } = splitLines(text);
  const eol = lineEnding(text);
  const first = scanned.blocks[0];
  if (first?.type !== "frontmatter") {
    const at = starts[0];
    return { from: at, to: at, text: `---${eol}promoted: ${today}${eol}---${eol}`, reason: `add promoted: ${today}` };
  }
  // Stryker disable next-line EqualityOperator: equivalent; the closing fence is not a property.
  for (let i = 1; i < first.end - 1; i++) {
    if (/^promoted\s*:/.test(scanned.lines[i])) {
      const from = starts[i];
      return { from, to: from + scanned.lines[i].length, text: `promoted: ${today}`, reason: `promoted: ${today}` };
    }
  }
  const close = starts[first.end - 1];
  return { from: close, to: close, text: `promoted: ${today}${eol}`, reason: `add promoted: ${today}` };
}

/** Each mis-decoded run (`â€™`) replaced by the character it stood for (`’`), outside code. */
export function encodingEdits(text: string, scanned: ScannedNote): TextEdit[] {
  const { starts } = splitLines(text);
  const edits: TextEdit[] = [];
  scanned.prose.forEach((line, i) => {
    for (const run of damagedRuns(line)) {
      const from = starts[i] + run.col;
      edits.push({ from, to: from + run.text.length, text: run.repaired, reason: `repair "${run.text}" → "${run.repaired}"` });
    }
  });
  return edits;
}
