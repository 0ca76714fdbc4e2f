/** The plugin's settings: what is saved with `saveData`, and how older saved data is read. */
import { normaliseTag } from "../core/note/tags";
import { ALL_PROBLEM_CODES, defaultCoreSettings, type CoreSettings, type QuestionPair } from "../core/settings";
import type { ProblemCode } from "../core/note/model";
import { ALL_CARD_KINDS, type CardKind } from "../core/quiz/card";
import { isQuizFormatName } from "../core/quiz/formats";
import { DEFAULT_OVERVIEW_PATH, defaultQuizSettings, type QuizSettings } from "../core/quiz/quiz-note";
import { normaliseVaultPath } from "../core/vault/vault-path";
import { defaultPromotionSettings, type PromotionSettings } from "../core/promote/planner";

/** Promotion settings; the incubator tag itself is the core setting `tag`. */
export type PromotionOptions = Omit<PromotionSettings, "tag">;

export { normaliseTag };

export interface IncubatorSettings extends CoreSettings {
  quiz: QuizSettings;
  promotion: PromotionOptions;
  /** Vault path of the overview note. */
  overviewPath: string;
}

export function defaultSettings(): IncubatorSettings {
  return {
    ...defaultCoreSettings(),
    quiz: defaultQuizSettings(),
    overviewPath: DEFAULT_OVERVIEW_PATH,
    promotion: (({ tag: _tag, ...rest }) => rest)(defaultPromotionSettings()),
  };
}

/** A vault-relative path, or null when it is empty or points outside the vault. */
export function vaultPathOrNull(value: string): string | null {
  try {
    return normaliseVaultPath(value) || null;
  } catch {
    return null;
  }
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const list = value.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v);
  return list.length > 0 ? list : null;
}

function questionPairs(value: unknown): QuestionPair[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(
    (p): p is QuestionPair =>
      typeof p === "object" && p !== null && typeof (p as QuestionPair).question === "string" && typeof (p as QuestionPair).answer === "string",
  );
}

/** A valid tag: no spaces, no `#` inside, not only digits. */
/**
 * Settings from saved data: every known key is validated, anything missing or invalid takes its
 * default, so data saved by an older version loads with defaults for what is new.
 */
export function settingsFromData(data: unknown): IncubatorSettings {
  const settings = defaultSettings();
  if (typeof data !== "object" || data === null) return settings;
  const saved = data as Record<string, unknown>;
  if (typeof saved.tag === "string") settings.tag = normaliseTag(saved.tag) ?? settings.tag;
  settings.upstreamKeys = stringList(saved.upstreamKeys) ?? settings.upstreamKeys;
  settings.questionPairs = questionPairs(saved.questionPairs) ?? settings.questionPairs;
  if (Array.isArray(saved.readinessChecks)) {
    settings.readinessChecks = saved.readinessChecks.filter((c): c is ProblemCode => ALL_PROBLEM_CODES.includes(c as ProblemCode));
  }
  if (typeof saved.maxNoteBytes === "number" && Number.isFinite(saved.maxNoteBytes) && saved.maxNoteBytes > 0) settings.maxNoteBytes = saved.maxNoteBytes;
  if (typeof saved.overviewPath === "string") settings.overviewPath = vaultPathOrNull(saved.overviewPath) ?? settings.overviewPath;
  const quiz = typeof saved.quiz === "object" && saved.quiz !== null ? (saved.quiz as Record<string, unknown>) : {};
  if (typeof quiz.folder === "string") settings.quiz.folder = vaultPathOrNull(quiz.folder) ?? settings.quiz.folder;
  if (typeof quiz.format === "string" && isQuizFormatName(quiz.format)) settings.quiz.format = quiz.format;
  if (typeof quiz.deck === "string" && quiz.deck.trim()) settings.quiz.deck = quiz.deck.trim();
  if (Array.isArray(quiz.kinds)) settings.quiz.kinds = quiz.kinds.filter((k): k is CardKind => ALL_CARD_KINDS.includes(k as CardKind));
  const promotion = typeof saved.promotion === "object" && saved.promotion !== null ? (saved.promotion as Record<string, unknown>) : {};
  const p = settings.promotion;
  if (typeof promotion.nextTag === "string") p.nextTag = promotion.nextTag === "" ? "" : (normaliseTag(promotion.nextTag) ?? p.nextTag);
  if (typeof promotion.moveTo === "string") p.moveTo = promotion.moveTo === "" ? "" : (vaultPathOrNull(promotion.moveTo) ?? p.moveTo);
  if (typeof promotion.upstreamHeading === "string" && promotion.upstreamHeading.trim()) p.upstreamHeading = promotion.upstreamHeading.trim();
  for (const key of ["addPromotedDate", "linkFromUpstream", "fixEncoding"] as const) {
    if (typeof promotion[key] === "boolean") p[key] = promotion[key];
  }
  return settings;
}
