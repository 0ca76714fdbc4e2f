/**
 * Where `obsidian-test-mocks` is kinder than the app, made to behave as Obsidian is documented to
 * (and, for links, as the oracle captured in the real app shows):
 * - the metadata cache is filled in the background: `getFileCache` is null until a note is
 *   indexed, `changed` comes a task or more after a write, and `resolved` once none is left;
 * - a link resolves as in the app: any letter case, partial paths (`Folder/Note`), `./` and `../`
 *   from the linking note, and among several notes of one name the one in the linking note's
 *   folder, else the one nearest the root;
 * - `create`, `createFolder` and `rename` throw on a path that is taken (in any letter case, as on
 *   macOS, Windows and phones) and on a name with a character the app forbids;
 * - `FileManager.renameFile` rewrites the links of other notes that no longer reach the file;
 * - a note opened in a leaf gets a Markdown view whose editor holds its text: typing stays in the
 *   editor until `save()`, a change on disk reloads the editor (and puts its cursor at the top),
 *   edits through the editor keep the cursor where it was, as CodeMirror maps it;
 * - `getActiveFile()` is the last note opened while a view that holds no file (the panel) is active,
 *   and `getLeaf(false)` never gives a sidebar's leaf: a note opens in the main area;
 * - a file's `stat` holds its size in bytes (UTF-8) and its modification time, kept up to date.
 */
import { MarkdownView, TFile, type App } from "obsidian-test-mocks/obsidian";

interface Linkable {
  path: string;
  basename: string;
  name: string;
  extension: string;
}

const folderOf = (path: string) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
const withoutMd = (path: string) => (path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path);

