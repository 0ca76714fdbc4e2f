/** Exact text edits: offsets into the original text, applied all at once. */
import { splitLines } from "../markdown/lines";

export interface TextEdit {
  /** Offsets into the file's text as read (a byte order mark counts as one character). */
  from: number;
  to: number;
  text: string;
  /** Why, in a few words: shown in the preview. */
  reason: string;
}

export class EditConflict extends Error {}

export function sortEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].from < sorted[i - 1].to) throw new EditConflict(`two edits overlap (${sorted[i - 1].reason}; ${sorted[i].reason})`);
  }
  return sorted;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = "";
  let at = 0;
  for (const edit of sortEdits(edits)) {
    out += text.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + text.slice(at);
}

export interface DiffHunk {
  /** 1-based first line of the hunk in the original text. */
  line: number;
  removed: string[];
  added: string[];
  reasons: string[];
}

/** A segment's lines, without the empty "line" after a final line ending. */
function linesOf(text: string): string[] {
  if (text === "") return [];
  const { lines } = splitLines(text);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The lines each group of edits touches, before and after: what a reviewer needs to see. */
export function diffHunks(before: string, edits: TextEdit[]): DiffHunk[] {
  const { starts } = splitLines(before);
  const lineOf = (offset: number) => {
    let lo = 0;
    // Stryker disable next-line ArithmeticOperator: equivalent; a start past the last is undefined, never at or before an offset.
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const groups: { first: number; last: number; edits: TextEdit[] }[] = [];
  for (const edit of sortEdits(edits)) {
    const first = lineOf(edit.from);
    const last = Math.max(first, lineOf(Math.max(edit.from, edit.to - 1)));
    const group = groups[groups.length - 1];
    if (group && first <= group.last) {
      group.last = Math.max(group.last, last);
      group.edits.push(edit);
    } else groups.push({ first, last, edits: [edit] });
  }
  return groups.map(({ first, last, edits: group }) => {
    // Whole lines, line endings included, so that a removed line shows as removed.
    const from = starts[first];
    const segment = before.slice(from, starts[last + 1]);
    const after = applyEdits(segment, group.map((e) => ({ ...e, from: e.from - from, to: e.to - from })));
    return { line: first + 1, removed: linesOf(segment), added: linesOf(after), reasons: group.map((e) => e.reason) };
  });
}

/** The hunks as a unified-diff-like text: `@@ line N`, `-` old lines, `+` new lines. */
export function formatHunks(path: string, hunks: DiffHunk[]): string {
  const out = [`--- ${path}`, `+++ ${path}`];
  for (const h of hunks) {
    out.push(`@@ line ${h.line}: ${h.reasons.join("; ")}`, ...h.removed.map((l) => `-${l}`), ...h.added.map((l) => `+${l}`));
  }
  return out.join("\n");
}
