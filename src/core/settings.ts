/** Settings the core reads. The plugin persists them; the CLI builds them from its options. */
import type { ProblemCode } from "./note/model";

export interface QuestionPair {
  /** Heading text of the question section, e.g. `Underlying Question`. */
  question: string;
  /** Heading text of the section that answers it, e.g. `Solution/Reasoning`. */
  answer: string;
}

export interface CoreSettings {
  /** The incubator tag, without `#`. */
  tag: string;
  /** Field names that name a note's upstream, matched case-insensitively. */
  upstreamKeys: string[];
  questionPairs: QuestionPair[];
  /** Problems that keep a note from being ready for promotion. */
  readinessChecks: ProblemCode[];
  /** Notes larger than this (in bytes) are not read, and reported as `too-large`. */
  maxNoteBytes: number;
}

export const ALL_PROBLEM_CODES: readonly ProblemCode[] = [
  "no-upstream",
  "unresolved-upstream",
  "self-upstream",
  "upstream-cycle",
  "empty-field",
  "empty-section",
  "encoding-damage",
  "no-definitions",
];

export function defaultCoreSettings(): CoreSettings {
  return {
    tag: "incubator",
    upstreamKeys: ["upstream", "up", "parent"],
    questionPairs: [{ question: "Underlying Question", answer: "Solution/Reasoning" }],
    readinessChecks: ALL_PROBLEM_CODES.filter((code) => code !== "empty-section"),
    maxNoteBytes: 5 * 1024 * 1024,
  };
}
