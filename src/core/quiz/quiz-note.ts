/**
 * A quiz note (SPEC §6): the generated region of cards for one source note or one upstream
 * group, merged into whatever the file already holds. Pure: text in, text out.
 */
import { shortHash } from "../hash";
import type { NoteReport } from "../vault/note-report";
import { upstreamKey, type IndexSnapshot } from "../vault/vault-index";
import { DEFAULT_CARD_KINDS, type Card, type CardKind } from "./card";
import { QUIZ_FORMATS } from "./formats";
import type { QuizFormatName } from "./formats/quiz-format";
import { distractorIndex, NO_DISTRACTORS, type DistractorSource } from "./distractors";
import { generateCards } from "./generate-cards";
import { mergeRegion, type GeneratedUnit } from "./region";
import { markdownText, noteLink, yamlQuoted } from "./markdown-text";
import { replaceSources } from "./sources-property";

export interface QuizSettings {
  /** Vault-relative folder the quiz notes go to. */
  folder: string;
  format: QuizFormatName;
  /** Top deck name (`#flashcards/<deck>/…` or `TARGET DECK <deck>::…`). */
  deck: string;
  kinds: CardKind[];
}

/** Where quiz notes and the overview go unless a setting or an option says otherwise. */
export const DEFAULT_OVERVIEW_PATH = "Incubator overview.md";

export function defaultQuizSettings(): QuizSettings {
  return { folder: "Incubator quizzes", format: "spaced-repetition", deck: "Incubator", kinds: [...DEFAULT_CARD_KINDS] };
}

export interface QuizTarget {
  /** Vault-relative path of the quiz note. */
  path: string;
  /** What the quiz is named after: a note's title or an upstream's name. */
  name: string;
  /** Upstream group name for the sub-deck ("" for none). */
  group: string;
  sources: NoteReport[];
  /** How the quiz note links to its sources, where the titles alone would be ambiguous. */
  sourceLinks?: string[];
  /** What the quiz is made from, as a later run names it again: one note, or an upstream's group. */
  selection: QuizSelection;
}

export type QuizSelection = { note: string } | { upstream: string | null };

export interface QuizNote {
  path: string;
  text: string;
  changed: boolean;
  cards: number;
  retired: string[];
  edited: string[];
}

/** Characters Obsidian does not allow in file names or links. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim() || "Untitled";
}

export function quizPath(folder: string, name: string): string {
  const dir = folder.split("/").filter((part) => part !== "").join("/");
  return `${dir ? `${dir}/` : ""}${safeFileName(name)} quiz.md`;
}

/**
 * What a run of quiz notes looks up for every note: built once (each part on first use), so that
 * a run over the whole vault stays linear in it.
 */
export class QuizIndex {
  private groupsByPath?: Map<string, string>;
  private distractorSource?: DistractorSource;
  private namesByPath?: Map<string, string>;

  constructor(private readonly snapshot: IndexSnapshot) {}

  /** The upstream group a note's cards go to: that of the first upstream it names, "" for none. */
  groupOf(path: string): string {
    if (!this.groupsByPath) {
      const nameOf = new Map<string, string>();
      for (const g of this.snapshot.groups) if (g.upstream !== null) nameOf.set(upstreamKey(g.path, g.upstream), g.upstream);
      this.groupsByPath = new Map();
      for (const n of this.snapshot.notes) {
        const first = n.upstream[0];
        if (first) this.groupsByPath.set(n.path, nameOf.get(upstreamKey(first.path, first.link)) ?? "");
      }
    }
    return this.groupsByPath.get(path) ?? "";
  }

  get distractors(): DistractorSource {
    return (this.distractorSource ??= distractorIndex(this.snapshot));
  }

  get names(): Map<string, string> {
    return (this.namesByPath ??= quizNames(this.snapshot));
  }
}

/**
 * The names quiz notes take, by source path. Two notes whose titles make the same file name (the
 * file system may ignore case: `A/X` and `B/X`, `C#` and `C`, `Sub/X` and `sub/X`) would share
 * one quiz note and retire each other's cards: each of them gets its folder in the name, and a
 * short hash of its path where even that is shared. Build it once for many targets.
 */
