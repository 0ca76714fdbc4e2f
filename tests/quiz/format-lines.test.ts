/** The lines each review format writes around and inside a card, and which lines are the tool's own. */
import type { Card } from "../../src/core/quiz/card";
import { anki } from "../../src/core/quiz/formats/anki";
import { endsWithTable, slug } from "../../src/core/quiz/formats/quiz-format";
import { spacedRepetition } from "../../src/core/quiz/formats/spaced-repetition";

const card = (front: string, back: string): Card => ({ id: "x", kind: "definition", front, back, link: "[[N#H]]" });

describe("deck lines", () => {
  test.each([
    ["  ", " Topic ", ["TARGET DECK", "Incubator::Topic"]],
    ["My Deck ", "", ["TARGET DECK", "My Deck"]],
  ])("anki, deck %j and group %j", (deck, group, lines) => {
    expect(anki.deckLines(deck, group)).toEqual(lines);
  });

  test.each([
    ["", "AWS Lambda / Cold starts", ["#flashcards/incubator/aws-lambda-cold-starts"]],
    ["My Deck", "", ["#flashcards/my-deck"]],
  ])("spaced repetition, deck %j and group %j", (deck, group, lines) => {
    expect(spacedRepetition.deckLines(deck, group)).toEqual(lines);
  });

  test("a name as a tag: lower case, words joined by dashes, letters of any script kept", () => {
    expect([slug("AWS Lambda / Cold starts"), slug("--Ünï--Ωmega--"), slug(" ? ")]).toEqual(["aws-lambda-cold-starts", "ünï-ωmega", ""]);
  });
});

describe("lines of the review tools", () => {
  test.each([
    ["<!--ID: 123-->  ", true],
    ["<!--ID:123-->", true],
    ["x <!--ID: 1-->", false],
    ["<!--ID: 1--> x", false],
    ["<!--ID:  1-->", false],
  ])("anki: %j is its id line: %s", (line, tool) => {
    expect(anki.isToolLine(line)).toBe(tool);
  });

  test.each([
    ["<!--SR:!2026-01-01,3,250--> ", true],
    ["text <!--SR:!2026-01-01,3,250-->", false],
    ["<!--SR:!2026-01-01,3,250--> tail", false],
  ])("spaced repetition: %j is its schedule line: %s", (line, tool) => {
    expect(spacedRepetition.isToolLine(line)).toBe(tool);
  });

  test("anki's id goes back before END, or at the end of a card without one", () => {
    expect(anki.attachToolLines(["START", "Basic", "Q", "Back: A", "END"], ["<!--ID: 1-->"])).toEqual(["START", "Basic", "Q", "Back: A", "<!--ID: 1-->", "END"]);
    expect(anki.attachToolLines(["Q", "A"], ["<!--ID: 1-->"])).toEqual(["Q", "A", "<!--ID: 1-->"]);
  });
});

describe("spaced repetition: text that would read as its syntax", () => {
  test("runs of colons are broken, however long", () => {
    expect(spacedRepetition.card(card("What is std::vector?", "Not a:::b"))).toEqual(["What is std:\\:vector?::Not a:\\:\\:b [[N#H]]"]);
  });

  test("a line that is only ? or ?? is escaped; other lines with ? are not", () => {
    expect(spacedRepetition.card(card("Q", "first\n ?? \n?\nwhy?\n???"))).toEqual(["Q", "?", "first", " \\?\\? ", "\\?", "why?", "???", "[[N#H]]"]);
  });

  test("an answer that ends with a colon stays on one line; one that starts with one does not", () => {
    expect(spacedRepetition.card(card("Q", "Holds these:"))).toEqual(["Q::Holds these: [[N#H]]"]);
    expect(spacedRepetition.card(card("Q", ":colon first"))).toEqual(["Q", "?", ":colon first", "[[N#H]]"]);
  });
});

describe("a text that ends with a table", () => {
  test.each([
    ["text\n| a | b |  ", true],
    ["  | a | b", true],
    ["| a |\ntext", false],
    ["no table", false],
  ])("%j: %s", (text, table) => {
    expect(endsWithTable(text)).toBe(table);
  });
});
