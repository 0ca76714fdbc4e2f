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

  test("a line that announces the sub-headings under it is answered with them, as a list", () => {
    const text = "### Why Use Redis?\n\n*Here are some reasons to use Redis*\n\n#### Performance:\nIt is fast.\n\n#### Persistence:\nIt writes to disk.\n\n##### Detail\nmore";
    expect(questions(text)[0].answer).toBe("Here are some reasons to use Redis\n- Performance\n- Persistence");
  });

  test("a section's own text that says more, or one sub-heading, is the answer alone; with no text of its own, the sub-sections' text", () => {
    const long = "Redis keeps every key in memory, so that reads and writes take well under a millisecond, and it also persists what it holds to disk.";
    expect(questions(`### Why Use Redis?\n\n${long}\n\n#### Speed\nx\n\n#### Disk\ny`)[0].answer).toBe(long);
    expect(questions("### Why Use Redis?\n\nIt is fast.\n\nAnd simple.\n\n#### Speed\nx\n\n#### Disk\ny")[0].answer).toBe("It is fast.\nAnd simple.");
    expect(questions("### Why Use Redis?\n\nHere is one reason:\n\n#### Speed\nx")[0].answer).toBe("Here is one reason:");
    expect(questions("### Why Use Redis?\n\nIt is fast.\n\n#### Underlying Question\nx\n\n#### Solution/Reasoning\ny")[0].answer).toBe("It is fast.");
    expect(questions("### How to set it up?\n\nIt takes the following steps:\n\n#### Install\nx\n\n#### Start\ny")[0].answer).toBe("It takes the following steps:\n- Install\n- Start");
    expect(questions("### Why Use Redis?\n\n#### Speed\nIt is fast.\n\n#### Disk\nIt persists.")[0].answer).toBe("It is fast.\nIt persists.");
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
