/**
 * What `obsidian-test-mocks` lacks, in one place:
 * - its metadata cache parses each note as the vault adds it, so while `fakeApp` loads a vault a
 *   note's links may point at files not added yet: notes with links are parsed again at the end;
 *   and it forgets a note that is renamed, where Obsidian keeps its metadata under the new path;
 * - it has no view lifecycle: `mountPanel` creates the leaf, builds the view through the
 *   plugin's registered factory, attaches it to the document and calls `onOpen`;
 * - under jsdom there is no layout, so `isShown()` (which reads `offsetParent`) is always false:
 *   `installLayoutShim` treats a connected element that no ancestor hides as shown;
 * - its text fields and toggles do not react to the DOM: Obsidian calls `onChange` on an
 *   `input` event and flips a toggle on a click. `wireComponentEvents` does the same;
 * - it resolves a link by scanning every file of the vault, so that loading a vault costs
 *   links × files: `indexLinkLookups` gives the same answers from a name index.
 */
import { AbstractTextComponent, App, MetadataCache, Notice, Plugin, TFile, ToggleComponent, Vault, WorkspaceLeaf } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp, ItemView, WorkspaceLeaf as ObsidianLeaf } from "obsidian";

interface ParsingCache {
  cache__: Map<string, unknown>;
  parseFileMetadata(file: unknown): void;
  getFileCache(file: unknown): { links?: unknown[]; embeds?: unknown[]; frontmatterLinks?: unknown[] } | null;
}

type LinkLookup = (this: { app__: App }, linkpath: string, sourcePath: string) => TFile | null;

/**
 * Idempotent. Files are registered by name as the fake adds them (renames included); a lookup
 * checks that each registered file still stands there under that name. With one candidate the
 * answer is the scan's; with several, the fake's own scan decides (its order is the vault's).
 */
export function indexLinkLookups(): void {
  const vault = Vault.prototype as unknown as { setVaultAbstractFile__(path: string, file: unknown): void };
  const cache = MetadataCache.prototype as unknown as { getFirstLinkpathDest: LinkLookup };
  if (wired.has(vault)) return;
  wired.add(vault);
  const byVault = new WeakMap<object, Map<string, Set<TFile>>>();
  const register = vault.setVaultAbstractFile__;
  vault.setVaultAbstractFile__ = function (this: object, path: string, file: unknown) {
    register.call(this, path, file);
    if (!(file instanceof TFile)) return;
    let names = byVault.get(this);
    if (!names) byVault.set(this, (names = new Map()));
    for (const name of [file.basename, file.name]) {
      let set = names.get(name);
      if (!set) names.set(name, (set = new Set()));
      set.add(file);
    }
  };
  const scan = cache.getFirstLinkpathDest;
  cache.getFirstLinkpathDest = function (linkpath, sourcePath) {
    const files = this.app__.vault;
    const exact = files.getFileByPath(linkpath) ?? files.getFileByPath(`${linkpath}.md`);
    if (exact) return exact;
    const held = byVault.get(files)?.get(linkpath) ?? new Set<TFile>();
    const live = [...held].filter((f) => files.getFileByPath(f.path) === f && (f.basename === linkpath || f.name === linkpath));
    return live.length <= 1 ? (live[0] ?? null) : scan.call(this, linkpath, sourcePath);
  };
}

export interface FakeApp {
  app: App;
  /** The same app typed as the real API, for production code. */
  api: ObsidianApp;
  file(path: string): TFile;
  /** Runs the layout-ready callbacks, as Obsidian does once the workspace is restored. */
  layoutReady(): void;
}

const wired = new WeakSet<object>();

