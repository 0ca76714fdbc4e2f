/**
 * `renderPanel(el, state, handlers, rows)`: the panel's body from its state, with Obsidian's DOM
 * helpers; note text is only ever set as text. Note rows are kept in `rows` by report: the index hands back the
 * same report object for a note that did not change, so an update re-renders only what did.
 * A note under several upstreams has one row per group (an element can only stand in one place).
 */
import type { NoteReport } from "../../core/vault/note-report";
import type { UpstreamGroup } from "../../core/vault/vault-index";
import { plural } from "../../core/plural";
import { activatable } from "./dom";
import { renderBadge, renderNoteDetail, type NoteHandlers } from "./render-note";
import type { ScanProgress } from "../index-sync";
import { visibleGroups, type PanelState } from "./view-model";

export type RowCache = WeakMap<NoteReport, Map<string, HTMLElement>>;

/** What the panel remembers between renders, so that an update can touch only what changed. */
export interface PanelMemory {
  rows: RowCache;
  /** The structure last rendered in Incubator mode: groups, notes in order, the status line. */
  layout: string | null;
  /** The row element standing in each place (`group|path`). */
  slots: Map<string, HTMLElement>;
}

export function panelMemory(): PanelMemory {
  return { rows: new WeakMap(), layout: null, slots: new Map() };
}

function groupKey(group: UpstreamGroup): string {
  return group.path ?? `?${group.upstream ?? ""}`;
}

/**
 * A row, made inside the list it goes to (so in the panel's own document: a popout window has
 * another); the caller moves it into its place.
 */
function renderRow(list: HTMLElement, note: NoteReport, handlers: NoteHandlers): HTMLElement {
  const row = list.createDiv({ cls: "incubator-row incubator-clickable" });
  activatable(row, `Open ${note.title}`, () => handlers.open(note.path, 1));
  const top = row.createDiv({ cls: "incubator-row-top" });
  top.createSpan({ cls: "incubator-row-title", text: note.title });
  renderBadge(top, note);
  const counts = [plural(note.definitions.length, "definition"), plural(note.comparisons.length, "comparison"), plural(note.questions.length, "question")];
  const points = note.points.reduce((n, p) => n + p.items.length, 0);
  if (points > 0) counts.push(plural(points, "key point"));
  if (note.problems.length > 0) counts.push(plural(note.problems.length, "problem"));
  row.createDiv({ cls: "incubator-row-meta incubator-muted", text: counts.join(" · ") });
  return row;
}

function groupName(group: UpstreamGroup): string {
  if (group.upstream === null) return "No upstream";
  return group.path ? group.upstream : `${group.upstream} (not found)`;
}

function rowFor(list: HTMLElement, note: NoteReport, key: string, handlers: NoteHandlers, rows: RowCache): HTMLElement {
  let byGroup = rows.get(note);
  if (!byGroup) rows.set(note, (byGroup = new Map<string, HTMLElement>()));
  let row = byGroup.get(key);
  if (!row) byGroup.set(key, (row = renderRow(list, note, handlers)));
  return row;
}

/**
 * Renders Incubator mode. When the structure is the one already on screen (same groups, same
 * notes in the same order, same status line), only the rows whose note changed are swapped.
 */
function renderIncubator(el: HTMLElement, state: PanelState, handlers: NoteHandlers, memory: PanelMemory): void {
  const { snapshot } = state;
  const groups = visibleGroups(snapshot, state.filter, state.sort);
  const shown = new Set(groups.flatMap((g) => g.notes.map((n) => n.path))).size;
  const ready = snapshot.notes.filter((n) => n.ready).length;
  const line = state.filter.trim()
    ? `${shown} of ${plural(snapshot.notes.length, "note")} match`
    : `${plural(snapshot.notes.length, "note")} · ${plural(snapshot.groups.length, "upstream group")} · ${ready} ready`;
  const layout = [line, ...groups.map((g) => `${groupKey(g.group)}:${g.notes.map((n) => n.path).join("\u0000")}`)].join("\u0001");
  if (snapshot.notes.length > 0 && layout === memory.layout && el.hasChildNodes()) {
    for (const { group, notes } of groups) {
      const key = groupKey(group);
      for (const note of notes) {
        const slot = `${key}\u0000${note.path}`;
        const current = memory.slots.get(slot);
        const row = rowFor(current?.parentElement ?? el, note, key, handlers, memory.rows);
        if (current && current !== row) current.replaceWith(row);
        memory.slots.set(slot, row);
      }
    }
    return;
  }
  el.empty();
  memory.layout = layout;
  memory.slots.clear();
  if (snapshot.notes.length === 0) {
    el.createDiv({ cls: "incubator-empty", text: `No notes tagged #${state.tag} yet — add the tag to a note.` });
    return;
  }
  el.createDiv({ cls: "incubator-status incubator-muted", text: line });
  if (groups.length === 0) {
    el.createDiv({ cls: "incubator-empty", text: `No notes match "${state.filter.trim()}".` });
    return;
  }
  for (const { group, notes } of groups) {
    const wrap = el.createDiv({ cls: "incubator-group" });
    const header = wrap.createDiv({ cls: "incubator-group-header" });
    const name = header.createSpan({ cls: "incubator-group-name", text: groupName(group) });
    const upstreamPath = group.path;
    if (upstreamPath) {
      name.addClass("incubator-clickable");
      activatable(name, `Open ${group.upstream ?? ""}`, () => handlers.open(upstreamPath, 1));
    }
    header.createSpan({ cls: "incubator-group-count incubator-muted", text: String(notes.length) });
    const { quizGroup } = handlers.actions;
    if (quizGroup) {
      const button = header.createEl("button", { cls: "incubator-group-quiz", text: "Quiz" });
      button.setAttr("aria-label", `Generate a quiz for ${groupName(group)}`);
      button.addEventListener("click", () => quizGroup(group.upstream));
    }
    const list = wrap.createDiv({ cls: "incubator-group-notes" });
    const key = groupKey(group);
    for (const note of notes) {
      const row = rowFor(list, note, key, handlers, memory.rows);
      memory.slots.set(`${key}\u0000${note.path}`, row);
      list.appendChild(row);
    }
  }
}

/** "Indexing… 120 of 2,000 notes": where a scan under way has come. */
export function indexingText(progress: ScanProgress): string {
  const count = (n: number) => n.toLocaleString("en-US");
  return `${progress.first ? "Indexing" : "Indexing again"}… ${count(progress.done)} of ${count(progress.total)} notes`;
}

function renderThisNote(el: HTMLElement, state: PanelState, handlers: NoteHandlers): void {
  const path = state.activePath;
  if (!path) {
    el.createDiv({ cls: "incubator-empty", text: "Open a note to see its definitions, comparisons and readiness here." });
    return;
  }
  const note = state.snapshot.notes.find((n) => n.path === path);
  if (!note) {
    const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
    el.createDiv({ cls: "incubator-empty", text: `"${name}" is not tagged #${state.tag} — add the tag to grow it here.` });
    return;
  }
  renderNoteDetail(el, note, handlers);
}

export function renderPanel(el: HTMLElement, state: PanelState, handlers: NoteHandlers, memory: PanelMemory): void {
  if (state.indexing?.first) {
    // No complete index yet: an empty one would read as "no notes tagged".
    memory.layout = null;
    el.empty();
    el.createDiv({ cls: "incubator-empty incubator-indexing", text: indexingText(state.indexing) });
    return;
  }
  if (state.mode === "incubator") {
    renderIncubator(el, state, handlers, memory);
    return;
  }
  memory.layout = null;
  el.empty();
  renderThisNote(el, state, handlers);
}
