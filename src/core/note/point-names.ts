/** How key points are named where people read them: the panel, the overview, cards, the CLI. */
import type { KeyPoint, PointKind } from "./model";

const NAMES: Record<PointKind, { plural: string; singular: string }> = {
  advantages: { plural: "advantages", singular: "advantage" },
  disadvantages: { plural: "drawbacks", singular: "drawback" },
  features: { plural: "features", singular: "feature" },
  uses: { plural: "uses", singular: "use" },
  practices: { plural: "practices", singular: "practice" },
  steps: { plural: "steps", singular: "step" },
  limits: { plural: "limits", singular: "limit" },
  other: { plural: "key points", singular: "point" },
};

export function kindPlural(kind: PointKind): string {
  return NAMES[kind].plural;
}

export function kindSingular(kind: PointKind): string {
  return NAMES[kind].singular;
}

/** The list question of a kind: `What are the advantages of Batch Normalization?`. */
const ASK_LIST: Record<PointKind, (subject: string) => string> = {
  advantages: (s) => `What are the advantages of ${s}?`,
  disadvantages: (s) => `What are the drawbacks of ${s}?`,
  features: (s) => `What are the features of ${s}?`,
  uses: (s) => `What is ${s} used for?`,
  practices: (s) => `What are the recommended practices for ${s}?`,
  steps: (s) => `${s}: what are the steps?`,
  limits: (s) => `What are the limits of ${s}?`,
  other: (s) => `What are the key points about ${s}?`,
};

export function listQuestion(point: Pick<KeyPoint, "kind" | "subject" | "heading">): string {
  return ASK_LIST[point.kind](point.kind === "steps" ? stepsContext(point) : point.subject);
}

/**
 * Where steps belong, as a card names them: the heading when it names the subject (`AWS Lambda
 * Workflow`), else subject and heading (`Containers — Getting Started`).
 */
export function stepsContext(point: Pick<KeyPoint, "subject" | "heading">): string {
  const heading = point.heading.split(" > ").pop()?.trim() ?? "";
  if (!heading) return point.subject;
  return heading.toLowerCase().includes(point.subject.toLowerCase()) ? heading : `${point.subject} — ${heading}`;
}

/**
 * What a run is called where it is shown in its note (panel, overview): the heading the note
 * gives it (`Key Features of AWS Lambda`, `Remedies`), else `Advantages of Batch Normalization`.
 */
export function pointTitle(point: Pick<KeyPoint, "kind" | "subject" | "heading">): string {
  const heading = point.heading.split(" > ").pop()?.trim();
  if (heading) return heading;
  const plural = kindPlural(point.kind);
  return `${plural.charAt(0).toUpperCase()}${plural.slice(1)} of ${point.subject}`;
}
