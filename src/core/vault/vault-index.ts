/**
 * The vault index of SPEC §4: incubator notes by path, kept up to date one file at a time.
 * Work that depends on the whole vault (link resolution, cycles, groups) is done lazily, once
 * per revision, when someone asks for a snapshot.
 */
import type { NoteModel } from "../note/model";
import { parseNote, titleOf } from "../note/parse-note";
import { tagScreen } from "../note/tag-screen";
import type { CoreSettings } from "../settings";
import { fnv1a } from "../hash";
import { compactModel } from "./compact-model";
import { nodesOnCycles } from "./cycles";
import { PathLinkResolver, type LinkResolver } from "./link-resolver";
import { buildReport, type NoteReport } from "./note-report";

export interface UpstreamGroup {
  /** The upstream note's title, the link as written when it does not resolve, null for none. */
  upstream: string | null;
  /** The upstream note's path; null when unresolved or absent. */
  path: string | null;
  /** Paths of the incubator notes under it, sorted. */
  notes: string[];
}

export interface IndexSnapshot {
  revision: number;
  notes: NoteReport[];
  groups: UpstreamGroup[];
}

export interface VaultIndexOptions {
  /**
   * The index is filled once and then only read (a CLI command). Models are kept as parsed, not
   * compacted (`compactModel` pays off in an app that holds the index for hours), and texts are
   * not hashed (no later save is compared with them; a second upsert simply parses again).
   */
  readOnce?: boolean;
}

/** A snapshot's report with what it was built from. */
interface KeptReport {
  key: string;
  model: NoteModel;
  report: NoteReport;
  targets: (string | null)[];
  onCycle: boolean;
}

export class VaultIndex {
  private readonly models = new Map<string, NoteModel>();
  private readonly mtimes = new Map<string, number>();
  /** A hash of each incubator note's text, so that saving unchanged text changes nothing. */
  private readonly hashes = new Map<string, number>();
  private readonly files = new PathLinkResolver();
  private readonly resolver: LinkResolver;
  private revisionCounter = 0;
  private cached: IndexSnapshot | null = null;
  /** Last snapshot's reports: reused when nothing they depend on changed, so views can skip them. */
  private reports = new Map<string, KeptReport>();

  private readonly readOnce: boolean;
  /**
   * The note whose model is kept as parsed, not yet compacted: the one saved last. A note being
   * edited is parsed again on every save, so its model is compacted once, when another note
   * changes, rather than on each save.
   */
  private uncompacted: string | null = null;
  /** The screen for the settings' tag, compiled again if the tag changes. */
  // Stryker disable next-line BooleanLiteral: equivalent; never called, its tag differs from any settings' tag.
  private screen = { tag: "", mayCarryTag: (_text: string) => false };

  constructor(
    private readonly settings: CoreSettings,
    resolver?: LinkResolver,
    options: VaultIndexOptions = {},
  ) {
    this.resolver = resolver ?? this.files;
    this.readOnce = options.readOnce ?? false;
  }

  get revision(): number {
    return this.revisionCounter;
  }

  get size(): number {
    return this.models.size;
  }

  paths(): string[] {
    return [...this.models.keys()];
  }

  model(path: string): NoteModel | undefined {
    return this.models.get(path);
  }

  /** Adds or updates a file. Only notes that may carry the tag are parsed. Returns whether anything changed. */
  upsert(path: string, text: string, mtime = 0): boolean {
    const isNew = !this.files.has(path);
    if (isNew) this.files.add(path);
    // Only incubator notes are hashed: a plain note's text is screened, never kept or compared.
    const hash = this.models.has(path) && !this.readOnce ? fnv1a(text) : null;
    if (hash !== null && this.hashes.get(path) === hash && this.mtimes.get(path) === mtime) return false;
    const model = this.mayCarryTag(text) ? parseNote(path, text, this.settings) : null;
    if (model?.isIncubator) {
      if (!this.readOnce) this.compactPending(path);
      this.models.set(path, model);
      this.mtimes.set(path, mtime);
      if (!this.readOnce) this.hashes.set(path, hash ?? fnv1a(text));
      this.bump();
      return true;
    }
    const removed = this.forget(path);
    if (isNew || removed) this.bump();
    return isNew || removed;
  }

  /** Registers a file as a link target, without reading it; an indexed note keeps its model. */
  addFile(path: string): boolean {
    if (this.files.has(path)) return false;
    this.files.add(path);
    this.bump();
    return true;
  }

  /** Records that a file is not an incubator note (its tags say so), keeping it as a link target. */
  markPlain(path: string): boolean {
    const added = this.addFile(path);
    const removed = this.forget(path);
    if (removed) this.bump();
    return added || removed;
  }

  remove(path: string): boolean {
    if (!this.files.has(path) && !this.models.has(path)) return false;
    this.files.remove(path);
    this.forget(path);
    this.bump();
    return true;
  }

