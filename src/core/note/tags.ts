/** Tags as Obsidian reads them (SPEC §1). */
import { findKey, valuesOf, type Frontmatter } from "./frontmatter";

export interface TagHit {
  /** The tag as written, without `#`. */
  tag: string;
  /** 1-based line and 0-based column of the `#`. */
  line: number;
  col: number;
}

const TAG_CHAR = /[\p{L}\p{N}\p{M}\p{So}\p{Sk}_\-/]/u;

/**
 * A tag as a user may set one (the incubator tag, the tag a promotion puts in its place), without
 * `#`, or null when Obsidian would not read it as one tag: only letters, digits, `_`, `-` and `/`
 * (nesting), not digits alone. The plugin's settings and the CLI's options both check with it, so
 * nothing else (`]`, a comma, a line break) ever reaches a note's frontmatter or body.
 */
export function normaliseTag(value: string): string | null {
  const tag = value.trim().replace(/^#/, "");
  if (tag === "" || /^\d+$/.test(tag) || tag.startsWith("/") || tag.endsWith("/") || tag.includes("//")) return null;
  for (const ch of tag) if (!TAG_CHAR.test(ch)) return null;
  return tag;
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === " " || c === "\t" || c === "\u00a0" || c === "\u3000";
}

/** Tags in the body: a `#` at the start of a line or after white space, outside code and comments. */
export function bodyTags(masked: readonly string[]): TagHit[] {
  const hits: TagHit[] = [];
  masked.forEach((line, index) => {
    for (let at = line.indexOf("#"); at >= 0; at = line.indexOf("#", at + 1)) {
      // At the line's start there is no character before: `isSpace(undefined)` is true.
      if (!isSpace(line[at - 1])) continue;
      let end = at + 1;
      while (end < line.length) {
        const code = line.codePointAt(end) as number;
        const ch = String.fromCodePoint(code);
        if (!TAG_CHAR.test(ch)) break;
        end += ch.length;
      }
      const tag = line.slice(at + 1, end);
      if (tag.length > 0 && !/^[0-9]+$/.test(tag)) hits.push({ tag, line: index + 1, col: at });
      at = end - 1;
    }
  });
  return hits;
}

/** Tags of the `tags` / `tag` property: a list, or a string split on commas and spaces. */
export function frontmatterTags(frontmatter: Frontmatter | null): string[] {
  if (!frontmatter) return [];
  const out: string[] = [];
  for (const name of ["tags", "tag"]) {
    const key = findKey(frontmatter, name, false);
    if (key === undefined) continue;
    for (const value of valuesOf(frontmatter.values.get(key), true)) {
      const tag = value.startsWith("#") ? value.slice(1) : value;
      if (tag) out.push(tag);
    }
  }
  return out;
}

/** `#incubator` and `#incubator/aws` match `incubator`; `#incubator-old` does not. */
export function matchesTag(tag: string, wanted: string): boolean {
  const t = tag.toLowerCase();
  // Stryker disable next-line Regex: equivalent unanchored; a tag holds no `#` but a leading one (normaliseTag refuses any other).
  const w = wanted.toLowerCase().replace(/^#/, "");
  return t === w || t.startsWith(w + "/");
}
