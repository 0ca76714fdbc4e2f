import { anki } from "./anki";
import { callout } from "./callout";
import type { QuizFormat, QuizFormatName } from "./quiz-format";
import { spacedRepetition } from "./spaced-repetition";

export const QUIZ_FORMATS: Record<QuizFormatName, QuizFormat> = {
  "spaced-repetition": spacedRepetition,
  anki,
  callout,
};

export function isQuizFormatName(name: string): name is QuizFormatName {
  return Object.prototype.hasOwnProperty.call(QUIZ_FORMATS, name);
}