  /** Moves a file; an incubator note is parsed again from `text` (its title may matter). */
  rename(oldPath: string, newPath: string, text?: string, mtime?: number): void {
    const model = this.models.get(oldPath);
    const oldMtime = this.mtimes.get(oldPath) ?? 0;
    const oldHash = this.hashes.get(oldPath);
    // Stryker disable next-line ConditionalExpression: equivalent; compacting a compacted model gives the same model.
    const wasUncompacted = this.uncompacted === oldPath;
    this.remove(oldPath);
    if (text !== undefined) this.upsert(newPath, text, mtime ?? oldMtime);
    else if (model) {
      this.files.add(newPath);
      this.models.set(newPath, { ...model, path: newPath, title: titleOf(newPath) });
      this.mtimes.set(newPath, mtime ?? oldMtime);
      // A `readOnce` index hashes nothing: the hash moves only where there is one.
      if (oldHash !== undefined) this.hashes.set(newPath, oldHash);
      // Stryker disable next-line ConditionalExpression: equivalent; as above.
      if (wasUncompacted) this.uncompacted = newPath;
      this.bump();
    } else this.addFile(newPath);
  }

  /** Compacts the model left as parsed, unless it is `path`'s (about to be replaced); `path`'s is next. */
  private compactPending(path: string): void {
    const pending = this.uncompacted;
    this.uncompacted = path;
    // Stryker disable next-line ConditionalExpression: equivalent; compacting the model about to be replaced only costs time.
    if (pending === null || pending === path) return;
    const model = this.models.get(pending);
    if (!model) return;
    const compacted = compactModel(model);
    this.models.set(pending, compacted);
    // Views tell changed notes by report identity: the last report stays the same object, its
    // parts taken from the compacted model (the same content), so it no longer holds the text.
    const kept = this.reports.get(pending);
    if (kept?.model !== model) return;
    Object.assign(kept.report, buildReport(compacted, kept.targets, kept.onCycle, kept.report.mtime, this.settings));
    kept.model = compacted;
  }

  private mayCarryTag(text: string): boolean {
    const { tag } = this.settings;
    // Stryker disable next-line ConditionalExpression: equivalent; compiling the screen on every call only costs time.
    if (this.screen.tag !== tag) this.screen = { tag, mayCarryTag: tagScreen(tag) };
    return this.screen.mayCarryTag(text);
  }

  private forget(path: string): boolean {
    // Stryker disable next-line ConditionalExpression: equivalent; a pending path with no model is skipped when compacted.
    if (this.uncompacted === path) this.uncompacted = null;
    this.mtimes.delete(path);
    this.hashes.delete(path);
    return this.models.delete(path);
  }

  private bump(): void {
    this.revisionCounter++;
    this.cached = null;
  }

  snapshot(): IndexSnapshot {
    if (this.cached) return this.cached;
    const paths = [...this.models.keys()].sort(comparePaths);
    const resolved = new Map<string, (string | null)[]>();
    const edges = new Map<string, string[]>();
    for (const path of paths) {
      const model = this.models.get(path) as NoteModel;
      const targets = (model.upstream?.targets ?? []).map((t) => this.resolver.resolve(t.link, path));
      resolved.set(path, targets);
      edges.set(path, targets.filter((t): t is string => t !== null && t !== path && this.models.has(t)));
    }
    const cyclic = nodesOnCycles(edges);
    const reports = new Map<string, KeptReport>();
    const notes = paths.map((path) => {
      const model = this.models.get(path) as NoteModel;
      // Stryker disable next-line ArrayDeclaration: equivalent; every path was resolved above.
      const targets = resolved.get(path) ?? [];
      const mtime = this.mtimes.get(path) ?? 0;
      // Stryker disable next-line StringLiteral: equivalent in practice; without a separator, one note's targets before and after would have to concatenate alike.
      const key = `${cyclic.has(path)}|${mtime}|${targets.join("\u0000")}`;
      const previous = this.reports.get(path);
      const report =
        previous && previous.model === model && previous.key === key
          ? previous.report
          : buildReport(model, targets, cyclic.has(path), mtime, this.settings);
      reports.set(path, { key, model, report, targets, onCycle: cyclic.has(path) });
      return report;
    });
    this.reports = reports;
    this.cached = { revision: this.revisionCounter, notes, groups: groupsOf(notes) };
    return this.cached;
  }
}

export function comparePaths(a: string, b: string): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; paths are unique and the engine's sort asks only whether a comparison is negative.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What notes are grouped by: a resolved upstream by its path, another by its link, case aside. */
export function upstreamKey(path: string | null, link: string): string {
  // Stryker disable next-line MethodExpression: equivalent; any one case for every key groups alike.
  return path ? `p:${path.toLowerCase()}` : `u:${link.toLowerCase()}`;
}

function groupsOf(notes: NoteReport[]): UpstreamGroup[] {
  const groups = new Map<string, UpstreamGroup>();
  const add = (key: string, upstream: string | null, path: string | null, note: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { upstream, path, notes: [] }));
    if (!group.notes.includes(note)) group.notes.push(note);
  };
  for (const note of notes) {
    // Stryker disable next-line StringLiteral: equivalent; the other keys have a prefix.
    if (note.upstream.length === 0) add("\u0000none", null, null, note.path);
    for (const u of note.upstream) add(upstreamKey(u.path, u.link), u.path ? titleOf(u.path) : u.link, u.path, note.path);
  }
  // One collator for the sort: `localeCompare` with options builds a new one on every call.
  const names = new Intl.Collator("en", { sensitivity: "base" });
  return [...groups.values()].sort((a, b) => {
    if (a.upstream === null || b.upstream === null) return a.upstream === null ? 1 : -1;
    return names.compare(a.upstream, b.upstream) || comparePaths(a.path ?? "", b.path ?? "");
  });
}
