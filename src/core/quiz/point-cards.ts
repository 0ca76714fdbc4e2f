/**
 * Cards from key points (SPEC §6), never `What is <label>?`: a list card (`What are the
 * advantages of Batch Normalization? (3)` → the labels), a step-order card for each step but the
 * last (`AWS Lambda Workflow: what comes after "Upload Your Code"?`), and a point card for each item
 * that names its subject (`Batch Normalization — advantage "Faster Convergence": why?` → its text).
 */
import type { KeyPoint, PointKind, Question } from "../note/model";
import { listMarker } from "../markdown/line-kinds";
import { isKindWord } from "../note/key-points";
import { kindSingular, listQuestion, stepsContext } from "../note/point-names";
import type { NoteReport } from "../vault/note-report";
import { cardId, sourceLink, type Card } from "./card";

/** What a point card asks about its item (a point of no particular kind is asked about as such). */
const ASKS: Record<Exclude<PointKind, "other">, string> = {
  advantages: "why?",
  disadvantages: "why?",
  features: "what does it do?",
  uses: "how?",
  practices: "what does it mean?",
  steps: "what happens?",
  limits: "what is it?",
};

function listOf(point: KeyPoint): string {
  return point.items.map((item, i) => `${point.ordered ? `${i + 1}.` : "-"} ${item.label}`).join("\n");
}

/** A point card's question: about its item, or, for an item labelled with the kind's own word (`**Benefits**:`), the kind's question. */
function pointFront(point: KeyPoint, label: string): string {
  if (point.kind === "other") return `${point.subject}: what does the note say about "${label}"?`;
  if (isKindWord(label, point.kind)) return listQuestion(point);
  return `${point.subject} — ${kindSingular(point.kind)} "${label}": ${ASKS[point.kind]}`;
}

/**
 * The key point a question of the note asks for and nothing more: its answer is the point's items
 * (after one line that ends in `:`), so the point's list card asks it in the note's words and the
 * question gets no card of its own (`Why use Pooling?` and `What are the advantages of Pooling?`
 * would be one question twice).
 */
export function pointAskedBy(question: Question, points: readonly KeyPoint[]): KeyPoint | undefined {
  const point = points.find((p) => p.heading === question.heading && p.items.length >= 2);
  if (!point) return undefined;
  const lines = question.answer.split("\n").filter((line) => line.trim() !== "");
  const items = lines.length > 0 && !listMarker(lines[0]) && lines[0].trimEnd().endsWith(":") ? lines.slice(1) : lines;
  return items.length === point.items.length && items.every((line) => listMarker(line) !== null) ? point : undefined;
}

/**
 * A key point's cards. Their ids follow the point's kind, heading and `nth` (which of the
 * note's points of that kind under that heading it is), not its line: text added above it
 * keeps the cards' review history.
 */
export function pointCards(note: NoteReport, point: KeyPoint, nth = 0, askedAs?: string): Card[] {
  const link = sourceLink(note.title, point.heading);
  const concept = `${point.kind}\u0000${point.heading}${nth > 0 ? `\u0000${nth}` : ""}`;
  const cards: Card[] = [];
  if (point.items.length >= 2) {
    cards.push({
      id: cardId(note.path, "point-list", concept),
      kind: "point-list",
      front: `${askedAs ?? listQuestion(point)} (${point.items.length})`,
      back: listOf(point),
      link,
    });
  }
  if (point.ordered && point.items.length >= 3) {
    point.items.slice(0, -1).forEach((item, i) => {
      cards.push({
        id: cardId(note.path, "step-order", `${concept}\u0000${item.label}`),
        kind: "step-order",
        front: `${stepsContext(point)}: what comes after "${item.label}"?`,
        back: point.items[i + 1].label,
        link,
      });
    });
  }
  for (const item of point.items) {
    if (!item.text) continue;
    cards.push({
      id: cardId(note.path, "point", `${concept}\u0000${item.label}`),
      kind: "point",
      front: pointFront(point, item.label),
      back: item.text,
      link,
    });
  }
  return cards;
}
