/** The "This note" mode: one incubator note's upstream, definitions, key points, comparisons, questions, problems. */
import type { Comparison, KeyPoint, Problem } from "../../core/note/model";
import { kindPlural, pointTitle } from "../../core/note/point-names";
import { termLabel } from "../../core/note/terms";
import { definitionBody } from "../../core/report/definition-body";
import type { NoteReport } from "../../core/vault/note-report";
import { FAILURE_NAMES, failureText } from "../readiness-names";
import { plural } from "../../core/plural";
import { activatable } from "./dom";
import type { PanelActions } from "./view-model";

export interface NoteHandlers {
  open: (path: string, line: number) => void;
  actions: PanelActions;
}

export function renderBadge(el: HTMLElement, note: NoteReport): HTMLElement {
  const badge = el.createSpan({ cls: ["incubator-badge", note.ready ? "is-ready" : "is-not-ready"], text: note.ready ? "Ready" : "Not ready" });
  badge.setAttr("title", note.ready ? "Ready for promotion" : blocking(note).map(failureText).join("\n"));
  return badge;
}

/** The problems that keep the note from being ready, in the note's order. */
function blocking(note: NoteReport): Problem[] {
  return note.problems.filter((p) => note.blockers.includes(p.code));
}

function section(el: HTMLElement, title: string, count: number): HTMLElement {
  const wrap = el.createDiv({ cls: "incubator-section" });
  wrap.createEl("h4", { cls: "incubator-section-title", text: `${title} (${count})` });
  return wrap;
}

function renderComparison(el: HTMLElement, note: NoteReport, comparison: Comparison, handlers: NoteHandlers): void {
  const wrap = el.createDiv({ cls: "incubator-comparison" });
  activatable(wrap.createDiv({ cls: "incubator-comparison-title incubator-clickable", text: comparison.heading }), `Open ${comparison.heading}`, () =>
    handlers.open(note.path, comparison.line),
  );
  if (comparison.items.length > 0) {
    const table = wrap.createEl("table", { cls: "incubator-table" });
    const head = table.createEl("thead").createEl("tr");
    head.createEl("th", { text: comparison.items.some((i) => i.kind === "aspect") ? "Aspect or subject" : "Subject" });
    head.createEl("th", { text: "Description" });
    const body = table.createEl("tbody");
    for (const item of comparison.items) {
      const row = activatable(body.createEl("tr", { cls: `incubator-clickable is-${item.kind}` }), `Open ${item.name}`, () => handlers.open(note.path, item.line));
      row.createEl("td", { cls: "incubator-item-name", text: item.name });
      row.createEl("td", { cls: "incubator-item-text" }).createDiv({ cls: "incubator-item-clamp", text: item.text, attr: { title: item.text } });
    }
  } else {
    wrap.createDiv({ cls: "incubator-muted", text: `Compares ${comparison.subjects.join(", ")}.` });
  }
  if (comparison.summary) wrap.createEl("p", { cls: "incubator-summary", text: comparison.summary });
}

/** One run of key points: its kind and subject, then each item (numbered when they are steps), each opening its line. */
function renderPoints(el: HTMLElement, note: NoteReport, point: KeyPoint, handlers: NoteHandlers): void {
  const wrap = el.createDiv({ cls: `incubator-points is-${point.kind}` });
  const title = pointTitle(point);
  const head = activatable(wrap.createDiv({ cls: "incubator-points-title incubator-clickable", text: title }), `Open ${title}`, () => handlers.open(note.path, point.line));
  head.createSpan({ cls: "incubator-muted incubator-points-kind", text: ` · ${kindPlural(point.kind)}` });
  const list = wrap.createEl(point.ordered ? "ol" : "ul", { cls: "incubator-points-items" });
  for (const item of point.items) {
    const row = activatable(list.createEl("li", { cls: "incubator-point incubator-clickable" }), `Open ${item.label}`, () => handlers.open(note.path, item.line));
    row.setAttr("title", item.text);
    row.createSpan({ cls: "incubator-point-label", text: item.label });
    row.createSpan({ cls: "incubator-point-text", text: item.text });
  }
}

