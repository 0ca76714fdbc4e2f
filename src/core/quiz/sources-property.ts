/**
 * Keeps the `sources` property of a generated note's frontmatter current with an exact edit: only
 * the lines of that property change; the rest of the frontmatter is left byte for byte.
 */
import { splitLines } from "../markdown/lines";
import { yamlQuoted } from "./markdown-text";

export function replaceSources(text: string, sources: string[]): string {
  const { lines, starts } = splitLines(text);
  if (lines[0]?.trimEnd() !== "---") return text;
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
  if (close < 0) return text;
  const key = lines.findIndex((l, i) => i > 0 && i < close && /^sources\s*:/.test(l));
  if (key < 0) return text;
  let last = key;
  while (last + 1 < close && /^\s+\S|^-\s/.test(lines[last + 1])) last++;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const wanted = ["sources:", ...sources.map((s) => `  - ${yamlQuoted(s)}`)].join(eol);
  const from = starts[key];
  const to = starts[last] + lines[last].length;
  return text.slice(from, to) === wanted ? text : text.slice(0, from) + wanted + text.slice(to);
}
