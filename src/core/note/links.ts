/** Wikilinks and Markdown links in prose (code and comments are already blanked). */
import { eachMatch } from "../patterns";

export interface Link {
  /** The target as written, without alias, heading or block reference; URL-decoded. */
  target: string;
  /** `#Heading` or `#^block` part, without `#`, if any. */
  subpath: string | null;
  /** Display text: the alias of a wikilink, the text of a Markdown link. */
  display: string | null;
  kind: "wiki" | "markdown";
  embed: boolean;
  /** 1-based line, 0-based column. */
  line: number;
  col: number;
}

/** `[[target#sub|alias]]`, `![[…]]`: the embed mark, then the body. */
export const WIKILINK = /(!?)\[\[([^[\]\n]+?)\]\]/g;
/** `[text](url "title")`, `![…](<url>)`: the embed mark, the text, then the URL as written. */
export const MARKDOWN_LINK = /(!?)\[([^[\]\n]*)\]\((<[^<>\n]*>|[^()\s]*)(?:\s+"[^"\n]*")?\)/g;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** A Markdown link's URL decoded (`My%20Idea.md` → `My Idea.md`); as written when it is not valid encoding. */
export function decodeUrl(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

function splitSubpath(target: string): { path: string; subpath: string | null } {
  const hash = target.indexOf("#");
  if (hash < 0) return { path: target.trim(), subpath: null };
  return { path: target.slice(0, hash).trim(), subpath: target.slice(hash + 1).trim() || null };
}

export function parseWikilinkBody(body: string): { target: string; subpath: string | null; display: string | null } {
  const bar = body.indexOf("|");
  const display = bar >= 0 ? body.slice(bar + 1).trim() || null : null;
  const { path, subpath } = splitSubpath(bar >= 0 ? body.slice(0, bar) : body);
  return { target: path, subpath, display };
}

/** Links on one line of masked text; external URLs (`https:`, `mailto:`) are not note links. */
export function linksInLine(line: string, lineNumber: number): Link[] {
  const links: Link[] = [];
  if (!line.includes("[")) return links;
  eachMatch(WIKILINK, line, (m) => {
    const { target, subpath, display } = parseWikilinkBody(m[2]);
    if (target || subpath) links.push({ target, subpath, display, kind: "wiki", embed: m[1] === "!", line: lineNumber, col: m.index });
  });
  eachMatch(MARKDOWN_LINK, line, (m) => {
    let url = m[3];
    if (url.startsWith("<")) url = url.slice(1, -1);
    if (!url || EXTERNAL.test(url)) return;
    const { path, subpath } = splitSubpath(decodeUrl(url));
    links.push({ target: path, subpath, display: m[2] || null, kind: "markdown", embed: m[1] === "!", line: lineNumber, col: m.index });
  });
  return links.sort((a, b) => a.col - b.col);
}
