/** SPEC §3 questions. */
import { model } from "../helpers/model";

const questions = (text: string, path = "Note.md") =>
  model(`#incubator\nupstream: [[Up]]\n\n${text}`, path).questions.map(({ question, answer, heading }) => ({ question, answer, heading }));

describe("questions (SPEC §3)", () => {
  test("a question heading with its section as the answer", () => {
    expect(questions("### Why is Caching Important?\nIt cuts latency.\n\n- and load")).toEqual([
      { question: "Why is Caching Important?", answer: "It cuts latency.\n- and load", heading: "Why is Caching Important?" },
    ]);
  });

  test("a question that names no subject keeps its context", () => {
    expect(questions("# Dijkstra's Algorithm\n## Why is it Used?\nShortest paths.")[0].question).toBe("Dijkstra's Algorithm > Why is it Used?");
  });

  test("at the top, the context is the note's title", () => {
    expect(questions("## Why is it Used?\nShortest paths.", "Algorithms/Dijkstra's Algorithm.md")[0].question).toBe(
      "Dijkstra's Algorithm > Why is it Used?",
    );
  });

  test("a bold question line, answered by what follows", () => {
    expect(questions("**What is a Window?**\nThe words around the centre word.\n\nIt has a size.\n\n**What is a Skip?**\nA jump.")).toEqual([
      { question: "What is a Window?", answer: "The words around the centre word.\nIt has a size.", heading: "" },
      { question: "What is a Skip?", answer: "A jump.", heading: "" },
    ]);
  });

  test("template pairs: Underlying Question answered by Solution/Reasoning", () => {
    expect(questions("### Underlying Question: \n- Why do gradients vanish?\n\n### Solution/Reasoning: \nSmall derivatives multiply.")).toEqual([
      { question: "- Why do gradients vanish?", answer: "Small derivatives multiply.", heading: "Underlying Question" },
    ]);
  });

  test("the pairs are a setting", () => {
    const m = model("#incubator\n## Problem\nWhy?\n## Answer\nBecause.", "N.md", { questionPairs: [{ question: "Problem", answer: "Answer" }] });
    expect(m.questions.map((q) => q.answer)).toEqual(["Because."]);
  });

  test("a question heading with no text under it is not a question", () => {
    expect(questions("### Why?\n### Next")).toEqual([]);
  });

  test("a comparison in question form is a comparison, not a question", () => {
    expect(questions("## What's the Difference Between Redis and Memcached?\n**Redis** has types.")).toEqual([]);
  });
});
