/**
 * Rewriting one link so that it leads to a moved note's new place: only the target as written
 * changes (`[[Incubator/Idea#Part|alias]]` → `[[Evergreen/Idea#Part|alias]]`); heading, alias,
 * text and title stay, and so does the link's style — `.md` or not, relative or from the vault
 * root, encoded or in angle brackets.
 */
import { decodeUrl, MARKDOWN_LINK, WIKILINK, type Link } from "../note/links";
import type { LinkResolver } from "../vault/link-resolver";

/** Where a link's target is written on its line, and how. */
export interface TargetSpan {
  /** Columns of the target on the line: [from, to). */
  from: number;
  to: number;
  raw: string;
  kind: Link["kind"];
  /** A Markdown link's URL in `<…>`. */
  angled: boolean;
}

const WIKILINK_AT = new RegExp(WIKILINK.source, "y");
const MARKDOWN_LINK_AT = new RegExp(MARKDOWN_LINK.source, "y");

/** The span of the target of `link` (found at its column of `line`), before any `#`, `|` or title. */
export function targetSpan(line: string, link: Link): TargetSpan | null {
  const pattern = link.kind === "wiki" ? WIKILINK_AT : MARKDOWN_LINK_AT;
  pattern.lastIndex = link.col;
  const m = pattern.exec(line);
  if (!m) return null;
  if (link.kind === "wiki") {
    const bodyStart = link.col + m[1].length + 2;
    return span(m[2], bodyStart, ["|", "#"], "wiki", false);
  }
  const urlStart = link.col + m[1].length + m[2].length + 3;
  const angled = m[3].startsWith("<");
  return angled ? span(m[3].slice(1, -1), urlStart + 1, ["#"], "markdown", true) : span(m[3], urlStart, ["#"], "markdown", false);
}

function span(text: string, start: number, stops: string[], kind: Link["kind"], angled: boolean): TargetSpan {
  let end = text.length;
  for (const stop of stops) {
    const at = text.indexOf(stop);
    // Stryker disable next-line EqualityOperator: equivalent; two stops are never at one place, and a target that starts with one is empty (the note itself), never a moved note.
    if (at >= 0 && at < end) end = at;
  }
  const raw = text.slice(0, end);
  const lead = raw.length - raw.trimStart().length;
  const target = raw.trim();
  return { from: start + lead, to: start + lead + target.length, raw: target, kind, angled };
}

function folderParts(path: string): string[] {
  const parts = path.split("/");
  parts.pop();
  return parts;
}

/** `path` (from the vault root) as seen from the folder of `fromPath`: `../Notes/A.md`. */
function relativeTo(fromPath: string, path: string): string {
  const from = folderParts(fromPath);
  const to = path.split("/");
  let common = 0;
  while (common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join("/");
  return up === 0 ? `./${rest}` : `${"../".repeat(up)}${rest}`;
}

/** Characters a Markdown link's bare URL cannot hold as they are. */
const NEEDS_ENCODING = /[\s()<>%#]/;

function encodePath(path: string): string {
  return encodeURI(path).replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/#/g, "%23");
}

/**
 * The target to write instead of `span` so that, from `linkingPath` (where the linking note
 * stands after the moves), the link leads to `dest`; null when no such target is found.
 */
export function rewrittenTarget(span: TargetSpan, dest: string, linkingPath: string, resolver: LinkResolver): string | null {
  const decoded = span.kind === "markdown" ? decodeUrl(span.raw) : span.raw;
  const withExtension = /\.md$/i.test(decoded);
  const relative = span.kind === "markdown" && (decoded.startsWith("./") || decoded.startsWith("../"));
  let path = relative ? relativeTo(linkingPath, dest) : dest;
  if (!withExtension) path = path.replace(/\.md$/i, "");
  let written = path;
  if (span.kind === "markdown" && !span.angled) {
    // A URL that was encoded stays encoded; a plain one stays plain unless it cannot.
    if (span.raw.includes("%") || NEEDS_ENCODING.test(path)) written = encodePath(path);
  }
  // In `<…>` a `#` starts the heading, and the URL is not encoded.
  if (span.angled && /[<>#]/.test(path)) return null;
  if (span.kind === "wiki" && /[[\]|#^]/.test(path)) return null;
  return resolver.resolve(span.kind === "markdown" ? decodeUrl(written) : written, linkingPath) === dest ? written : null;
}
