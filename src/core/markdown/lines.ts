/** A note's text split into lines, remembering exactly how it was written. */
export interface SplitText {
  /** True when the text began with a UTF-8 byte order mark (removed from `lines[0]`). */
  bom: boolean;
  /** Line contents without their line endings. */
  lines: string[];
  /** Offset in the original text where each line starts (BOM included in the count). */
  starts: number[];
}

const BOM = "\uFEFF";

/**
 * Splits on `\r\n`, `\n` and lone `\r`, as Obsidian does, so that a note saved on any platform
 * yields the same lines.
 */
/** The line ending a note uses, for text added to it: CRLF, a lone CR (old Mac files), or LF. */
export function lineEnding(text: string): "\r\n" | "\r" | "\n" {
  if (text.includes("\r\n")) return "\r\n";
  return text.includes("\r") && !text.includes("\n") ? "\r" : "\n";
}

export function splitLines(text: string): SplitText {
  const bom = text.startsWith(BOM);
  const lines: string[] = [];
  const starts: number[] = [];
  let start = bom ? 1 : 0;
  const n = text.length;
  if (text.indexOf("\r", start) < 0) {
    // Only `\n` endings (most notes): `indexOf` finds them far faster than a loop over characters.
    for (let i = text.indexOf("\n", start); i >= 0; i = text.indexOf("\n", start)) {
      lines.push(text.slice(start, i));
      starts.push(start);
      start = i + 1;
    }
  } else {
    for (let i = start; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        lines.push(text.slice(start, i));
        starts.push(start);
        if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
  }
  lines.push(text.slice(start));
  starts.push(start);
  return { bom, lines, starts };
}

/** Width of the leading white space, a tab counting to the next multiple of four. */
export function indentWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Whether a UTF-16 code unit is white space to `trim` and to `\s` (in a pattern without the `u` flag). */
export function isSpaceCode(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Index of the first character of `text` that is not white space (`text.length` when none is). */
export function firstVisible(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

export function isBlank(line: string): boolean {
  // A visible ASCII character first (most lines): not blank, without trimming.
  const c = line.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return line.trim().length === 0;
}

export function blankOut(text: string): string {
  return " ".repeat(text.length);
}
