/**
 * Keeps the `sources` property of a generated note's frontmatter current with an exact edit: only
 * the lines of that property change; the rest of the frontmatter is left byte for byte.
 */
import { lineEnding, splitLines } from "../markdown/lines";
import { yamlQuoted } from "./markdown-text";

/** Where the frontmatter's `sources` property stands: its key line and its last line, or null. */
function sourcesBlock(lines: string[]): { key: number; last: number } | null {
  if (lines[0]?.trimEnd() !== "---") return null;
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
  if (close < 0) return null;
  const key = lines.findIndex((l, i) => i < close && /^sources\s*:/.test(l));
  if (key < 0) return null;
  let last = key;
  // The closing fence is neither indented nor an item: it ends the property.
  while (/^\s+\S|^-\s/.test(lines[last + 1])) last++;
  return { key, last };
}

export function replaceSources(text: string, sources: string[]): string {
  const { lines, starts } = splitLines(text);
  const block = sourcesBlock(lines);
  if (!block) return text;
  const wanted = ["sources:", ...sources.map((s) => `  - ${yamlQuoted(s)}`)].join(lineEnding(text));
  const from = starts[block.key];
  const to = starts[block.last] + lines[block.last].length;
  return text.slice(0, from) + wanted + text.slice(to);
}

/**
 * The `sources` items of a generated note's frontmatter, as written (`"[[X]]"`), or null when it
 * has none: what tells whose quiz note a file is.
 */
export function writtenSources(text: string): string[] | null {
  const { lines } = splitLines(text);
  const block = sourcesBlock(lines);
  if (!block) return null;
  const items: string[] = [];
  for (let i = block.key + 1; i <= block.last && /^\s+-\s/.test(lines[i]); i++) items.push(lines[i].replace(/^\s+-\s+/, "").trimEnd());
  return items;
}

/** Whether a note with these written sources is another note's quiz, not one for `sources`. */
export function belongsToOthers(text: string, sources: string[]): boolean {
  const written = writtenSources(text);
  if (written === null || written.length === 0) return false;
  const wanted = new Set(sources.map(yamlQuoted));
  // A group's quiz gains and loses notes; a note's quiz has one source, and it must be this one.
  return sources.length === 1 ? written.length !== 1 || !wanted.has(written[0]) : !written.some((w) => wanted.has(w));
}
