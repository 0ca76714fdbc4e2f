/** The note model of SPEC §3: what Incubator knows about one note. Lines are 1-based. */
import type { Link } from "./links";
import type { UpstreamField } from "./upstream";

export interface Heading {
  level: number;
  /** Plain text of the heading. */
  text: string;
  line: number;
}

export interface Definition {
  term: string;
  aliases: string[];
  /** The defining sentence(s), as plain text. */
  text: string;
  /** Path of headings the definition sits under, e.g. `AMI > Overview`. */
  heading: string;
  line: number;
}

/** What a run of labelled items says about its subject (SPEC §3). */
export type PointKind = "advantages" | "disadvantages" | "features" | "uses" | "practices" | "steps" | "limits" | "other";

export const POINT_KINDS: readonly PointKind[] = ["advantages", "disadvantages", "features", "uses", "practices", "steps", "limits", "other"];

export interface PointItem {
  label: string;
  text: string;
  line: number;
}

/** A run of bold-labelled items that state properties of a subject rather than define their labels. */
export interface KeyPoint {
  kind: PointKind;
  /** The topic the run is about (`AWS Lambda`). */
  subject: string;
  /** Path of headings above the run. */
  heading: string;
  line: number;
  /** Whether the items' order matters (steps). */
  ordered: boolean;
  items: PointItem[];
}

export interface Question {
  question: string;
  answer: string;
  heading: string;
  line: number;
}

export interface ComparisonItem {
  name: string;
  text: string;
  line: number;
  kind: "subject" | "aspect";
}

export interface Comparison {
  heading: string;
  line: number;
  subjects: string[];
  items: ComparisonItem[];
  summary: string | null;
}

export type ProblemCode =
  | "no-upstream"
  | "unresolved-upstream"
  | "self-upstream"
  | "upstream-cycle"
  | "empty-field"
  | "empty-section"
  | "encoding-damage"
  | "no-definitions";

export interface Problem {
  code: ProblemCode;
  message: string;
  line: number;
  /** What the problem is about, where it names one: the empty field or section, the missing upstream. */
  subject?: string;
}

export interface NoteModel {
  /** Vault-relative path with `/`. */
  path: string;
  /** File name without `.md`. */
  title: string;
  isIncubator: boolean;
  /** Every tag of the note, body and frontmatter, without `#`. */
  tags: string[];
  /** Line of the first incubator tag (0 when it comes from the frontmatter only). */
  tagLine: number;
  upstream: UpstreamField | null;
  outline: Heading[];
  definitions: Definition[];
  points: KeyPoint[];
  questions: Question[];
  comparisons: Comparison[];
  links: Link[];
  /** Problems found in the note itself; the vault index adds the upstream ones. */
  problems: Problem[];
}