export function renderNoteDetail(el: HTMLElement, note: NoteReport, handlers: NoteHandlers): void {
  const wrap = el.createDiv({ cls: "incubator-note" });
  const header = wrap.createDiv({ cls: "incubator-note-header" });
  activatable(header.createDiv({ cls: "incubator-note-title incubator-clickable", text: note.title }), `Open ${note.title}`, () => handlers.open(note.path, 1));
  renderBadge(header, note);
  if (!note.ready) {
    // What fails and where, each opening its line: "Empty field *video links*, line 6".
    const blockers = wrap.createEl("ul", { cls: "incubator-blockers" });
    for (const problem of blocking(note)) {
      const item = activatable(blockers.createEl("li", { cls: "incubator-clickable" }), `Open line ${problem.line}`, () => handlers.open(note.path, problem.line));
      item.appendText(FAILURE_NAMES[problem.code]);
      if (problem.subject !== undefined) {
        item.appendText(" ");
        item.createEl("em", { text: problem.subject });
      }
      item.appendText(`, line ${problem.line}`);
    }
  }

  const upstream = wrap.createDiv({ cls: "incubator-upstream" });
  upstream.createSpan({ cls: "incubator-muted", text: "Upstream: " });
  if (note.upstream.length === 0) upstream.createSpan({ text: "none" });
  note.upstream.forEach((u, i) => {
    if (i > 0) upstream.appendText(", ");
    const target = u.path;
    if (target) activatable(upstream.createSpan({ cls: "incubator-clickable", text: u.link }), `Open ${u.link}`, () => handlers.open(target, 1));
    else upstream.createSpan({ cls: "incubator-unresolved", text: `${u.link} (not found)` });
  });

  const actions = wrap.createDiv({ cls: "incubator-actions" });
  const { quizNote, promote } = handlers.actions;
  if (quizNote) actions.createEl("button", { text: "Generate quiz" }).addEventListener("click", () => quizNote(note.path));
  if (promote) actions.createEl("button", { text: "Promote", cls: note.ready ? "mod-cta" : "" }).addEventListener("click", () => promote([note.path]));

  if (note.definitions.length > 0) {
    const defs = section(wrap, "Definitions", note.definitions.length);
    for (const d of note.definitions) {
      const row = activatable(defs.createDiv({ cls: "incubator-definition incubator-clickable" }), `Open ${d.term}`, () => handlers.open(note.path, d.line));
      row.setAttr("title", d.text);
      row.createSpan({ cls: "incubator-term", text: termLabel(d) });
      row.createSpan({ cls: "incubator-definition-text", text: definitionBody(d) });
    }
  }
  if (note.points.length > 0) {
    const runs = section(wrap, "Key points", note.points.reduce((n, p) => n + p.items.length, 0));
    for (const p of note.points) renderPoints(runs, note, p, handlers);
  }
  if (note.comparisons.length > 0) {
    const comps = section(wrap, "Comparisons", note.comparisons.length);
    for (const c of note.comparisons) renderComparison(comps, note, c, handlers);
  }
  if (note.questions.length > 0) {
    const qs = section(wrap, "Questions", note.questions.length);
    for (const q of note.questions) {
      const row = activatable(qs.createDiv({ cls: "incubator-question incubator-clickable" }), `Open ${q.question}`, () => handlers.open(note.path, q.line));
      row.createDiv({ cls: "incubator-question-text", text: q.question });
      row.createDiv({ cls: "incubator-answer", text: q.answer });
    }
  }
  if (note.problems.length > 0) {
    const problems = section(wrap, "Problems", note.problems.length);
    for (const p of note.problems) {
      const row = activatable(problems.createDiv({ cls: `incubator-problem incubator-clickable is-${p.code}` }), `Open line ${p.line}`, () => handlers.open(note.path, p.line));
      row.createSpan({ cls: "incubator-problem-code", text: p.code });
      row.createSpan({ text: p.message });
      row.createSpan({ cls: "incubator-muted", text: ` line ${p.line}` });
    }
  }
  if (note.definitions.length + note.comparisons.length + note.questions.length + note.points.length === 0) {
    wrap.createDiv({ cls: "incubator-empty", text: `Nothing to review yet: write a definition such as **${note.title}** is …` });
  }
  wrap.createDiv({ cls: "incubator-muted incubator-counts", text: [plural(note.definitions.length, "definition"), plural(note.comparisons.length, "comparison"), plural(note.questions.length, "question")].join(" · ") });
}
