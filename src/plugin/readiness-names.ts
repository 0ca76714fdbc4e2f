/**
 * Human names of the readiness checks: what each check asks (the settings tab, where a user turns
 * checks on and off) and what a failure of it is (the panel, where a user wants to know what to fix).
 */
import type { Problem, ProblemCode } from "../core/note/model";

export const CHECK_NAMES: Record<ProblemCode, string> = {
  "no-upstream": "Has an upstream link",
  "unresolved-upstream": "Upstream link resolves",
  "self-upstream": "Upstream is not the note itself",
  "upstream-cycle": "Upstream links form no cycle",
  "empty-field": "No empty template fields",
  "empty-section": "No empty sections",
  "encoding-damage": "No encoding damage",
  "no-definitions": "Has a definition, question or comparison",
};

/** A failure, said as what is wrong: `Empty field` (+ the field's name), `Encoding damage`. */
export const FAILURE_NAMES: Record<ProblemCode, string> = {
  "no-upstream": "No upstream link",
  "unresolved-upstream": "Upstream not found",
  "self-upstream": "Upstream is the note itself",
  "upstream-cycle": "Upstream links form a cycle",
  "empty-field": "Empty field",
  "empty-section": "Empty section",
  "encoding-damage": "Encoding damage",
  "no-definitions": "No definition, question or comparison",
};

/** `Empty field "video links", line 6`, as plain text (a tooltip). */
export function failureText(problem: Problem): string {
  const subject = problem.subject === undefined ? "" : ` "${problem.subject}"`;
  return `${FAILURE_NAMES[problem.code]}${subject}, line ${problem.line}`;
}
