/** Finding a note's `upstream:` field (SPEC §2) in the body or the frontmatter. */
import { pushAll } from "../arrays";
import { linksInLine, parseWikilinkBody } from "./links";
import { findKey, valuesOf, type Frontmatter } from "./frontmatter";

export interface UpstreamTarget {
  /** The target as written, without alias or heading (`[[AWS/EC2|EC2]]` → `AWS/EC2`). */
  link: string;
  subpath: string | null;
}

export interface UpstreamField {
  /** 1-based line of the field. */
  line: number;
  targets: UpstreamTarget[];
}

function skipSpaces(line: string, i: number): number {
  while (i < line.length && (line[i] === " " || line[i] === "\t")) i++;
  return i;
}

/** Skips what may stand before the key: blockquote markers, one list bullet, heading hashes. */
function keyStart(line: string): number {
  let i = skipSpaces(line, 0);
  while (line[i] === ">") i = skipSpaces(line, i + 1);
  const bullet = /^(?:[-*+]|\d{1,9}[.)])[ \t]/.exec(line.slice(i, i + 12));
  if (bullet) i = skipSpaces(line, i + bullet[0].length);
  let hashes = 0;
  while (line[i + hashes] === "#") hashes++;
  if (hashes >= 1 && hashes <= 6 && (line[i + hashes] === " " || line[i + hashes] === "\t")) {
    i = skipSpaces(line, i + hashes);
  }
  return i;
}

/** The text after `key:` or `key::` when the line is a field named by one of `keys`. */
export function fieldValue(line: string, keys: readonly string[]): { value: string; col: number } | null {
  const at = keyStart(line);
  const lower = line.slice(at, at + 64).toLowerCase();
  for (const key of keys) {
    const k = key.trim().toLowerCase();
    if (!k || !lower.startsWith(k)) continue;
    let j = skipSpaces(line, at + k.length);
    if (line[j] !== ":") continue;
    j++;
    if (line[j] === ":") j++;
    return { value: line.slice(j), col: j };
  }
  return null;
}

function targetsIn(text: string, lineNumber: number): UpstreamTarget[] {
  return linksInLine(text, lineNumber)
    .filter((l) => l.target.length > 0)
    .map((l) => ({ link: l.target, subpath: l.subpath }));
}

function fromFrontmatter(frontmatter: Frontmatter, keys: readonly string[]): UpstreamField | null {
  for (const name of keys) {
    const key = findKey(frontmatter, name.trim(), true);
    if (key === undefined) continue;
    const line = frontmatter.lines.get(key) as number;
    const targets: UpstreamTarget[] = [];
    for (const value of valuesOf(frontmatter.values.get(key), false)) {
      const found = targetsIn(value, line);
      if (found.length > 0) pushAll(targets, found);
      else if (!value.includes("[")) targets.push(parseTargetText(value));
    }
    return { line, targets };
  }
  return null;
}

function parseTargetText(value: string): UpstreamTarget {
  const { target, subpath } = parseWikilinkBody(value);
  return { link: target, subpath };
}

/**
 * The note's upstream: the frontmatter property if present, else the first body line
 * `key: [[…]]` with links. A key with nothing after it is an empty field; a key followed by
 * prose and no link ("Up: the sky") is not a field at all.
 */
export function findUpstream(
  masked: readonly string[],
  bodyStart: number,
  frontmatter: Frontmatter | null,
  keys: readonly string[],
): UpstreamField | null {
  const fromProperties = frontmatter ? fromFrontmatter(frontmatter, keys) : null;
  if (fromProperties && fromProperties.targets.length > 0) return fromProperties;
  let empty: UpstreamField | null = fromProperties;
  for (let i = bodyStart; i < masked.length; i++) {
    const line = masked[i];
    // Stryker disable next-line ConditionalExpression: equivalent; a shortcut, a field has a colon.
    if (!line.includes(":")) continue;
    const field = fieldValue(line, keys);
    if (!field) continue;
    const targets = targetsIn(field.value, i + 1);
    if (targets.length > 0) return { line: i + 1, targets };
    if (/^[\s,]*$/.test(field.value)) empty ??= { line: i + 1, targets: [] };
  }
  return empty;
}
