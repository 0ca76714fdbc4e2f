/**
 * Scores the note model against hand labels (tests/fixtures/labels): for every labelled item,
 * what the model made of it — a definition, a key point (of which kind) or neither — against what
 * a person judged it to be. Pure: labels and models in, counts and ratios out.
 */
import type { NoteModel, PointKind } from "../src/core/note/model";
import { termKey } from "../src/core/note/terms";

export type Verdict = "definition" | "point" | "neither";

export interface LabelledItem {
  line: number;
  label: string;
  class: Verdict;
  /** For a definition: the term it defines. */
  term?: string;
  /** For a key point: its kind. */
  kind?: PointKind;
}

export interface LabelFile {
  note: string;
  items: LabelledItem[];
}

export interface ClassScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Score {
  notes: number;
  items: number;
  classes: Record<Verdict, ClassScore>;
  /** Of the items both labelled and found as key points, the share whose kind is right. */
  kindAccuracy: { compared: number; correct: number; accuracy: number };
  /** Every item the model got wrong: what it should be, what it was. */
  misses: { note: string; line: number; label: string; gold: string; got: string }[];
}

/** How the model read one labelled item. */
export function verdictOf(model: NoteModel, item: LabelledItem): { verdict: Verdict; kind?: PointKind } {
  for (const point of model.points) {
    if (point.items.some((i) => i.line === item.line)) return { verdict: "point", kind: point.kind };
  }
  const names = [item.label, item.term ?? item.label].map((n) => termKey(n.replace(/\([^()]*\)/g, " "))).filter((k) => k);
  const named = (d: NoteModel["definitions"][number]) => [d.term, ...d.aliases].some((t) => names.includes(termKey(t.replace(/\([^()]*\)/g, " "))));
  // A definition at the item (or the text under its heading), or, for a term defined twice, where the note first defines it.
  const here = model.definitions.some((d) => d.line >= item.line && d.line <= item.line + 3 && named(d));
  const elsewhere = item.class === "definition" && model.definitions.some(named);
  return { verdict: here || elsewhere ? "definition" : "neither" };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function score(labelled: readonly { file: LabelFile; model: NoteModel }[]): Score {
  const classes = Object.fromEntries((["definition", "point", "neither"] as Verdict[]).map((v) => [v, { gold: 0, predicted: 0, correct: 0, precision: 0, recall: 0 }])) as Record<Verdict, ClassScore>;
  const kind = { compared: 0, correct: 0, accuracy: 0 };
  const misses: Score["misses"] = [];
  let items = 0;
  for (const { file, model } of labelled) {
    for (const item of file.items) {
      items++;
      const got = verdictOf(model, item);
      classes[item.class].gold++;
      classes[got.verdict].predicted++;
      if (got.verdict === item.class) classes[item.class].correct++;
      if (item.class === "point" && got.verdict === "point") {
        kind.compared++;
        if (got.kind === item.kind) kind.correct++;
      }
      const wanted = item.class === "point" ? `point ${item.kind}` : item.class;
      const found = got.verdict === "point" ? `point ${got.kind}` : got.verdict;
      if (wanted !== found) misses.push({ note: file.note, line: item.line, label: item.label, gold: wanted, got: found });
    }
  }
  for (const c of Object.values(classes)) {
    c.precision = ratio(c.correct, c.predicted);
    c.recall = ratio(c.correct, c.gold);
  }
  kind.accuracy = ratio(kind.correct, kind.compared);
  return { notes: labelled.length, items, classes, kindAccuracy: kind, misses };
}
