/** SPEC §6: regenerating a quiz note never loses the user's data. */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import { ALL_CARD_KINDS } from "../../src/core/quiz/card";
import type { QuizFormatName } from "../../src/core/quiz/formats/quiz-format";
import { buildQuizNote, groupTarget, noteTarget, type QuizSettings } from "../../src/core/quiz/quiz-note";
import { REGION_END, REGION_START } from "../../src/core/quiz/region";
import type { NoteReport } from "../../src/core/vault/note-report";
import { indexOf } from "../helpers/index";

const settings = (format: QuizFormatName = "spaced-repetition"): QuizSettings => ({ folder: "Quizzes", format, deck: "Incubator", kinds: ["definition", "reversed"] });

function source(defs: [string, string][]): string {
  return `#incubator\nupstream: [[Up]]\n\n${defs.map(([term, text]) => `**${term}** is ${text}.`).join("\n\n")}\n`;
}

/** Generates the quiz of Idea.md as written by `text`, merged into `existing`. */
function regenerate(existing: string | null, text: string, format: QuizFormatName = "spaced-repetition") {
  const snapshot = indexOf({ "Up.md": "# Up", "Idea.md": text }).snapshot();
  const note = snapshot.notes[0] as NoteReport;
  return buildQuizNote(existing, noteTarget(note, snapshot, settings(format)), snapshot, settings(format));
}

const MARKER = /^<!--incubator:([A-Za-z0-9_-]+):[0-9a-f]{8}-->$/;

/** The id of the unit each line belongs to (null outside units). */
function unitOfLines(text: string): (string | null)[] {
  let current: string | null = null;
  return text.split(/\r?\n/).map((line) => {
    if (line.trim() === REGION_END || line.trim() === REGION_START) return (current = null);
    const m = MARKER.exec(line.trim());
    if (m) current = m[1];
    return current;
  });
}

function lineAfterCard(text: string, question: string): number {
  const lines = text.split("\n");
  return lines.findIndex((l) => l.startsWith(question)) + 1;
}

