/**
 * The side panel (SPEC §5). The toolbar is built once, so the filter text and focus survive
 * updates; the body re-renders, debounced, only when what it shows changed and it is visible.
 */
import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import type { IndexSnapshot } from "../../core/vault/vault-index";
import type { IncubatorEvents } from "../events";
import { indexingText, panelMemory, renderPanel, type PanelMemory } from "./render-panel";
import type { ScanProgress } from "../index-sync";
import type { PanelActions, PanelMode, PanelSort, PanelState } from "./view-model";

export const VIEW_TYPE_INCUBATOR = "incubator-panel";

/** What the panel needs from the plugin, and nothing more. */
export interface PanelHost {
  snapshot(): IndexSnapshot;
  /** A scan under way, if any. */
  indexing(): ScanProgress | null;
  tag(): string;
  readonly events: IncubatorEvents;
  open(path: string, line: number): void;
  actions(): PanelActions;
}

const SORTS: Record<PanelSort, string> = { name: "Name", modified: "Last modified", readiness: "Readiness" };
const REFRESH_DELAY_MS = 150;

export class IncubatorView extends ItemView {
  private mode: PanelMode = "incubator";
  private filter = "";
  private sort: PanelSort = "name";
  private body: HTMLElement | null = null;
  /** Says that the list is being indexed again (after a settings change); the list below is the previous index. */
  private status: HTMLElement | null = null;
  private readonly modeButtons = new Map<PanelMode, HTMLElement>();
  private renderedKey: string | null = null;
  private memory: PanelMemory = panelMemory();
  private readonly requestRefresh = debounce(() => this.refresh(), REFRESH_DELAY_MS, true);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PanelHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_INCUBATOR;
  }

  getDisplayText(): string {
    return "Incubator";
  }

  getIcon(): string {
    return "sprout";
  }

  async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.empty();
    root.addClass("incubator-panel");
    this.buildToolbar(root.createDiv({ cls: "incubator-toolbar" }));
    this.status = root.createDiv({ cls: "incubator-muted incubator-indexing" });
    this.status.hide();
    this.body = root.createDiv({ cls: "incubator-body" });
    this.registerEvent(this.host.events.onIndexChanged(() => this.requestRefresh()));
    this.registerEvent(this.host.events.onIndexProgress(() => this.requestRefresh()));
    this.registerEvent(this.app.workspace.on("file-open", () => this.requestRefresh()));
    // Hidden panels skip updates; a layout change may show this one again.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.requestRefresh()));
    this.refresh();
    await Promise.resolve();
  }

  /** A panel shown again after it was hidden (a collapsed sidebar, another tab) catches up. */
  onResize(): void {
    this.requestRefresh();
  }

  async onClose(): Promise<void> {
    this.requestRefresh.cancel();
    this.body = null;
    await Promise.resolve();
  }

  private buildToolbar(bar: HTMLElement): void {
    const modes = bar.createDiv({ cls: "incubator-modes" });
    for (const [mode, label] of [["note", "This note"], ["incubator", "Incubator"]] as const) {
      const button = modes.createEl("button", { cls: "incubator-mode", text: label });
      button.addEventListener("click", () => this.setMode(mode));
      this.modeButtons.set(mode, button);
    }
    const search = bar.createEl("input", { cls: "incubator-filter", type: "search" });
    search.setAttr("placeholder", "Filter by term, note or upstream");
    search.setAttr("aria-label", "Filter");
    search.addEventListener("input", () => {
      this.filter = search.value;
      this.refresh();
    });
    const sort = bar.createEl("select", { cls: "dropdown incubator-sort" });
    sort.setAttr("aria-label", "Sort");
    for (const [value, label] of Object.entries(SORTS)) sort.createEl("option", { value, text: label });
    sort.addEventListener("change", () => {
      this.sort = sort.value as PanelSort;
      this.refresh();
    });
    this.showMode();
  }

  private setMode(mode: PanelMode): void {
    this.mode = mode;
    this.showMode();
    this.refresh();
  }

  private showMode(): void {
    for (const [mode, button] of this.modeButtons) button.toggleClass("is-active", mode === this.mode);
    this.contentEl.toggleClass("is-note-mode", this.mode === "note");
  }

  /** Renders now even if nothing changed; `fresh` also drops the cached rows (a first render). */
  rerender(fresh: boolean): void {
    if (fresh) this.memory = panelMemory();
    this.renderedKey = null;
    this.refresh();
  }

  private showIndexing(indexing: ScanProgress | null): void {
    if (!this.status) return;
    const again = indexing && !indexing.first;
    this.status.toggle(!!again);
    if (again) this.status.setText(indexingText(indexing));
  }

  /** Renders now if the panel is visible and what it would show differs from what it shows. */
  refresh(): void {
    const body = this.body;
    if (!body || !this.containerEl.isShown()) return;
    const snapshot = this.host.snapshot();
    const activePath = this.app.workspace.getActiveFile()?.path ?? null;
    const indexing = this.host.indexing();
    this.showIndexing(indexing);
    const progress = indexing?.first ? `${indexing.done}/${indexing.total}` : "";
    const key = [snapshot.revision, this.mode, this.filter, this.sort, this.mode === "note" ? activePath : "", progress].join("\u0000");
    if (key === this.renderedKey) return;
    const state: PanelState = { mode: this.mode, filter: this.filter, sort: this.sort, activePath, snapshot, tag: this.host.tag(), indexing };
    const scroll = this.contentEl.scrollTop;
    renderPanel(body, state, { open: (path, line) => this.host.open(path, line), actions: this.host.actions() }, this.memory);
    this.contentEl.scrollTop = scroll;
    this.renderedKey = key;
  }
}
