/**
 * SPEC §6 formats: the seed note's quiz in each format is pinned by an approval file next to
 * this test, and a reader written from each tool's documentation reads back the same cards.
 */
import * as path from "path";
import { ALL_CARD_KINDS, type Card } from "../../src/core/quiz/card";
import { anki } from "../../src/core/quiz/formats/anki";
import type { QuizFormatName } from "../../src/core/quiz/formats/quiz-format";
import { spacedRepetition } from "../../src/core/quiz/formats/spaced-repetition";
import { generateCards } from "../../src/core/quiz/generate-cards";
import { buildQuizNote, noteTarget, type QuizSettings } from "../../src/core/quiz/quiz-note";
import type { NoteReport } from "../../src/core/vault/note-report";
import { verifyApproved } from "../helpers/approval";
import { indexOf } from "../helpers/index";
import { readAnki } from "../helpers/readers/anki";
import { readCallouts } from "../helpers/readers/callout";
import type { CardPair } from "../helpers/readers/card-pair";
import { readSpacedRepetition } from "../helpers/readers/spaced-repetition";

const SEED = "AWS/EC2 Instance Storage.md";
const snapshot = indexOf().snapshot();
const seed = snapshot.notes.find((n) => n.path === SEED) as NoteReport;
const settings = (format: QuizFormatName): QuizSettings => ({ folder: "Incubator quizzes", format, deck: "Incubator", kinds: [...ALL_CARD_KINDS] });
const quiz = (format: QuizFormatName) => buildQuizNote(null, noteTarget(seed, snapshot, settings(format)), snapshot, settings(format));
const siblings = snapshot.notes.filter((n) => n.path === "AWS/EC2 Auto Scaling.md").flatMap((n) => n.definitions.map((d) => d.term));
const cards: Card[] = generateCards(seed, siblings, ALL_CARD_KINDS);

/** What a reader should find for a card: its question and its answer with the source link. */
function expected(card: Card, format: QuizFormatName): CardPair {
  if (card.cloze) {
    const question = card.cloze.text.replace(card.cloze.hidden, "[...]");
    return { question: format === "callout" ? `Fill in the blank: ${card.cloze.text.replace(card.cloze.hidden, "_____")}` : `${question} ${card.link}`, answer: format === "callout" ? `${card.cloze.hidden}\n${card.link}` : card.cloze.hidden };
  }
  const oneLine = format === "spaced-repetition" && !card.front.includes("\n") && !card.back.includes("\n") && !card.front.endsWith(":") && !card.back.startsWith(":");
  return { question: card.front, answer: `${card.back}${oneLine ? " " : "\n"}${card.link}` };
}

