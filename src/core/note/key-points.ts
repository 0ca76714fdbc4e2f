/**
 * Key points (SPEC §3): which runs of bold-labelled items state properties of a subject
 * (advantages, steps, …) and which define their labels. Decided, in this order, by the heading
 * above the run (the nearest one that says something, up to the note's title), by the labels'
 * shape (imperative labels are steps, evaluative ones advantages or drawbacks), and else item by
 * item by whether the text defines its label. Hand-made cue lists, measured by `npm run eval` on
 * hand-labelled corpus notes (tests/fixtures/labels).
 */
import type { KeyPoint, PointKind } from "./model";
import { labelledRuns, type LabelledItem, type Run } from "./labelled-items";
import type { NoteDoc, Section } from "./note-doc";
import { isComparisonTitle } from "./comparisons";
import { definesLabel, firstWords, IMPERATIVE, namesItself } from "./defines-label";
import { trimTrailing, whatIsSubject } from "./terms";

type Cue = PointKind | "glossary";

/** Heading words that say what a run is, tried in this order (a glossary of types before "uses"). */
const CUES: [Cue, RegExp][] = [
  ["glossary", /\b(?:key terms?|terms explained|terminology|glossary|key concepts?|types? of|kinds? of|components? of|components|tools|libraries|templates|methods|parameters|roles|examples|description|overview|definitions?|tl;?dr)\b|^(?:\w+\s)?examples?$/],
  ["limits", /\b(?:limits|quotas)\b/],
  ["disadvantages", /\b(?:disadvantages?|drawbacks?|cons|challenges|weaknesses|downsides?|limitations?)\b/],
  ["advantages", /\b(?:advantages?|benefits?|pros|strengths|why (?:use|have|choose)\b|(?:useful|preferred|better)\b)/],
  ["uses", /\b(?:use cases?|applications? of|where (?:else )?(?:is|are) (?:[\w-]+ ){1,3}(?:commonly )?used|commonly used|when to use)\b|^(?:real-world )?applications?$/],
  ["features", /\b(?:features?|capabilities|characteristics|functionalit(?:y|ies))\b/],
  ["practices", /\b(?:best practices?|practices|tips|considerations?|recommendations?|guidelines|anti[- ]?patterns?|pitfalls|cost optimization|remedies|mitigations?|prevention)\b/],
  ["steps", /\b(?:steps?|workflow|how to|getting started|procedure|walkthrough|instructions|installation|implementation|deploying|cleaning up|forward pass|backward pass)\b|^(?:the )?process\b/],
];

function cueOf(text: string): Cue | null {
  const lower = text.toLowerCase();
  for (const [cue, pattern] of CUES) if (pattern.test(lower)) return cue;
  return null;
}

/** Cues already read, by heading text: runs of one note share their headings. */
type CueMemo = Map<string, Cue | null>;

function cueIn(memo: CueMemo, text: string): Cue | null {
  let cue = memo.get(text);
  if (cue === undefined) memo.set(text, (cue = cueOf(text)));
  return cue;
}

/** The nearest heading above a run that says what it is (then the note's title), with the text it was read from. */
function runCue(doc: NoteDoc, run: Run, memo: CueMemo, titleCompares: boolean): { cue: Cue; from: string } | null {
  // A label line right above the run heads it: what the sections above say is about something else.
  if (run.labelHeading) {
    const cue = cueIn(memo, run.labelHeading);
    return cue ? { cue, from: run.labelHeading } : null;
  }
  for (let s: Section | null = run.section; s; s = s.parent) {
    const cue = cueIn(memo, s.text);
    if (cue) return { cue, from: s.text };
  }
  // A title that compares two things (`Deploying an API with Express.js vs …`) names no process or list of its own.
  if (titleCompares) return null;
  const cue = cueIn(memo, doc.title);
  return cue ? { cue, from: doc.title } : null;
}