describe("merging a regenerated quiz", () => {
  const v1 = source([["Latency", "the delay before a transfer starts"], ["Throughput", "the amount moved per second"]]);

  test("an unchanged source writes nothing", () => {
    const first = regenerate(null, v1);
    const again = regenerate(first.text, v1);
    expect(again.changed).toBe(false);
    expect(again.text).toBe(first.text);
  });

  test("a scheduling comment stays with its card when the source wording changes", () => {
    const first = regenerate(null, v1).text;
    const lines = first.split("\n");
    const at = lineAfterCard(first, "What is Latency?");
    lines.splice(at, 0, "<!--SR:!2026-12-01,3,250-->");
    const scheduled = lines.join("\n");
    const next = regenerate(scheduled, source([["Latency", "the wait before the first byte"], ["Throughput", "the amount moved per second"]])).text;
    const out = next.split("\n");
    const card = out.findIndex((l) => l.startsWith("What is Latency?::Latency is the wait before the first byte."));
    expect(card).toBeGreaterThan(0);
    expect(out[card + 1]).toBe("<!--SR:!2026-12-01,3,250-->");
  });

  test("an Anki note id stays inside its block, before END", () => {
    const first = regenerate(null, v1, "anki").text;
    const withId = first.replace("Back: Latency is the delay before a transfer starts.\n[[Idea]]\nEND", "Back: Latency is the delay before a transfer starts.\n[[Idea]]\n<!--ID: 1709834947146-->\nEND");
    expect(withId).not.toBe(first);
    const next = regenerate(withId, source([["Latency", "the wait before the first byte"], ["Throughput", "the amount moved per second"]]), "anki").text;
    expect(next).toContain("Back: Latency is the wait before the first byte.\n[[Idea]]\n<!--ID: 1709834947146-->\nEND");
  });

  test("a card the user edited is kept as edited, and reported", () => {
    const first = regenerate(null, v1).text;
    const edited = first.replace("What is Latency?::Latency is the delay before a transfer starts.", "What is latency, in my words?::waiting time");
    const next = regenerate(edited, source([["Latency", "something new"], ["Throughput", "the amount moved per second"]]));
    expect(next.text).toContain("What is latency, in my words?::waiting time");
    expect(next.text).not.toContain("What is Latency?::Latency is something new.");
    expect(next.edited).toHaveLength(1);
  });

  test("a concept that disappeared is retired under a heading, with its review data", () => {
    const first = regenerate(null, v1).text;
    const lines = first.split("\n");
    lines.splice(lineAfterCard(first, "What is Throughput?"), 0, "<!--SR:!2026-12-02,5,230-->");
    const next = regenerate(lines.join("\n"), source([["Latency", "the delay before a transfer starts"]]));
    expect(next.retired).toHaveLength(2);
    const retiredAt = next.text.indexOf("## Retired");
    expect(retiredAt).toBeGreaterThan(0);
    expect(next.text.indexOf("What is Throughput?::Throughput is the amount moved per second. [[Idea]]\n<!--SR:!2026-12-02,5,230-->")).toBeGreaterThan(retiredAt);
    const again = regenerate(next.text, source([["Latency", "the delay before a transfer starts"]]));
    expect(again).toMatchObject({ changed: false, retired: [] });
  });

  test("text outside the region and the user's own cards inside it are kept", () => {
    const first = regenerate(null, v1).text;
    const withMine = first
      .replace("# Idea quiz", "# Idea quiz\n\nMy intro, with trailing spaces.   ")
      .replace(REGION_END, `${REGION_END}\n\n## My own notes\nA card of mine::its answer`)
      .replace("What is Latency?::Latency is the delay before a transfer starts. [[Idea]]\n", "What is Latency?::Latency is the delay before a transfer starts. [[Idea]]\n\nMy own card::kept\n");
    const next = regenerate(withMine, source([["Latency", "new words"], ["Throughput", "new too"]])).text;
    for (const mine of ["My intro, with trailing spaces.   ", "## My own notes\nA card of mine::its answer", "My own card::kept"]) expect(next).toContain(mine);
  });

  test("CRLF line endings and a byte order mark are kept", () => {
    const first = regenerate(null, v1).text;
    const crlf = "\uFEFF" + first.replace(/\n/g, "\r\n");
    const next = regenerate(crlf, source([["Latency", "new words"]])).text;
    expect(next.startsWith("\uFEFF---\r\n")).toBe(true);
    expect(next.replace(/\r\n/g, "")).not.toContain("\n");
    expect(next).toContain("What is Latency?::Latency is new words. [[Idea]]\r\n");
  });

  test("a note of the user's with the quiz's name gets the region appended, nothing else touched", () => {
    const mine = "# Idea quiz\n\nMy own page.";
    const next = regenerate(mine, v1).text;
    expect(next.startsWith("# Idea quiz\n\nMy own page.\n\n%% incubator:start %%\n")).toBe(true);
    expect(next.endsWith(`${REGION_END}\n`)).toBe(true);
  });

  test("a region whose end marker was deleted keeps everything after its start", () => {
    const first = regenerate(null, v1).text;
    const broken = first.replace(`${REGION_END}\n`, "user text after the cards\n");
    const next = regenerate(broken, v1).text;
    expect(next).toContain("user text after the cards");
    expect(next.trimEnd().endsWith(REGION_END)).toBe(true);
  });

  test("a group quiz lists its sources and updates them when a note joins", () => {
    const files: Record<string, string> = { "Up.md": "# Up", "A.md": source([["Alpha", "first"]]), "B.md": source([["Beta", "second"]]) };
    const snap1 = indexOf(files).snapshot();
    const first = buildQuizNote(null, groupTarget("Up", snap1, settings()) as never, snap1, settings());
    expect(first.path).toBe("Quizzes/Up quiz.md");
    expect(first.text).toContain('sources:\n  - "[[A]]"\n  - "[[B]]"\n---');
    const snap2 = indexOf({ ...files, "C.md": source([["Gamma", "third"]]) }).snapshot();
    const second = buildQuizNote(first.text, groupTarget("Up", snap2, settings()) as never, snap2, settings());
    expect(second.text).toContain('sources:\n  - "[[A]]"\n  - "[[B]]"\n  - "[[C]]"\n---');
    expect(second.text).toContain("What is Gamma?::Gamma is third. [[C]]");
    // A note with lone CR line endings keeps them in its rewritten sources too.
    const third = buildQuizNote(second.text.replace(/\n/g, "\r"), groupTarget("Up", snap1, settings()) as never, snap1, settings());
    expect(third.text).toContain('sources:\r  - "[[A]]"\r  - "[[B]]"\r---');
    expect(third.text).not.toContain("\n");
  });
});

