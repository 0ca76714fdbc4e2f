/**
 * What `obsidian-test-mocks` lacks, in one place:
 * - where it is kinder than the app (a metadata cache complete at load, link resolution by exact
 *   name, writes that never throw, no editor), `faithful-app.ts` makes it behave as the app does;
 * - its metadata cache forgets a note that is renamed, where Obsidian keeps it under the new path;
 * - it has no view lifecycle: `mountPanel` creates the leaf, builds the view through the
 *   plugin's registered factory, attaches it to the document and calls `onOpen`;
 * - under jsdom there is no layout, so `isShown()` (which reads `offsetParent`) is always false:
 *   `installLayoutShim` treats a connected element that no ancestor hides as shown;
 * - its text fields and toggles do not react to the DOM: Obsidian calls `onChange` on an
 *   `input` event and flips a toggle on a click. `wireComponentEvents` does the same.
 */
import { AbstractTextComponent, App, Notice, Plugin, ToggleComponent, WorkspaceLeaf, type TFile } from "obsidian-test-mocks/obsidian";
import { makeFaithful, type FaithfulOptions } from "./faithful-app";
import type { App as ObsidianApp, ItemView, WorkspaceLeaf as ObsidianLeaf } from "obsidian";

export interface FakeApp {
  app: App;
  /** The same app typed as the real API, for production code. */
  api: ObsidianApp;
  file(path: string): TFile;
  /** Runs the layout-ready callbacks, as Obsidian does once the workspace is restored. */
  layoutReady(): void;
  /** Resolves once the metadata cache has indexed every note written so far. */
  indexed(): Promise<void>;
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

export function fakeApp(files: Record<string, string>, options: FaithfulOptions = {}): FakeApp {
  wireComponentEvents();
  const app = App.createConfigured__({ files });
  const cache = app.metadataCache as unknown as { cache__: Map<string, unknown> };
  app.vault.on("rename", (...data: unknown[]) => {
    const [file, oldPath] = data as [{ path: string }, string];
    const moved = cache.cache__.get(oldPath);
    cache.cache__.delete(oldPath);
    if (moved !== undefined) cache.cache__.set(file.path, moved);
  });
  const indexer = makeFaithful(app, options);
  return {
    app,
    api: app.asOriginalType__(),
    file: (path) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`No file ${path} in the fake vault`);
      return file as unknown as TFile;
    },
    layoutReady: () => app.workspace.setLayoutReady__(),
    indexed: () => indexer.idle(),
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