/** Words that judge: a label made with one is an advantage or a drawback, not a name. */
const BETTER = /\b(?:faster|improved?|better|easier|simpler|simplicity|simplified|enhanced|increased?|higher|greater|more|flexib(?:le|ility)|efficien(?:t|cy)|reliab(?:le|ility)|scalab(?:le|ility)|speed(?:up)?|convergence|reduced boilerplate|less)\b/i;
const WORSE = /\b(?:limited|lack|overhead|complex(?:ity)?|harder|slower|costly|reduced interpretability|size|risk|difficult(?:y)?|steep)\b/i;

function isImperative(label: string): boolean {
  return IMPERATIVE.has(label.split(/\s+/)[0]?.toLowerCase() ?? "");
}

/** A kind from the labels alone, where at least most of them show it. */
function shapeOf(items: readonly LabelledItem[]): PointKind | null {
  if (items.length < 2) return null;
  const share = (test: (item: LabelledItem) => boolean) => items.filter(test).length / items.length;
  if (share((i) => isImperative(i.label)) >= 0.6 || share((i) => i.numbered) >= 0.6) return "steps";
  const worse = share((i) => WORSE.test(i.label));
  const better = share((i) => BETTER.test(i.label));
  if (worse + better >= 0.5) return worse > better ? "disadvantages" : "advantages";
  return null;
}

/** Text of a glossary item that names no value: a sentence (`Protocol: TCP` is a value), not a price. */
function glossaryDefines(text: string): boolean {
  return firstWords(text, 4).length >= 4 && !/[$€£]\s?\d/.test(text) && !/^see\b/i.test(text.trimStart());
}

/** A label that names a kind itself (`**Benefits**:` among other labels): that item has that kind. */
function kindNamedBy(label: string): PointKind | null {
  const cue = cueOf(label);
  return cue && cue !== "glossary" && cue !== "steps" && label.split(/\s+/).length <= 2 ? cue : null;
}

/**
 * A label that is only the word for an advantage or a drawback (`**Benefits**:`, `**Cons**:`): it
 * is what the section above says about its subject, asked as such (`What are the advantages of
 * Incremental Change?`). Other kinds' words (`**Application**:`) under a heading that is no noun
 * phrase (`Guided by Fitness Functions`) would make no question.
 */
export function isKindWord(label: string, kind: PointKind): boolean {
  return (kind === "advantages" || kind === "disadvantages") && !/\s/.test(label.trim()) && kindNamedBy(label) === kind;
}

const COMPARING = /^(?:key )?differences\b|^compared to\b|\bvs\.?\s/i;

/** A run in a comparison (`Difference between A and B`, `Key Differences`, `Compared to REST`): its items are the comparison's. */
function inComparison(run: Run, memo: Map<Section, boolean>): boolean {
  for (let s: Section | null = run.section, depth = 0; s && depth < 2; s = s.parent, depth++) {
    let comparing = memo.get(s);
    if (comparing === undefined) memo.set(s, (comparing = COMPARING.test(s.text) || isComparisonTitle(s.text)));
    if (comparing) return true;
  }
  return false;
}

/** Limitations with figures (`15 minutes`, `10 MB`) are limits; without them, drawbacks. */
function limitationKind(items: readonly LabelledItem[]): PointKind {
  return items.filter((i) => /\d/.test(i.text)).length * 2 >= items.length ? "limits" : "disadvantages";
}

/** Words after which a heading names its subject: `Key Features of X`, `Why Use X?`. */
const BEFORE_SUBJECT = new Set(["of", "for", "with", "about", "use", "using", "choose", "have"]);

/**
 * The subject a note gives the runs in a section: its title (the subject of a title that is a
 * question: `What is the EvoArch model?` → `EvoArch model`); in a note that compares two things,
 * the heading above the run that names one of them (`## AWS API Gateway`), if one does.
 */
function noteSubject(doc: NoteDoc, section: Section | null, titleCompares: boolean): string {
  if (section && titleCompares) {
    const title = doc.title.toLowerCase();
    for (let s: Section | null = section; s; s = s.parent) if (s.text && title.includes(s.text.toLowerCase())) return s.text;
  }
  return whatIsSubject(doc.title) ?? doc.title;
}