type Op =
  | { kind: "source"; defs: [number, number][] }
  | { kind: "schedule"; pick: number }
  | { kind: "edit"; pick: number }
  | { kind: "own"; pick: number; n: number }
  | { kind: "outside"; before: boolean; n: number }
  | { kind: "regenerate" };

const TERMS = ["Latency", "Throughput", "Jitter", "Bandwidth"];
const TEXTS = ["the delay before a transfer starts", "a measure of speed", "variation in delay", "capacity of a link"];

describe("regeneration keeps user data (property)", () => {
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant("source" as const),
      defs: fc.uniqueArray(fc.tuple(fc.nat(TERMS.length - 1), fc.nat(TEXTS.length - 1)), { selector: (d) => d[0], maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant("schedule" as const), pick: fc.nat(20) }),
    fc.record({ kind: fc.constant("edit" as const), pick: fc.nat(20) }),
    fc.record({ kind: fc.constant("own" as const), pick: fc.nat(20), n: fc.nat(999) }),
    fc.record({ kind: fc.constant("outside" as const), before: fc.boolean(), n: fc.nat(999) }),
    fc.constant({ kind: "regenerate" as const }),
  );

  test.each(["spaced-repetition", "anki", "callout"] as const)("%s", (format) => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), (ops) => {
        let sourceText = source([[TERMS[0], TEXTS[0]], [TERMS[1], TEXTS[1]]]);
        let text = regenerate(null, sourceText, format).text;
        const schedules = new Map<string, string>(); // comment → card id
        const userLines: string[] = [];
        let stamp = 0;
        for (const o of [...ops, { kind: "regenerate" as const }]) {
          const lines = text.split("\n");
          const owner = unitOfLines(text);
          // Card units: their marker lines, in order.
          const cardStarts = lines.map((l, i) => (MARKER.test(l) && /^[0-9a-f]{8}$/.exec(owner[i] ?? "") ? i : -1)).filter((i) => i >= 0);
          const unitEnd = (start: number) => {
            let end = start + 1;
            while (end < lines.length && owner[end] === owner[start] && !MARKER.test(lines[end])) end++;
            return end;
          };
          if (o.kind === "source") {
            sourceText = source(o.defs.map(([t, x]) => [TERMS[t], TEXTS[x]]));
          } else if (o.kind === "schedule" && cardStarts.length > 0 && format !== "callout") {
            const start = cardStarts[o.pick % cardStarts.length];
            const id = owner[start] as string;
            if ([...schedules.values()].includes(id)) continue;
            const comment = format === "anki" ? `<!--ID: ${1700000000000 + ++stamp}-->` : `<!--SR:!2026-12-${String((++stamp % 28) + 1).padStart(2, "0")},${stamp},250-->`;
            let end = unitEnd(start);
            while (lines[end - 1] === "") end--;
            lines.splice(format === "anki" ? end - 1 : end, 0, comment);
            schedules.set(comment, id);
          } else if (o.kind === "edit" && cardStarts.length > 0) {
            const start = cardStarts[o.pick % cardStarts.length];
            const line = `edited by me ${++stamp}`;
            lines.splice(start + 1, 0, line);
            userLines.push(line);
          } else if (o.kind === "own" && cardStarts.length > 0) {
            const start = cardStarts[o.pick % cardStarts.length];
            const line = `My own card ${o.n}-${++stamp}::my answer`;
            lines.splice(unitEnd(start), 0, line, "");
            userLines.push(line);
          } else if (o.kind === "outside") {
            const line = `my text ${o.n}-${++stamp}`;
            if (o.before) lines.splice(lines.findIndex((l) => l === REGION_START), 0, line);
            else lines.splice(lines.length - 1, 0, line);
            userLines.push(line);
          } else if (o.kind === "regenerate") {
            text = regenerate(text, sourceText, format).text;
            const owners = unitOfLines(text);
            const outLines = text.split("\n");
            for (const [comment, id] of schedules) {
              const at = outLines.indexOf(comment);
              expect({ comment, found: at >= 0, once: outLines.lastIndexOf(comment) === at, unit: owners[at] }).toEqual({ comment, found: true, once: true, unit: id });
            }
            for (const line of userLines) expect(outLines).toContain(line);
            expect(regenerate(text, sourceText, format)).toMatchObject({ changed: false, text });
            continue;
          }
          text = lines.join("\n");
        }
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});
