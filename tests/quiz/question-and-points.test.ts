/**
 * SPEC §6, no two cards asking the same thing: a question of the note whose answer is a run of
 * key points is asked once, by the run's list card in the note's own words.
 */
import { DEFAULT_CARD_KINDS, type CardKind } from "../../src/core/quiz/card";
import { NO_DISTRACTORS } from "../../src/core/quiz/distractors";
import { generateCards } from "../../src/core/quiz/generate-cards";
import type { NoteReport } from "../../src/core/vault/note-report";
import { indexOf } from "../helpers/index";

function cards(body: string, kinds: CardKind[] = [...DEFAULT_CARD_KINDS]) {
  const shot = indexOf({ "Env.md": `#incubator\nupstream: [[Top]]\n\n${body}`, "Top.md": "# Top\n" }).snapshot();
  const note = shot.notes.find((n) => n.path === "Env.md") as NoteReport;
  return generateCards(note, NO_DISTRACTORS, { kinds, distinctCloze: true });
}

const REASONS = [
  "- **Security**: secrets stay out of the code base.",
  "- **Scalability**: the same code runs with other settings.",
  "- **Separation of Concerns**: configuration lives apart from logic.",
];

describe("a question answered by key points", () => {
  test("is asked once, by the list card, in the note's words", () => {
    const all = cards(`## Why Use Environment Variables?\n${REASONS.join("\n")}\n`);
    const fronts = all.map((c) => c.front);
    expect(fronts.filter((f) => /Why Use Environment Variables\?/.test(f))).toEqual(["Why Use Environment Variables? (3)"]);
    expect(all.find((c) => c.kind === "point-list")?.back).toBe("- Security\n- Scalability\n- Separation of Concerns");
    expect(all.some((c) => c.kind === "question")).toBe(false);
    expect(all.filter((c) => c.kind === "point").map((c) => c.back)).toEqual([
      "secrets stay out of the code base.",
      "the same code runs with other settings.",
      "configuration lives apart from logic.",
    ]);
  });

  test("after a line that introduces the list", () => {
    const fronts = cards(`## Why Use Environment Variables?\nThe main reasons are:\n${REASONS.join("\n")}\n`).map((c) => c.front);
    expect(fronts.filter((f) => /Why Use Environment Variables\?/.test(f))).toEqual(["Why Use Environment Variables? (3)"]);
  });

  test("a question whose answer says more than the points keeps its own card", () => {
    const all = cards(`## Why Use Environment Variables?\n${REASONS.join("\n")}\n\nThey also make deployments repeatable across machines.\n`);
    expect(all.filter((c) => c.kind === "question").map((c) => c.front)).toEqual(["Why Use Environment Variables?"]);
    expect(all.filter((c) => c.kind === "point-list").map((c) => c.front)).toEqual(["What are the advantages of Environment Variables? (3)"]);
  });

  test("a question whose list holds more than the points keeps its own card", () => {
    const all = cards(`## Why Use Environment Variables?\n${REASONS.join("\n")}\n- and many tools read them without any set-up\n`);
    expect(all.filter((c) => c.kind === "question").map((c) => c.front)).toEqual(["Why Use Environment Variables?"]);
  });

  test("with list cards turned off, the question keeps its card", () => {
    const all = cards(`## Why Use Environment Variables?\n${REASONS.join("\n")}\n`, ["question", "point"]);
    expect(all.filter((c) => c.kind === "question").map((c) => c.front)).toEqual(["Why Use Environment Variables?"]);
  });
});