/** `./x`, `../x` from the linking note's folder; null when it climbs out of the vault. */
function relative(linkpath: string, sourcePath: string): string | null {
  const parts = folderOf(sourcePath).split("/").filter((p) => p);
  for (const part of linkpath.split("/")) {
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

/** Finding files by path and by name, in any letter case. */
export interface FileLookup<F extends Linkable> {
  /** The file at this path, lower-cased (a note also without `.md`). */
  exact(lowerPath: string): F | undefined;
  /** Files whose name (a note's also without `.md`) is this, lower-cased. */
  named(lowerName: string): F[];
}

/** Names a file is found by: a note by its name with and without `.md`. */
const namesOf = (f: Linkable) => (f.extension === "md" ? [f.basename.toLowerCase(), f.name.toLowerCase()] : [f.name.toLowerCase()]);
const pathsOf = (f: Linkable) => (f.extension === "md" ? [f.path.toLowerCase(), withoutMd(f.path).toLowerCase()] : [f.path.toLowerCase()]);

export function lookupOf<F extends Linkable>(files: readonly F[]): FileLookup<F> {
  const byPath = new Map<string, F>();
  const byName = new Map<string, F[]>();
  for (const f of files) {
    for (const p of pathsOf(f)) if (!byPath.has(p)) byPath.set(p, f);
    for (const n of new Set(namesOf(f))) byName.set(n, [...(byName.get(n) ?? []), f]);
  }
  return { exact: (p) => byPath.get(p), named: (n) => byName.get(n) ?? [] };
}

/** The file a link's path (its `#subpath` removed) leads to, as Obsidian's `getFirstLinkpathDest` picks it. */
export function obsidianLinkDest<F extends Linkable>(files: FileLookup<F>, linkpath: string, sourcePath: string): F | null {
  if (linkpath === "") return files.exact(sourcePath.toLowerCase()) ?? null;
  let wanted = linkpath;
  if (wanted.startsWith("./") || wanted.startsWith("../")) {
    const resolved = relative(wanted, sourcePath);
    if (resolved === null) return null;
    wanted = resolved;
  }
  const lower = wanted.toLowerCase();
  const exact = files.exact(lower);
  if (exact) return exact;
  const name = lower.slice(lower.lastIndexOf("/") + 1);
  const candidates = files.named(name).filter((f) => !lower.includes("/") || pathsOf(f).some((p) => p.endsWith(`/${lower}`)));
  if (candidates.length <= 1) return candidates[0] ?? null;
  const here = candidates.find((f) => folderOf(f.path) === folderOf(sourcePath));
  if (here) return here;
  const depth = (f: F) => f.path.split("/").length;
  return [...candidates].sort((a, b) => depth(a) - depth(b) || a.path.length - b.path.length || (a.path < b.path ? -1 : 1))[0];
}

/** How Obsidian writes a link to `file` from `sourcePath`: the name alone where it leads there, else the path. */
export function obsidianLinkText<F extends Linkable>(files: FileLookup<F>, file: F, sourcePath: string): string {
  const name = file.extension === "md" ? file.basename : file.name;
  if (obsidianLinkDest(files, name, sourcePath) === file) return name;
  return file.extension === "md" ? withoutMd(file.path) : file.path;
}

const FORBIDDEN = /[*"\\<>:|?]/;

function checkName(path: string): void {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (FORBIDDEN.test(name)) throw new Error('File name cannot contain any of the following characters: * " \\ / < > : | ?');
}

interface MockVault {
  getAllLoadedFiles(): { path: string }[];
  getFiles(): TFile[];
  getMarkdownFiles(): TFile[];
  getAbstractFileByPath(path: string): unknown;
  create(path: string, data: string): Promise<TFile>;
  createFolder(path: string): Promise<unknown>;
  rename(file: { path: string }, to: string): Promise<void>;
  read(file: TFile): Promise<string>;
  modify(file: TFile, data: string): Promise<void>;
  on(name: string, cb: (...data: unknown[]) => unknown): unknown;
}

/** Whether a path is taken by another file or folder, in any letter case. */
function taken(vault: MockVault, path: string, except?: { path: string }): boolean {
  const lower = path.toLowerCase();
  return vault.getAllLoadedFiles().some((f) => f !== except && f.path.toLowerCase() === lower);
}

function throwWhereTheAppThrows(vault: MockVault): void {
  const create = vault.create.bind(vault);
  vault.create = async (path, data) => {
    checkName(path);
    if (taken(vault, path)) throw new Error("File already exists.");
    return create(path, data);
  };
  const createFolder = vault.createFolder.bind(vault);
  vault.createFolder = async (path) => {
    if (taken(vault, path)) throw new Error("Folder already exists.");
    return createFolder(path);
  };
  const rename = vault.rename.bind(vault);
  vault.rename = async (file, to) => {
    checkName(to);
    if (taken(vault, to, file)) throw new Error("Destination file already exists!");
    return rename(file, to);
  };
}

interface ParsingCache {
  cache__: Map<string, unknown>;
  parseFileMetadata(file: unknown): void;
  trigger(name: string, ...data: unknown[]): void;
}

/** The metadata cache's background indexing; `idle()` resolves once every queued note is indexed. */
export interface BackgroundIndexer {
  idle(): Promise<void>;
  /** Notes not indexed yet. */
  pending(): number;
}

function indexInBackground(app: App, perTask: number): BackgroundIndexer {
  const cache = app.metadataCache as unknown as ParsingCache;
  const parse = Object.getPrototypeOf(cache).parseFileMetadata as (file: unknown) => void;
  const queue = new Map<string, TFile>();
  let waiting: (() => void)[] = [];
  let scheduled = false;
  const drain = () => {
    scheduled = false;
    for (const [path, file] of [...queue].slice(0, perTask)) {
      queue.delete(path);
      if (app.vault.getAbstractFileByPath(path) === file) parse.call(cache, file);
    }
    if (queue.size > 0) schedule();
    else {
      cache.trigger("resolved");
      for (const done of waiting) done();
      waiting = [];
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(drain, 0);
  };
  // The mock parses on every create and modify at once; the app indexes later, off the main task.
  cache.parseFileMetadata = (file: unknown) => {
    if (!(file instanceof TFile) || file.extension !== "md") return;
    queue.set(file.path, file);
    schedule();
  };
  cache.cache__.clear();
  for (const file of app.vault.getMarkdownFiles()) cache.parseFileMetadata(file);
  return {
    idle: () => (queue.size === 0 && !scheduled ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    pending: () => queue.size,
  };
}

const WIKILINK = /\[\[([^\]|#\n]*)(#[^\]|\n]*)?(\|[^\]\n]*)?\]\]/g;

/** Obsidian's renameFile with "Automatically update internal links" on. */
function renameUpdatingLinks(app: App): void {
  const vault = app.vault as unknown as MockVault;
  const manager = app.fileManager as unknown as { renameFile(file: TFile, to: string): Promise<void> };
  manager.renameFile = async (file, to) => {
    const before = lookupOf(vault.getFiles());
    const linking: { note: TFile; text: string }[] = [];
    for (const note of vault.getMarkdownFiles()) {
      const text = await vault.read(note);
      const reaches = [...text.matchAll(WIKILINK)].some((m) => obsidianLinkDest(before, m[1].trim(), note.path) === file);
      if (reaches) linking.push({ note, text });
    }
    await vault.rename(file, to);
    const after = lookupOf(vault.getFiles());
    for (const { note, text } of linking) {
      const updated = text.replace(WIKILINK, (whole, path: string, sub = "", alias = "") => {
        if (obsidianLinkDest(before, path.trim(), note.path) !== file || obsidianLinkDest(after, path.trim(), note.path) === file) return whole;
        return `[[${obsidianLinkText(after, file, note.path)}${sub}${alias}]]`;
      });
      if (updated !== text) await vault.modify(note, updated);
    }
  };
}

interface MockEditor {
  getValue(): string;
  setValue(text: string): void;
  getCursor(): { line: number; ch: number };
  setCursor(pos: { line: number; ch: number }): void;
  posToOffset(pos: { line: number; ch: number }): number;
  offsetToPos(offset: number): { line: number; ch: number };
  replaceRange(text: string, from: { line: number; ch: number }, to?: { line: number; ch: number }): void;
  transaction(tx: { changes?: { from: { line: number; ch: number }; to?: { line: number; ch: number }; text: string }[] }): void;
}

/** Changes at offsets of one text, applied at once; a position maps through them as CodeMirror maps it. */
function applyAtOnce(editor: MockEditor, changes: { from: number; to: number; text: string }[]): void {
  const text = editor.getValue();
  const cursor = editor.posToOffset(editor.getCursor());
  const sorted = [...changes].sort((a, b) => a.from - b.from);
  let out = "";
  let at = 0;
  let mapped = cursor;
  for (const c of sorted) {
    out += text.slice(at, c.from) + c.text;
    at = c.to;
    if (cursor >= c.to) mapped += c.text.length - (c.to - c.from);
    else if (cursor > c.from) mapped += c.from + c.text.length - cursor;
  }
  editor.setValue(out + text.slice(at));
  editor.setCursor(editor.offsetToPos(mapped));
}

function mapThroughChanges(editor: MockEditor): void {
  const offsets = (from: { line: number; ch: number }, to: { line: number; ch: number } | undefined, text: string) => ({
    from: editor.posToOffset(from),
    to: editor.posToOffset(to ?? from),
    text,
  });
  editor.replaceRange = (text, from, to) => applyAtOnce(editor, [offsets(from, to, text)]);
  editor.transaction = (tx) => applyAtOnce(editor, (tx.changes ?? []).map((c) => offsets(c.from, c.to, c.text)));
}

/** Opening a note in a leaf gives it a Markdown view with an editor, as in the app. */
function editorsForNotes(app: App): void {
  const vault = app.vault as unknown as MockVault;
  const workspace = app.workspace as unknown as {
    leaves: { view: unknown; file: TFile | null; viewState: { type: string } }[];
    activeLeaf: { file__: TFile | null } | null;
    getActiveFile(): TFile | null;
    getActiveViewOfType(type: unknown): unknown;
    getLeaf(newLeaf?: unknown): unknown;
  };
  let lastFile: TFile | null = null;
  const views = new Map<TFile, MarkdownView>();
  type Leaf = { view: unknown; viewState: { type: string }; openFile(file: TFile, state?: { eState?: { line?: number } }): Promise<void> };
  const withEditors = new WeakSet<object>();
  const giveEditor = (leaf: Leaf) => {
    if (withEditors.has(leaf)) return leaf;
    withEditors.add(leaf);
    const openFile = leaf.openFile.bind(leaf);
    leaf.openFile = async (file, state) => {
      await openFile(file, state);
      lastFile = file;
      if (file.extension !== "md") return;
      const view = MarkdownView.create2__(leaf as never);
      const editor = view.editor as unknown as MockEditor;
      mapThroughChanges(editor);
      (view as unknown as { file: TFile }).file = file;
      view.setViewData(await vault.read(file), true);
      editor.setCursor({ line: state?.eState?.line ?? 0, ch: 0 });
      (view as unknown as { save(): Promise<void> }).save = async () => {
        if ((await vault.read(file)) !== editor.getValue()) await vault.modify(file, editor.getValue());
      };
      leaf.view = view;
      leaf.viewState = { type: "markdown" };
      views.set(file, view);
    };
    return leaf;
  };
  // Leaves of the sidebars: `getLeaf(false)` never opens a note in one (the app uses the main area).
  const sideLeaves = new WeakSet<object>();
  const side = workspace as unknown as Record<"getRightLeaf" | "getLeftLeaf" | "ensureSideLeaf", (...args: unknown[]) => unknown>;
  for (const name of ["getRightLeaf", "getLeftLeaf"] as const) {
    const make = side[name].bind(workspace);
    side[name] = (...args: unknown[]) => {
      const leaf = make(...args) as object;
      sideLeaves.add(leaf);
      return leaf;
    };
  }
  const ensureSideLeaf = side.ensureSideLeaf.bind(workspace);
  side.ensureSideLeaf = async (...args: unknown[]) => {
    const leaf = (await ensureSideLeaf(...args)) as object;
    sideLeaves.add(leaf);
    return leaf;
  };
  let lastMain: Leaf | null = null;
  const getLeaf = workspace.getLeaf.bind(workspace);
  workspace.getLeaf = (newLeaf?: unknown) => {
    const active = workspace.activeLeaf as object | null;
    const leaf = !newLeaf && active && sideLeaves.has(active) ? (lastMain ?? (getLeaf(true) as unknown as Leaf)) : (getLeaf(newLeaf) as unknown as Leaf);
    lastMain = leaf;
    return giveEditor(leaf);
  };
  // A note changed on disk is loaded again into its editor, which loses its cursor.
  vault.on("modify", (...data: unknown[]) => {
    const file = data[0] as TFile;
    const view = views.get(file);
    if (!view) return;
    void vault.read(file).then((text) => {
      if (text !== (view.editor as unknown as MockEditor).getValue()) view.setViewData(text, false);
    });
  });
  workspace.getActiveFile = () => workspace.activeLeaf?.file__ ?? lastFile;
  workspace.getActiveViewOfType = (type: unknown) => {
    const view = (workspace.activeLeaf as unknown as { view?: unknown } | null)?.view;
    return view && type === MarkdownView && view instanceof MarkdownView ? view : null;
  };
}

/** Bytes of a text written as UTF-8. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The mock's files all say size 0 and time 0; the app's say what the file system says. */
function statsFromWrites(app: App): void {
  const adapter = app.vault.adapter as unknown as { write(path: string, data: string, options?: unknown): Promise<void> };
  const vault = app.vault as unknown as MockVault & { adapter: { readSync__?(path: string): string } };
  let clock = 1_700_000_000_000;
  const stamp = (path: string, text: string) => {
    const file = vault.getAbstractFileByPath(path);
    if (file instanceof TFile) Object.assign(file.stat, { size: utf8Length(text), mtime: ++clock, ctime: file.stat.ctime || clock });
  };
  const write = adapter.write.bind(adapter);
  adapter.write = async (path, data, options) => {
    await write(path, data, options);
    stamp(path, data);
  };
  const create = vault.create.bind(vault);
  vault.create = async (path, data) => {
    const file = await create(path, data);
    stamp(path, data);
    return file;
  };
  for (const file of vault.getFiles()) stamp(file.path, (app.vault.adapter as unknown as { readSync__(path: string): string }).readSync__(file.path));
}

export interface FaithfulOptions {
  /** Notes the metadata cache indexes per task (the app: a few at a time, in a worker). */
  indexedPerTask?: number;
  /**
   * False: the metadata cache indexes nothing (no entry, no `changed`). The benchmark's choice:
   * the app indexes in a worker, so its cost must not land on the main thread being measured.
   */
  backgroundIndex?: boolean;
}

export function makeFaithful(app: App, options: FaithfulOptions = {}): BackgroundIndexer {
  statsFromWrites(app);
  throwWhereTheAppThrows(app.vault as unknown as MockVault);
  const vault = app.vault as unknown as MockVault;
  const cache = app.metadataCache as unknown as { getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null };
  // Built now and again after files come, go or move, not for every link: the app keeps its own
  // up to date as files change, so that resolving a link never costs a pass over the vault.
  let lookup: FileLookup<TFile> | null = lookupOf(vault.getFiles());
  for (const event of ["create", "delete", "rename"]) vault.on(event, () => (lookup = null));
  cache.getFirstLinkpathDest = (linkpath, sourcePath) => obsidianLinkDest((lookup ??= lookupOf(vault.getFiles())), linkpath, sourcePath);
  renameUpdatingLinks(app);
  editorsForNotes(app);
  if (options.backgroundIndex === false) {
    (app.metadataCache as unknown as ParsingCache).parseFileMetadata = () => undefined;
    (app.metadataCache as unknown as ParsingCache).cache__.clear();
    return { idle: () => Promise.resolve(), pending: () => 0 };
  }
  return indexInBackground(app, options.indexedPerTask ?? 8);
}
