/**
 * Inline masking inside prose blocks: code spans, `%% … %%` and `<!-- … -->` comments and
 * `$$ … $$` math. Each search moves forward only, so the cost is linear in the block's length
 * whatever the input (a megabyte of backticks is one run, found once).
 */
type Range = [number, number];

const INLINE_MARKERS = ["`", "%", "$", "<"];

/**
 * For each line (by the offsets where lines start), 1 when it holds a character that can open
 * inline non-prose. A search of the whole text per character finds the few lines that do; a
 * line is left at its first hit.
 */
export function linesWithInlineMarkers(text: string, starts: readonly number[]): Uint8Array {
  const marked = new Uint8Array(starts.length);
  for (const marker of INLINE_MARKERS) {
    let line = 0;
    for (let at = text.indexOf(marker); at >= 0; ) {
      while (line + 1 < starts.length && starts[line + 1] <= at) line++;
      marked[line] = 1;
      if (line + 1 >= starts.length) break;
      at = text.indexOf(marker, starts[line + 1]);
    }
  }
  return marked;
}

/**
 * Code spans as CommonMark pairs them: a run of n backticks closes at the next run of exactly n.
 * A backslash escapes the first backtick of an opening run only: inside a span it is text, so a
 * closing run keeps its whole length (`` `\` `` is a span holding a backslash).
 */
export function codeSpans(text: string): Range[] {
  const runs: { start: number; end: number; escaped: boolean }[] = [];
  for (let i = text.indexOf("`"); i >= 0; i = text.indexOf("`", i)) {
    let j = i;
    while (text.charCodeAt(j) === 96) j++;
    // Escaped by an odd run of backslashes (`\\` is an escaped backslash).
    let slashes = 0;
    while (i - slashes > 0 && text.charCodeAt(i - slashes - 1) === 92) slashes++;
    runs.push({ start: i, end: j, escaped: slashes % 2 === 1 });
    i = j;
  }
  const byLength = new Map<number, number[]>();
  runs.forEach(({ start, end }, index) => {
    const list = byLength.get(end - start);
    if (list) list.push(index);
    else byLength.set(end - start, [index]);
  });
  const cursor = new Map<number, number>();
  const spans: Range[] = [];
  for (let r = 0; r < runs.length; ) {
    const opener = runs[r];
    const from = opener.escaped ? opener.start + 1 : opener.start;
    const length = opener.end - from;
    const same = byLength.get(length) ?? [];
    let c = cursor.get(length) ?? 0;
    while (c < same.length && same[c] <= r) c++;
    cursor.set(length, c);
    if (length > 0 && c < same.length) {
      const closer = same[c];
      spans.push([from, runs[closer].end]);
      r = closer + 1;
    } else {
      r++;
    }
  }
  return spans;
}

function blank(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  let out = "";
  let at = 0;
  for (const [a, b] of ranges) {
    const hidden = text.slice(a, b);
    out += text.slice(at, a) + (hidden.includes("\n") ? hidden.replace(/[^\n]/g, " ") : " ".repeat(b - a));
    at = b;
  }
  return out + text.slice(at);
}

/** Pairs of `open … close` markers, in order; an unclosed opener is left as text. */
function delimitedRanges(text: string, open: string, close: string): Range[] {
  const ranges: Range[] = [];
  let at = text.indexOf(open);
  while (at >= 0) {
    const end = text.indexOf(close, at + open.length);
    if (end < 0) break;
    ranges.push([at, end + close.length]);
    at = text.indexOf(open, end + close.length);
  }
  return ranges;
}

function merge(...lists: Range[][]): Range[] {
  const all = lists.flat().sort((x, y) => x[0] - y[0]);
  const out: Range[] = [];
  for (const r of all) {
    const prev = out[out.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Blanks the inline non-prose of lines `from`–`to` (0-based, inclusive): comments and math in
 * both views, code spans in `masked` only (their text stays readable in `prose`). The scanner
 * calls it only for blocks with a line `linesWithInlineMarkers` marked.
 */
export function maskInline(masked: string[], prose: string[], from: number, to: number): void {
  const text = masked.slice(from, to + 1).join("\n");
  const code = codeSpans(text);
  const withoutCode = blank(text, code);
  const comments = merge(
    delimitedRanges(withoutCode, "%%", "%%"),
    delimitedRanges(withoutCode, "<!--", "-->"),
    delimitedRanges(withoutCode, "$$", "$$"),
  );
  const proseText = blank(prose.slice(from, to + 1).join("\n"), comments);
  const maskedText = blank(withoutCode, comments);
  const proseLines = proseText.split("\n");
  const maskedLines = maskedText.split("\n");
  for (let k = from; k <= to; k++) {
    prose[k] = proseLines[k - from];
    masked[k] = maskedLines[k - from];
  }
}
