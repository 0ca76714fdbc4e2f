/**
 * SPEC §6 formats: the seed note's quiz in each format is pinned by an approval file next to
 * this test, and the oracle-faithful readers (what the review plugins' own parsers do) read back
 * every card as it was meant: its question, its answer and its link.
 */
import * as path from "path";
import { ALL_CARD_KINDS, type Card, type CardKind } from "../../src/core/quiz/card";
import { anki } from "../../src/core/quiz/formats/anki";
import type { QuizFormat, QuizFormatName } from "../../src/core/quiz/formats/quiz-format";
import { spacedRepetition } from "../../src/core/quiz/formats/spaced-repetition";
import { callout } from "../../src/core/quiz/formats/callout";
import { distractorsFrom, NO_DISTRACTORS } from "../../src/core/quiz/distractors";
import { generateCards, type CardOptions } from "../../src/core/quiz/generate-cards";
import { buildQuizNote, noteCards, noteTarget, type QuizSettings } from "../../src/core/quiz/quiz-note";
import type { NoteReport } from "../../src/core/vault/note-report";
import { verifyApproved } from "../helpers/approval";
import { indexOf } from "../helpers/index";
import { readCallouts } from "../helpers/readers/callout";
import { intended, readBack } from "../helpers/readers/read-back";
import type { IndexSnapshot } from "../../src/core/vault/vault-index";

const FORMATS = ["spaced-repetition", "anki", "callout"] as const;
const SEED = "AWS/EC2 Instance Storage.md";
// Built in beforeEach, not as the file loads: a mutation run counts only what a test runs.
let snapshot!: IndexSnapshot;
let seed!: NoteReport;
beforeEach(() => {
  snapshot = indexOf().snapshot();
  seed = snapshot.notes.find((n) => n.path === SEED) as NoteReport;
});
const settings = (format: QuizFormatName, kinds: CardKind[] = [...ALL_CARD_KINDS]): QuizSettings => ({ folder: "Incubator quizzes", format, deck: "Incubator", kinds });
const quiz = (format: QuizFormatName) => buildQuizNote(null, noteTarget(seed, snapshot, settings(format)), snapshot, settings(format));
const options = (format: QuizFormatName, kinds: readonly CardKind[] = ALL_CARD_KINDS): CardOptions => ({ kinds, distinctCloze: format !== "callout" });
const cardsFor = (format: QuizFormatName): Card[] => noteCards(seed, snapshot, settings(format));

