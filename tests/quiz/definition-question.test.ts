/** The question of a definition card reads as English for a plural term too. */
import { definitionQuestion } from "../../src/core/quiz/definition-question";

const ask = (term: string, aliases: string[] = []) => definitionQuestion({ term, aliases });

describe("the question of a definition card", () => {
  test.each([
    ["Types", "What are Types?"],
    ["EC2 instances", "What are EC2 instances?"],
    ["Security groups", "What are Security groups?"],
    ["Queries", "What are Queries?"],
    ["Read-Only Properties", "What are Read-Only Properties?"],
    ["Link Prediction Algorithms", "What are Link Prediction Algorithms?"],
  ])("a plural term: %s", (term, question) => expect(ask(term)).toBe(question));

  test.each([
    ["Redis", "What is Redis?"],
    ["Bias", "What is Bias?"],
    ["Consensus", "What is Consensus?"],
    ["Access", "What is Access?"],
    ["Statistics", "What is Statistics?"],
    ["Node.js", "What is Node.js?"],
    ["AWS", "What is AWS?"],
    ["Bag of Words", "What is Bag of Words?"],
    ["need for variable-length prefixes", "What is need for variable-length prefixes?"],
    ["Implementing Interfaces", "What is Implementing Interfaces?"],
    ["Latency", "What is Latency?"],
    ["Instance Store", "What is Instance Store?"],
  ])("a singular term: %s", (term, question) => expect(ask(term)).toBe(question));

  test("aliases follow the term, which alone decides the verb", () => {
    expect(ask("Security groups", ["SGs"])).toBe("What are Security groups (SGs)?");
    expect(ask("Batch Normalization", ["BatchNorm"])).toBe("What is Batch Normalization (BatchNorm)?");
  });
});
