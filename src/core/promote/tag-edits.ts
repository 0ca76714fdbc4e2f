/**
 * Edits that replace the incubator tag with the next tag where it stands (SPEC §7): in the body
 * (inline, list items, headings, nested `#incubator/x` → `#evergreen/x`) and in the frontmatter
 * `tags` / `tag` property (list items, flow lists, strings). Tags inside code, math and comments
 * are never seen, because the body is read through the scanner's masked view.
 */
import { pushAll } from "../arrays";
import { splitLines } from "../markdown/lines";
import type { ScannedNote } from "../markdown/blocks";
import { bodyTags, matchesTag } from "../note/tags";
import type { TextEdit } from "./edits";

function renamed(found: string, tag: string, next: string): string {
  return next + found.slice(tag.length);
}

/** The span of line `index` including its line ending (or the one before it, for the last line). */
function wholeLine(text: string, starts: number[], index: number): { from: number; to: number } {
  if (index + 1 < starts.length) return { from: starts[index], to: starts[index + 1] };
  const from = index > 0 ? starts[index] - (text.slice(0, starts[index]).endsWith("\r\n") ? 2 : 1) : starts[index];
  return { from, to: text.length };
}

function bodyEdits(text: string, scanned: ScannedNote, tag: string, next: string): TextEdit[] {
  const { starts } = splitLines(text);
  const edits: TextEdit[] = [];
  for (const hit of bodyTags(scanned.masked)) {
    if (!matchesTag(hit.tag, tag)) continue;
    const line = scanned.lines[hit.line - 1];
    const from = starts[hit.line - 1] + hit.col;
    const to = from + 1 + hit.tag.length;
    if (next) {
      edits.push({ from, to, text: `#${renamed(hit.tag, tag, next)}`, reason: `#${hit.tag} → #${renamed(hit.tag, tag, next)}` });
      continue;
    }
    const rest = line.slice(0, hit.col) + line.slice(hit.col + 1 + hit.tag.length);
    if (/^\s*(?:[-*+]|#{1,6}|>)?\s*$/.test(rest)) {
      edits.push({ ...wholeLine(text, starts, hit.line - 1), text: "", reason: `remove the line #${hit.tag}` });
    } else if (line[hit.col + 1 + hit.tag.length] === " ") {
      edits.push({ from, to: to + 1, text: "", reason: `remove #${hit.tag}` });
    } else {
      edits.push({ from: hit.col > 0 && line[hit.col - 1] === " " ? from - 1 : from, to, text: "", reason: `remove #${hit.tag}` });
    }
  }
  return edits;
}

const TOKEN = /(^|[\s,[])(["']?)(#?)([^\s,[\]"'#]+)\2(?=$|[\s,\]])/g;

function frontmatterEdits(text: string, scanned: ScannedNote, tag: string, next: string): TextEdit[] {
  const first = scanned.blocks[0];
  if (first?.type !== "frontmatter") return [];
  const { starts } = splitLines(text);
  const edits: TextEdit[] = [];
  let inTags = false;
  // Stryker disable next-line EqualityOperator: equivalent; the closing fence is neither a key nor an item.
  for (let i = 1; i < first.end - 1; i++) {
    const line = scanned.lines[i];
    const key = /^(tags?)\s*:(.*)/.exec(line);
    if (key) {
      inTags = true;
      pushAll(edits, tokenEdits(key[2], starts[i] + line.length - key[2].length, tag, next));
      continue;
    }
    if (!/^\s/.test(line)) {
      inTags = false;
      continue;
    }
    // `-incubator` with no space is a string that starts with a dash, not a list item.
    const item = /^(\s*-\s+)(.*)/.exec(line);
    if (!inTags || !item) continue;
    const value = /^(["']?)(#?)([^"'\s]+)\1\s*$/.exec(item[2]);
    if (!value || !matchesTag(value[3], tag)) continue;
    if (next) {
      const at = starts[i] + item[1].length + value[1].length + value[2].length;
      edits.push({ from: at, to: at + value[3].length, text: renamed(value[3], tag, next), reason: `tags: ${value[3]} → ${renamed(value[3], tag, next)}` });
    } else {
      edits.push({ ...wholeLine(text, starts, i), text: "", reason: `tags: remove ${value[3]}` });
    }
  }
  return edits;
}

/**
 * Where the separator before a tag ending at `end` starts: a `, ` or the spaces after another tag
 * of a string (or `end` when there is none); a linear scan.
 */
function separatorBefore(value: string, end: number): number {
  let i = end;
  // Stryker disable next-line EqualityOperator: equivalent; before the start there is no character, neither space nor comma.
  while (i > 0 && /\s/.test(value[i - 1])) i--;
  // The space between the key's colon (or a flow list's bracket) and the value stays.
  if (value[i - 1] !== ",") return i > 0 && value[i - 1] !== "[" ? i : end;
  i--;
  // Stryker disable next-line EqualityOperator: equivalent; as above.
  while (i > 0 && /\s/.test(value[i - 1])) i--;
  return i;
}

/** Tags in a flow list or a string value: `[seed, incubator]`, `seed, incubator`, `"#incubator"`. */
function tokenEdits(value: string, offset: number, tag: string, next: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of value.matchAll(TOKEN)) {
    const name = m[4];
    if (!matchesTag(name, tag)) continue;
    const start = m.index + m[1].length;
    if (next) {
      const at = offset + start + m[2].length + m[3].length;
      edits.push({ from: at, to: at + name.length, text: renamed(name, tag, next), reason: `tags: ${name} → ${renamed(name, tag, next)}` });
      continue;
    }
    let from = start;
    let to = start + m[2].length * 2 + m[3].length + name.length;
    // The separator after it goes with it: a comma, or the spaces before the next tag of a string.
    const after = /^\s*,\s*|^[ \t]+(?=\S)/.exec(value.slice(to));
    if (after) to += after[0].length;
    else from = separatorBefore(value, from);
    edits.push({ from: offset + from, to: offset + to, text: "", reason: `tags: remove ${name}` });
  }
  return edits;
}

export function tagEdits(text: string, scanned: ScannedNote, tag: string, next: string): TextEdit[] {
  const wanted = tag.replace(/^#/, "");
  const nextTag = next.replace(/^#/, "").trim();
  return [...frontmatterEdits(text, scanned, wanted, nextTag), ...bodyEdits(text, scanned, wanted, nextTag)];
}