/** What a run is about: the X of `Where are X used?`, or after the last of those words in its heading, else the note's subject. */
function subjectOf(doc: NoteDoc, from: string | null, section: Section | null, titleCompares: boolean): string {
  const title = noteSubject(doc, section, titleCompares);
  const usedWhere = /^where (?:else )?(?:is|are) (.+?) (?:commonly )?used\b/i.exec(from ?? "");
  if (usedWhere && !/^(?:it|they)$/i.test(usedWhere[1])) return usedWhere[1];
  const words = trimTrailing(from ?? "", ":：?").trim().split(/\s+/);
  for (let i = words.length - 2; i >= 0; i--) {
    if (!BEFORE_SUBJECT.has(words[i].toLowerCase())) continue;
    const subject = words.slice(i + 1);
    // `Use Cases`: the word after `use` names the kind, not a subject.
    if (subject.length === 1 && /^cases?$/i.test(subject[0])) continue;
    return subject.length <= 6 ? subject.join(" ") : title;
  }
  return title;
}

export interface Classified {
  points: KeyPoint[];
  /**
   * Where a definition of a bold label would be found but is not one: a key point's item, or an
   * item that does not define its label (`Protocol: TCP`, a comparison's aspect).
   */
  notDefined: Set<number>;
}

export function classifyRuns(doc: NoteDoc): Classified {
  const points: KeyPoint[] = [];
  const notDefined = new Set<number>();
  const cues: CueMemo = new Map();
  const comparing = new Map<Section, boolean>();
  // Whether the note's title compares two things: it then names no kind, and runs take a side's heading as subject.
  const titleCompares = isComparisonTitle(doc.title);
  for (const run of labelledRuns(doc)) {
    if (inComparison(run, comparing)) {
      // Its subjects define themselves (`**EBS** is block storage…`); its aspects (`**Linearity**: …`) define nothing.
      for (const i of run.items) if (!namesItself(i.label, i.text)) notDefined.add(i.textLine);
      continue;
    }
    const found = runCue(doc, run, cues, titleCompares);
    let kind: PointKind | null = null;
    if (found && found.cue !== "glossary") kind = found.cue === "disadvantages" && /limitation/i.test(found.from) ? limitationKind(run.items) : found.cue;
    else if (!found) kind = shapeOf(run.items);
    let items: LabelledItem[];
    if (kind) items = run.items;
    else if (found) {
      // A glossary: each item defines its label, unless it is a value (`Protocol: TCP`).
      for (const i of run.items) if (!glossaryDefines(i.text)) notDefined.add(i.textLine);
      continue;
    } else {
      // Nothing said: each item is a definition when its text defines its label.
      // A label whose text is the list under it describes it point by point, as a definition does.
      items = run.items.filter((i) => !i.nested && !definesLabel(i.label, i.text));
      // Most items define their labels: a glossary that says so by its shape.
      if (run.items.length >= 3 && items.length * 3 <= run.items.length) {
        for (const i of run.items) if (!glossaryDefines(i.text)) notDefined.add(i.textLine);
        continue;
      }
      if (items.length === 0 || run.items.length === 1) {
        for (const i of items) notDefined.add(i.textLine);
        continue;
      }
      kind = "other";
    }
    for (const i of items) notDefined.add(i.textLine);
    const subject = subjectOf(doc, found?.from ?? null, run.section, titleCompares);
    const heading = run.section?.pathText ?? "";
    // Items whose own label names another kind (`**Benefits**:` beside `**Description**:`) stand apart.
    const byKind = new Map<PointKind, LabelledItem[]>();
    for (const i of items) {
      const k = kind === "other" ? (kindNamedBy(i.label) ?? kind) : kind;
      const list = byKind.get(k);
      if (list) list.push(i);
      else byKind.set(k, [i]);
    }
    for (const [k, list] of byKind) {
      // `**Benefits**:` under `### Incremental Change`: the benefits are the section's, not the note's.
      const own = run.section && list.every((i) => isKindWord(i.label, k)) ? run.section.text : subject;
      points.push({ kind: k, subject: own, heading, line: list[0].line, ordered: k === "steps", items: list.map(({ label, text, line }) => ({ label, text, line })) });
    }
  }
  return { points: points.sort((a, b) => a.line - b.line), notDefined };
}