describe("the seed note's quiz", () => {
  test.each(FORMATS)("%s: approved output", (format) => {
    verifyApproved(quiz(format).text, path.join(__dirname, `seed-quiz.${format}.approved.md`));
  });

  test("has at least 10 cards, each linking back to its heading in the seed", () => {
    const cards = cardsFor("spaced-repetition");
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const card of cards) expect(card.link).toMatch(/^\[\[EC2 Instance Storage#[^\]]+\]\]$/);
    expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(["definition", "reversed", "cloze", "choice", "comparison", "subject"]));
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  test.each(FORMATS)("%s: the tool's parser reads every card as meant, under the note's deck", (format) => {
    const read = readBack(format, quiz(format).text);
    const cards = cardsFor(format);
    expect(read.cards).toEqual(cards.map((c) => intended(c, format)));
    const deck = { "spaced-repetition": "flashcards/incubator/ec2", anki: "Incubator::EC2", callout: null }[format];
    expect(new Set(read.decks)).toEqual(new Set([deck]));
  });

  test("callout answers are folded", () => {
    expect(readCallouts(quiz("callout").text).every((c) => c.folded)).toBe(true);
  });

  test("the same sources give byte-identical notes", () => {
    expect(quiz("anki").text).toBe(quiz("anki").text);
    const again = indexOf().snapshot();
    const other = again.notes.find((n) => n.path === SEED) as NoteReport;
    expect(buildQuizNote(null, noteTarget(other, again, settings("spaced-repetition")), again, settings("spaced-repetition")).text).toBe(quiz("spaced-repetition").text);
  });

  test("question and aspect cards, on the notes that have them", () => {
    const note = (p: string) => snapshot.notes.find((n) => n.path === p) as NoteReport;
    const lambda = generateCards(note("AWS/Lambda Cold Starts.md"), distractorsFrom([], []), options("anki", ["question"]));
    expect(lambda.map((c) => [c.front, c.link])).toEqual([
      ["What is a cold start?", "[[Lambda Cold Starts#Lambda Cold Starts#What is a cold start?]]"],
      ["Lambda Cold Starts > How can they be reduced?", "[[Lambda Cold Starts#Lambda Cold Starts#How can they be reduced?]]"],
    ]);
    const pca = generateCards(note("Machine Learning/PCA vs t-SNE.md"), distractorsFrom([], []), options("anki", ["aspect", "comparison"]));
    expect(pca.map((c) => c.front)).toEqual([
      "What is the difference between PCA and t-SNE?",
      "How do PCA and t-SNE differ in linearity?",
      "How do PCA and t-SNE differ in goal?",
      "How do PCA and t-SNE differ in speed?",
    ]);
    // Without a summary the comparison is answered by its table.
    expect(pca[0].back.split("\n")[2]).toBe("| Linearity | PCA is a linear projection; t-SNE is non-linear. |");
    expect(pca[1]).toMatchObject({ back: "PCA is a linear projection; t-SNE is non-linear.", link: "[[PCA vs t-SNE]]" });
  });

  test("card kinds are a setting", () => {
    const only = buildQuizNote(null, noteTarget(seed, snapshot, { ...settings("spaced-repetition"), kinds: ["definition"] }), snapshot, { ...settings("spaced-repetition"), kinds: ["definition"] });
    expect(only.cards).toBe(seed.definitions.length);
  });
});

describe("text that holds colons", () => {
  // `std::vector` in a definition, a colon in a heading, a text that ends with one.
  const note = [
    "#incubator",
    "upstream: [[C++]]",
    "",
    "## Containers: the basics",
    "**Vector** is a sequence container, written std::vector in code.",
    "",
    "**Deque** is a double-ended queue:",
    "",
    "**Scope** is what a::b::c names.",
    "",
  ].join("\n");
  // Made in beforeEach, not while the tests are collected: a mutation run counts only what a test runs.
  let shot!: IndexSnapshot;
  let report!: NoteReport;
  let all!: Card[];
  beforeEach(() => {
    shot = indexOf({ "Cpp.md": note, "C++.md": "# C++\n" }).snapshot();
    report = shot.notes.find((n) => n.path === "Cpp.md") as NoteReport;
    all = generateCards(report, distractorsFrom([], []), options("spaced-repetition"));
  });

  test("spaced-repetition: no line holds `::` but the separator, and the reader finds every card as written", () => {
    const text = buildQuizNote(null, noteTarget(report, shot, settings("spaced-repetition")), shot, settings("spaced-repetition")).text;
    expect(all.some((c) => c.back.includes("::"))).toBe(true);
    expect(all.some((c) => c.front.endsWith(":"))).toBe(true);
    for (const line of text.split("\n")) expect(line.split("::").length).toBeLessThanOrEqual(2);
    expect(readBack("spaced-repetition", text).cards).toEqual(all.map((c) => intended(c, "spaced-repetition")));
  });

  test("links to a heading leave its colon out, as Obsidian writes them", () => {
    expect(new Set(all.map((c) => c.link))).toEqual(new Set(["[[Cpp#Containers the basics]]"]));
  });
});


describe("card text that the review tools would read as syntax", () => {
  const card = (front: string, back: string): Card => ({ id: "x", kind: "definition", front, back, link: "[[Note#Heading]]" });
  const written = (format: QuizFormat, cards: Card[]) =>
    ["%% incubator:start %%", ...format.deckLines("Incubator", "Topic"), "", ...cards.flatMap((c) => ["<!--incubator:x:00000000-->", "", ...format.card(c), ""]), "%% incubator:end %%"].join("\n");

  test("anki: lines that begin like a marker, a field name or an id stay text of their field", () => {
    const cards = [card("Back: the side you flip to?", "Its back:\nEND of the story\nTARGET DECK\nFront: x\nSTART\nDELETE\nText: y\nPID: 1"), card("What is Z?", "Z is the last letter. ID: 12")];
    const read = readBack("anki", written(anki, cards));
    expect(read.decks).toEqual(["Incubator::Topic", "Incubator::Topic"]);
    expect(read.review).toEqual([null, null]);
    expect(read.cards).toEqual(cards.map((c) => intended(c, "anki")));
  });

  test("anki: a cloze whose text holds `ID: <digits>` is still a new note, its link on a line of its own", () => {
    const cloze: Card = { id: "c", kind: "cloze", front: "", back: "", cloze: { text: "A PID: 1 names a process.", hidden: "PID", at: 2 }, link: "[[Note#Heading]]" };
    const read = readBack("anki", written(anki, [cloze]));
    expect(read.review).toEqual([null]);
    expect(read.cards).toEqual([intended(cloze, "anki")]);
  });

  test("spaced-repetition: a line that is only `?` or `??` is not a separator", () => {
    const cards = [card("Which sign asks?", "?\n??\nThe question mark."), card("?", "A question mark alone.")];
    expect(readBack("spaced-repetition", written(spacedRepetition, cards)).cards).toEqual(cards.map((c) => intended(c, "spaced-repetition")));
  });

  test.each([
    ["spaced-repetition", spacedRepetition],
    ["anki", anki],
    ["callout", callout],
  ] as const)("%s: an answer that ends with a table keeps the link out of the table", (format, writer) => {
    const table = card("What is the difference between A and B?", "| | |\n| --- | --- |\n| Speed | A is faster. |");
    const text = written(writer, [table, card("What is C?", "C is the third letter.")]);
    expect(readBack(format, text).cards).toEqual([table, card("What is C?", "C is the third letter.")].map((c) => intended(c, format)));
    const lines = text.split("\n");
    const row = lines.findIndex((l) => l.includes("| Speed |"));
    expect(lines[row + 1].replace(/^[> ]+/, "")).not.toMatch(/^\[\[/);
  });

  test("callout: every line of a multi-line cloze stays inside the callout", () => {
    const cloze: Card = { id: "c", kind: "cloze", front: "", back: "", cloze: { text: "The speed of light is\nwritten c.", hidden: "c", at: 30 }, link: "[[Note#Heading]]" };
    const lines = callout.card(cloze);
    expect(lines.every((l) => l.startsWith(">"))).toBe(true);
    expect(readBack("callout", lines.join("\n")).cards).toEqual([intended(cloze, "callout")]);
  });
});