export function quizNames(snapshot: IndexSnapshot): Map<string, string> {
  const byKey = new Map<string, NoteReport[]>();
  const keyOf = (name: string) => safeFileName(name).toLowerCase();
  for (const note of snapshot.notes) {
    const key = keyOf(note.title);
    const same = byKey.get(key);
    if (same) same.push(note);
    else byKey.set(key, [note]);
  }
  const names = new Map<string, string>();
  for (const notes of byKey.values()) {
    if (notes.length === 1) {
      names.set(notes[0].path, notes[0].title);
      continue;
    }
    const folder = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf("/"))) || "vault root";
    const folders = new Map<string, number>();
    for (const n of notes) folders.set(keyOf(folder(n.path)), (folders.get(keyOf(folder(n.path))) ?? 0) + 1);
    for (const n of notes) {
      const place = folder(n.path).replace(/\//g, ", ");
      const unique = folders.get(keyOf(folder(n.path))) === 1;
      names.set(n.path, unique ? `${n.title} (${place})` : `${n.title} (${place}, ${shortHash(n.path).slice(0, 4)})`);
    }
  }
  return names;
}

export function noteTarget(note: NoteReport, snapshot: IndexSnapshot, settings: QuizSettings, index = new QuizIndex(snapshot)): QuizTarget {
  const name = index.names.get(note.path) ?? note.title;
  const sourceLinks = name === note.title ? undefined : [pathLink(note)];
  return { path: quizPath(settings.folder, name), name, group: index.groupOf(note.path), sources: [note], sourceLinks, selection: { note: note.path } };
}

/** `[[A/X]]`: the note by its path, where its title alone would name several. */
function pathLink(note: NoteReport): string {
  return noteLink(note.path.replace(/\.md$/i, ""), note.path);
}

export function groupTarget(upstream: string | null, snapshot: IndexSnapshot, settings: QuizSettings): QuizTarget | null {
  const group = snapshot.groups.find((g) => g.upstream === upstream || (g.upstream ?? "").toLowerCase() === (upstream ?? "").toLowerCase());
  if (!group) return null;
  const byPath = new Map(snapshot.notes.map((n) => [n.path, n]));
  const name = group.upstream ?? "No upstream";
  const sources = group.notes.map((p) => byPath.get(p) as NoteReport);
  return { path: quizPath(settings.folder, name), name, group: group.upstream ?? "", sources, selection: { upstream: group.upstream } };
}

function link(note: NoteReport): string {
  return noteLink(note.title, note.path);
}

/** The cards a quiz note holds for one of its source notes, in the note's order. */
export function noteCards(note: NoteReport, snapshot: IndexSnapshot, settings: QuizSettings, index = new QuizIndex(snapshot)): Card[] {
  const options = { kinds: settings.kinds, distinctCloze: QUIZ_FORMATS[settings.format].distinctCloze };
  // The distractor index is built only when multiple choice is asked for.
  return generateCards(note, settings.kinds.includes("choice") ? index.distractors : NO_DISTRACTORS, options);
}

/** How a quiz note names its sources in its frontmatter and intro. */
export function quizSources(target: QuizTarget): string[] {
  return target.sourceLinks ?? target.sources.map(link);
}

export function buildQuizNote(existing: string | null, target: QuizTarget, snapshot: IndexSnapshot, settings: QuizSettings, index = new QuizIndex(snapshot)): QuizNote {
  const format = QUIZ_FORMATS[settings.format];
  const units: GeneratedUnit[] = [];
  const deck = format.deckLines(settings.deck, target.group);
  if (deck.length > 0) units.push({ id: "deck", lines: deck });
  let cards = 0;
  for (const note of target.sources) {
    units.push({ id: `note-${shortHash(note.path)}`, lines: [`## ${markdownText(note.title)}`] });
    for (const card of noteCards(note, snapshot, settings, index)) {
      units.push({ id: card.id, lines: format.card(card) });
      cards++;
    }
  }
  const sources = quizSources(target);
  const merged = mergeRegion(existing === null ? null : replaceSources(existing, sources), {
    units,
    retiredHeading: { id: "retired", lines: ["## Retired", "Cards whose source is gone. Review data is kept; delete them when you like."] },
    tool: format,
    disposable: (id) => id === "deck" || id.startsWith("note-"),
    frame: {
      above: [
        "---",
        "sources:",
        ...sources.map((s) => `  - ${yamlQuoted(s)}`),
        "---",
        `# ${markdownText(target.name)} quiz`,
        "",
        `Review cards generated by Incubator from ${sources.join(", ")}. Edit freely: edited cards, your own cards and review data are kept when the quiz is generated again.`,
        "",
      ],
      below: [],
    },
  });
  return { path: target.path, text: merged.text, changed: merged.text !== existing, cards, retired: merged.retired, edited: merged.edited };
}
