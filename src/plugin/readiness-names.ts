/** Human names of the readiness checks, shared by the settings tab and the panel. */
import type { ProblemCode } from "../core/note/model";

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