describe("the seed note's quiz", () => {
  test.each(["spaced-repetition", "anki", "callout"] as const)("%s: approved output", (format) => {
    verifyApproved(quiz(format).text, path.join(__dirname, `seed-quiz.${format}.approved.md`));
  });

  test("has at least 10 cards, each linking back to its heading in the seed", () => {
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const card of cards) expect(card.link).toMatch(/^\[\[EC2 Instance Storage#[^\]]+\]\]$/);
    expect(new Set(cards.map((c) => c.kind))).toEqual(new Set(["definition", "reversed", "cloze", "choice", "comparison", "subject"]));
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  test("spaced-repetition: the reader finds every card and the sub-deck tag", () => {
    const read = readSpacedRepetition(quiz("spaced-repetition").text);
    expect(read.decks).toEqual(["flashcards/incubator/ec2"]);
    expect(read.cards).toEqual(cards.map((c) => expected(c, "spaced-repetition")));
  });

  test("anki: the reader finds every note block under the target deck", () => {
    const read = readAnki(quiz("anki").text);
    expect(read.deck).toBe("Incubator::EC2");
    expect(read.cards.map(({ question, answer }) => ({ question, answer }))).toEqual(cards.map((c) => expected(c, "anki")));
    expect(read.cards.map((c) => c.type)).toEqual(cards.map((c) => (c.cloze ? "Cloze" : "Basic")));
  });

  test("callout: the reader finds a question with a folded answer for every card", () => {
    const read = readCallouts(quiz("callout").text);
    expect(read.every((c) => c.folded)).toBe(true);
    expect(read.map(({ question, answer }) => ({ question, answer }))).toEqual(cards.map((c) => expected(c, "callout")));
  });

  test("the same sources give byte-identical notes", () => {
    expect(quiz("anki").text).toBe(quiz("anki").text);
    const again = indexOf().snapshot();
    const other = again.notes.find((n) => n.path === SEED) as NoteReport;
    expect(buildQuizNote(null, noteTarget(other, again, settings("spaced-repetition")), again, settings("spaced-repetition")).text).toBe(quiz("spaced-repetition").text);
  });

  test("question and aspect cards, on the notes that have them", () => {
    const note = (p: string) => snapshot.notes.find((n) => n.path === p) as NoteReport;
    const lambda = generateCards(note("AWS/Lambda Cold Starts.md"), [], ["question"]);
    expect(lambda.map((c) => [c.front, c.link])).toEqual([
      ["What is a cold start?", "[[Lambda Cold Starts#Lambda Cold Starts#What is a cold start?]]"],
      ["Lambda Cold Starts > How can they be reduced?", "[[Lambda Cold Starts#Lambda Cold Starts#How can they be reduced?]]"],
    ]);
    const pca = generateCards(note("Machine Learning/PCA vs t-SNE.md"), [], ["aspect", "comparison"]);
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
  const index = indexOf({ "Cpp.md": note, "C++.md": "# C++\n" });
  const shot = index.snapshot();
  const report = shot.notes.find((n) => n.path === "Cpp.md") as NoteReport;
  const all = generateCards(report, [], ALL_CARD_KINDS);

  test("spaced-repetition: no line holds `::` but the separator, and the reader finds every card as written", () => {
    const text = buildQuizNote(null, noteTarget(report, shot, settings("spaced-repetition")), shot, settings("spaced-repetition")).text;
    expect(all.some((c) => c.back.includes("::"))).toBe(true);
    expect(all.some((c) => c.front.endsWith(":"))).toBe(true);
    for (const line of text.split("\n")) expect(line.split("::").length).toBeLessThanOrEqual(2);
    expect(readSpacedRepetition(text).cards).toEqual(all.map((c) => expected(c, "spaced-repetition")));
  });

  test("links to a heading leave its colon out, as Obsidian writes them", () => {
    expect(new Set(all.map((c) => c.link))).toEqual(new Set(["[[Cpp#Containers the basics]]"]));
  });
});


describe("card text that the review tools would read as syntax", () => {
  const card = (front: string, back: string): Card => ({ id: "x", kind: "definition", front, back, link: "[[Note#Heading]]" });
  const written = (format: typeof anki, cards: Card[]) => [...format.deckLines("Incubator", "Topic"), "", ...cards.flatMap((c) => [...format.card(c), ""])].join("\n");

  test("anki: lines that begin like a marker or a field name stay text of their field", () => {
    const cards = [card("Back: the side you flip to?", "Its back:\nEND of the story\nTARGET DECK\nFront: x\nSTART\nDELETE\nText: y"), card("What is Z?", "Z is the last letter.")];
    const read = readAnki(written(anki, cards));
    expect(read.deck).toBe("Incubator::Topic");
    expect(read.cards.map(({ question, answer }) => ({ question, answer }))).toEqual(cards.map((c) => expected(c, "anki")));
  });

  test("spaced-repetition: a line that is only `?` or `??` is not a separator", () => {
    const cards = [card("Which sign asks?", "?\n??\nThe question mark."), card("?", "A question mark alone.")];
    expect(readSpacedRepetition(written(spacedRepetition, cards)).cards).toEqual(cards.map((c) => expected(c, "spaced-repetition")));
  });
});