/** Idempotent: patches the fake's component prototypes once per test file. */
export function wireComponentEvents(): void {
  const text = AbstractTextComponent.prototype as unknown as { onChange(cb: unknown): unknown; onChanged(): void; inputEl: HTMLInputElement; value: string };
  const toggle = ToggleComponent.prototype as unknown as { onChange(cb: unknown): unknown; onClick(): void; toggleEl: HTMLElement };
  if (wired.has(text)) return;
  wired.add(text);
  const textOnChange = text.onChange;
  text.onChange = function (this: typeof text, cb: unknown) {
    if (!wired.has(this.inputEl)) {
      wired.add(this.inputEl);
      this.inputEl.addEventListener("input", () => {
        this.value = this.inputEl.value;
        this.onChanged();
      });
    }
    return textOnChange.call(this, cb);
  };
  const toggleOnChange = toggle.onChange;
  toggle.onChange = function (this: typeof toggle, cb: unknown) {
    if (!wired.has(this.toggleEl)) {
      wired.add(this.toggleEl);
      this.toggleEl.addEventListener("click", () => this.onClick());
    }
    return toggleOnChange.call(this, cb);
  };
}

export function fakeApp(files: Record<string, string>): FakeApp {
  wireComponentEvents();
  indexLinkLookups();
  const app = App.createConfigured__({ files });
  const cache = app.metadataCache as unknown as ParsingCache;
  app.vault.on("rename", (...data: unknown[]) => {
    const [file, oldPath] = data as [{ path: string }, string];
    const moved = cache.cache__.get(oldPath);
    cache.cache__.delete(oldPath);
    if (moved !== undefined) cache.cache__.set(file.path, moved);
  });
  // Each note was parsed as it was added; a note with links is parsed again now that every
  // file it may link to exists.
  for (const file of app.vault.getMarkdownFiles()) {
    const parsed = cache.getFileCache(file);
    if (!parsed || (parsed.links?.length ?? 0) + (parsed.embeds?.length ?? 0) + (parsed.frontmatterLinks?.length ?? 0) > 0) cache.parseFileMetadata(file);
  }
  return {
    app,
    api: app.asOriginalType__(),
    file: (path) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`No file ${path} in the fake vault`);
      return file as unknown as TFile;
    },
    layoutReady: () => app.workspace.setLayoutReady__(),
  };
}

/** Lets queued promise callbacks and zero-delay timers run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** jsdom computes no layout; browsers do, so this runs only where `offsetParent` is missing. */
export function installLayoutShim(): void {
  if (!navigator.userAgent.includes("jsdom")) return;
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (!this.isConnected) return null;
      for (let el: HTMLElement | null = this; el; el = el.parentElement) {
        if (el.hidden || el.style.display === "none") return null;
      }
      return this.parentElement ?? document.body;
    },
  });
}

/** Opens the plugin's registered view in a new leaf attached to `host`, and runs `onOpen`. */
export async function mountPanel<V extends ItemView>(fake: FakeApp, plugin: unknown, viewType: string, host: HTMLElement = document.body): Promise<V> {
  const factory = (plugin as Plugin).views__.get(viewType) as ((leaf: ObsidianLeaf) => V) | undefined;
  if (!factory) throw new Error(`The plugin registered no view ${viewType}`);
  const leaf = WorkspaceLeaf.create2__(fake.app);
  const view = factory(leaf as unknown as ObsidianLeaf);
  host.appendChild(view.containerEl);
  // Obsidian calls the protected onOpen when it shows a view; the fake never does.
  await (view as unknown as { onOpen(): Promise<void> }).onOpen();
  return view;
}

/** Makes `path` the note open in the editor and announces it, as Obsidian does. */
export async function openInEditor(fake: FakeApp, path: string): Promise<void> {
  const file = fake.file(path);
  await fake.app.workspace.getLeaf(false).openFile(file);
  fake.app.workspace.trigger("file-open", file);
}

/** Records the text of every notice shown (the fake calls `constructor__` for each). */
export function captureNotices(): string[] {
  const shown: string[] = [];
  const text = (message: unknown) => (typeof message === "string" ? message : ((message as DocumentFragment).textContent ?? ""));
  jest.spyOn(Notice.prototype, "constructor__").mockImplementation((message: unknown) => void shown.push(text(message)));
  jest.spyOn(Notice.prototype, "setMessage").mockImplementation(function (this: Notice, message: unknown) {
    shown.push(text(message));
    return this;
  });
  return shown;
}
