/**
 * Links a move would break. After notes move, a link that led to one of them may lead elsewhere
 * or nowhere (`[[Incubator/Idea]]`, `[idea](../Incubator/Idea.md)`), and so may a relative link
 * inside a moved note. Obsidian rewrites such links when it moves a file itself; a move made
 * outside it (the CLI) does not, so the plan names them before anything is written.
 */
import { scanMarkdown } from "../markdown/scanner";
import { linksInLine } from "../note/links";
import { PathLinkResolver } from "../vault/link-resolver";

export interface Move {
  from: string;
  to: string;
}

export interface MovedLink {
  /** The note that holds the link, where it stands before the moves. */
  path: string;
  line: number;
  /** The link's target as the note gives it. */
  target: string;
  /** Where the link leads now. */
  now: string;
  /** Where it would lead after the moves; null: nowhere. */
  after: string | null;
}

/**
 * What a note must contain to link to one of the moved notes by name: each one's file name
 * without `.md`, lower-cased, as written and URL-encoded. A note that holds none of these cannot
 * link to one (a moved note itself is read whatever it holds).
 */
export function movedNameForms(moves: readonly Move[]): string[] {
  const forms = new Set<string>();
  for (const { from } of moves) {
    const name = from.slice(from.lastIndexOf("/") + 1).replace(/\.md$/i, "").toLowerCase();
    forms.add(name);
    forms.add(encodeURI(name).toLowerCase());
    forms.add(encodeURIComponent(name).toLowerCase());
  }
  return [...forms];
}

/**
 * Every link in `notes` that leads to a note now and would lead elsewhere, or nowhere, once the
 * `moves` are made. `paths` are all the vault's notes, as they stand now. Links in frontmatter
 * count (an `upstream:` field is one); links in code do not.
 */
export function linksBrokenByMoves(moves: readonly Move[], paths: readonly string[], notes: Iterable<{ path: string; text: string }>): MovedLink[] {
  const moved = new Map(moves.map((m) => [m.from, m.to]));
  const before = new PathLinkResolver();
  const after = new PathLinkResolver();
  for (const path of paths) {
    before.add(path);
    after.add(moved.get(path) ?? path);
  }
  const out: MovedLink[] = [];
  for (const { path, text } of notes) {
    const standsAfter = moved.get(path) ?? path;
    const scanned = scanMarkdown(text);
    const first = scanned.blocks[0];
    const frontmatterEnd = first?.type === "frontmatter" ? first.end : 0;
    scanned.masked.forEach((masked, i) => {
      // Frontmatter is blanked in the masked view: its fields are read as written.
      for (const link of linksInLine(i < frontmatterEnd ? scanned.lines[i] : masked, i + 1)) {
        if (!link.target) continue;
        const now = before.resolve(link.target, path);
        if (now === null) continue;
        const then = after.resolve(link.target, standsAfter);
        if (then !== (moved.get(now) ?? now)) out.push({ path, line: link.line, target: link.target, now, after: then });
      }
    });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

/** The broken links as lines of the plan: where each is, and where it leads now and after. */
export function formatMovedLinks(links: readonly MovedLink[]): string {
  if (links.length === 0) return "";
  const lines = links.map((l) => `  ${l.path}:${l.line}: ${l.target} leads to ${l.now} now, ${l.after === null ? "to no note" : `to ${l.after}`} after the move`);
  return [`${links.length === 1 ? "1 link" : `${links.length} links`} would no longer lead to the same note after the move (links are not rewritten):`, ...lines].join("\n") + "\n";
}
