/**
 * Links a move would break. After notes move, a link that led to one of them may lead elsewhere
 * or nowhere (`[[Incubator/Idea]]`, `[idea](../Incubator/Idea.md)`), and so may a relative link
 * inside a moved note. Obsidian rewrites such links when it moves a file itself; a move made
 * outside it (the CLI) does not, so the plan names them before anything is written.
 */
import { splitLines } from "../markdown/lines";
import { scanMarkdown } from "../markdown/scanner";
import { linksInLine } from "../note/links";
import { PathLinkResolver } from "../vault/link-resolver";
import { applyEdits, sortEdits, type TextEdit } from "./edits";
import { byPath, type FilePlan, type PromotionPlan } from "./planner";
import { rewrittenTarget, targetSpan } from "./link-rewrite";

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
  /** The edit (offsets into the note's text) that makes it lead to the same note after the moves; null when none is found. */
  edit: TextEdit | null;
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
    const { starts } = splitLines(text);
    const first = scanned.blocks[0];
    const frontmatterEnd = first?.type === "frontmatter" ? first.end : 0;
    scanned.masked.forEach((masked, i) => {
      // Frontmatter is blanked in the masked view: its fields are read as written.
      const line = i < frontmatterEnd ? scanned.lines[i] : masked;
      for (const link of linksInLine(line, i + 1)) {
        // Stryker disable next-line ConditionalExpression: equivalent; an empty target (a heading of the note itself) resolves to no note.
        if (!link.target) continue;
        const now = before.resolve(link.target, path);
        if (now === null) continue;
        const dest = moved.get(now) ?? now;
        const then = after.resolve(link.target, standsAfter);
        if (then === dest) continue;
        const span = targetSpan(line, link);
        const rewritten = span && rewrittenTarget(span, dest, standsAfter, after);
        const edit = span && rewritten !== null ? { from: starts[i] + span.from, to: starts[i] + span.to, text: rewritten, reason: `link to ${dest}` } : null;
        out.push({ path, line: link.line, target: link.target, now, after: then, edit });
      }
    });
  }
  // A stable sort: each note's links stay in line order.
  return out.sort(byPath);
}

/**
 * The plan with every link that can be rewritten rewritten: its edit joins the linking note's
 * file plan (made from `texts`, the texts the links were read from), and the links that could
 * not be are returned to be listed. A note whose plan was made from other text is left alone.
 */
export function withLinkUpdates(plan: PromotionPlan, links: readonly MovedLink[], texts: ReadonlyMap<string, string>): { plan: PromotionPlan; left: MovedLink[] } {
  const files = new Map<string, FilePlan>(plan.files.map((f) => [f.path, f]));
  const left: MovedLink[] = [];
  for (const link of links) {
    const text = texts.get(link.path);
    const file = files.get(link.path);
    if (!link.edit || text === undefined || (file && file.before !== text)) {
      left.push(link);
      continue;
    }
    const edits = sortEdits([...(file?.edits ?? []), link.edit]);
    files.set(link.path, { path: link.path, before: text, edits, after: applyEdits(text, edits) });
  }
  return { plan: { ...plan, files: [...files.values()].sort(byPath) }, left };
}

/** The broken links as lines of the plan: where each is, and where it leads now and after. */
export function formatMovedLinks(links: readonly MovedLink[], rewriting: boolean): string {
  if (links.length === 0) return "";
  const count = links.length === 1 ? "1 link" : `${links.length} links`;
  const lines = links.map((l) => `  ${l.path}:${l.line}: ${l.target} leads to ${l.now} now, ${l.after === null ? "to nothing" : `to ${l.after}`} after the move`);
  return [`${count} would lead elsewhere after the move${rewriting ? ", and cannot be rewritten" : ""}:`, ...lines].join("\n") + "\n";
}
