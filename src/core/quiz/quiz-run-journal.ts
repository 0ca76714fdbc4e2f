/**
 * A quiz run writes one quiz note per target; each is written whole, but a run cut short leaves
 * some quiz notes new and others as they were. The run's journal names what it was making (the
 * targets as selections, and the settings), written before the first quiz note and removed after
 * the last; a later run that finds it makes those quiz notes again from the notes as they are
 * then, which brings up to date the ones the cut run did not reach and leaves the others unchanged.
 * The journal keeps no text: it stays small for any vault.
 */
import { parseJson } from "../json";
import { plural } from "../plural";
import { isQuizFormatName } from "./formats";
import { ALL_CARD_KINDS } from "./card";
import type { IndexSnapshot } from "../vault/vault-index";
import { groupTarget, noteTarget, QuizIndex, type QuizSelection, type QuizSettings, type QuizTarget } from "./quiz-note";
import { describeOutcome, type WriteOutcome } from "./quiz-service";

export interface QuizRunJournal {
  kind: "incubator-quiz-run";
  version: 1;
  settings: QuizSettings;
  targets: QuizSelection[];
}

export function quizRunOf(targets: readonly QuizTarget[], settings: QuizSettings): QuizRunJournal {
  return { kind: "incubator-quiz-run", version: 1, settings, targets: targets.map((t) => t.selection) };
}

const isText = (v: unknown): v is string => typeof v === "string";

function isSelection(value: unknown): value is QuizSelection {
  const s = value as { note?: unknown; upstream?: unknown } | null;
  if (!s || typeof s !== "object") return false;
  return "note" in s ? isText(s.note) : "upstream" in s && (s.upstream === null || isText(s.upstream));
}

function isSettings(value: unknown): value is QuizSettings {
  const s = value as Partial<QuizSettings> | null;
  return !!s && isText(s.folder) && isText(s.format) && isQuizFormatName(s.format) && isText(s.deck) && Array.isArray(s.kinds) && s.kinds.every((k) => ALL_CARD_KINDS.includes(k));
}

/** A quiz run's journal from its text, or null for anything else (never acted on). */
export function parseQuizRun(text: string): QuizRunJournal | null {
  const j = parseJson(text) as Partial<QuizRunJournal> | null | undefined;
  if (!j || j.kind !== "incubator-quiz-run" || j.version !== 1 || !isSettings(j.settings) || !Array.isArray(j.targets) || !j.targets.every(isSelection)) return null;
  return j as QuizRunJournal;
}

/** The journal's targets made again from the vault as it is now; a note or group that is gone has none. */
export function targetsOf(journal: QuizRunJournal, snapshot: IndexSnapshot): QuizTarget[] {
  const index = new QuizIndex(snapshot);
  const byPath = new Map(snapshot.notes.map((n) => [n.path, n]));
  const targets: QuizTarget[] = [];
  for (const selection of journal.targets) {
    if ("note" in selection) {
      const note = byPath.get(selection.note);
      if (note) targets.push(noteTarget(note, snapshot, journal.settings, index));
    } else {
      const target = groupTarget(selection.upstream, snapshot, journal.settings);
      if (target) targets.push(target);
    }
  }
  return targets;
}

/** What finishing a cut quiz run did: a line of counts, then each quiz note left alone and why. */
export function describeQuizRunFinished(outcomes: readonly WriteOutcome[], planned: number): string[] {
  const written = outcomes.filter((o) => o.status === "created" || o.status === "updated").length;
  const current = outcomes.filter((o) => o.status === "unchanged").length;
  const parts = [`${plural(written, "quiz note")} written now`, `${current} already up to date`];
  const gone = planned - outcomes.length;
  if (gone > 0) parts.push(`${gone} no longer made (their notes left the incubator)`);
  const leftAlone = outcomes.filter((o) => o.status === "conflict" || o.status === "foreign").map((o) => describeOutcome(o));
  return [`finished a quiz run that was interrupted: ${parts.join(", ")}`, ...leftAlone];
}
