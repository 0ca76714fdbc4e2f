/** SPEC §3 comparisons. */
import { comparisonSubjects } from "../../src/core/note/comparisons";
import { model } from "../helpers/model";

const comparisons = (text: string, path = "Note.md") => model(`#incubator\nupstream: [[Up]]\n\n${text}`, path).comparisons;

describe("comparisons (SPEC §3)", () => {
  test.each([
    ["Difference Between AMI and User Data", ["AMI", "User Data"]],
    ["Differences between EFS, EBS, and S3", ["EFS", "EBS", "S3"]],
    ["TCP vs UDP", ["TCP", "UDP"]],
    ["t-SNE vs. PCA", ["t-SNE", "PCA"]],
    ["Rust versus Go", ["Rust", "Go"]],
    ["Comparison of REST, GraphQL and gRPC", ["REST", "GraphQL", "gRPC"]],
    ["Threads compared to Processes", ["Threads", "Processes"]],
    ["What's the Difference Between Redis and a normal Key-Value store?", ["Redis", "normal Key-Value store"]],
    ["Learning Curves (Validation vs Training)", ["Validation", "Training"]],
    ["Typing - Weak vs Strong", ["Weak", "Strong"]],
    ["Difference between an interface and a class", ["interface", "class"]],
    ["Use Cases", null],
    ["Difference", null],
    ["TCP   vs   UDP?:", ["TCP", "UDP"]],
    ["Difference between the cache and a database", ["cache", "database"]],
    ["Typing: Weak vs Strong", ["Weak", "Strong"]],
    ["Caching — Redis vs Memcached", ["Redis", "Memcached"]],
    ["REST compared with gRPC", ["REST", "gRPC"]],
    ["Compared to REST", null],
    ["Difference between A", null],
    ["TCP vs", null],
  ])("subjects of %s", (heading, expected) => {
    expect(comparisonSubjects(heading)).toEqual(expected);
  });

  test("items from sub-headings, matched to subjects; summary from a quote", () => {
    const [c] = comparisons(
      "### Difference Between AMI and User Data\n\n**AMI** and **EC2 User Data** both configure launches.\n\n" +
        "#### AMI (Amazon Machine Image)\nA template.\n\n#### EC2 User Data\nA boot script.\n\n>In summary, AMIs start, User Data customises.",
    );
    expect(c).toEqual({
      heading: "Difference Between AMI and User Data",
      line: 4,
      subjects: ["AMI", "User Data"],
      items: [
        { name: "AMI", text: "A template.", line: 8, kind: "subject" },
        { name: "EC2 User Data", text: "A boot script.", line: 11, kind: "subject" },
      ],
      summary: "In summary, AMIs start, User Data customises.",
    });
  });

  test("items from bold-led paragraphs", () => {
    const [c] = comparisons("## Difference Between EFS, EBS, and S3\n**EBS** is block storage.\n\n**EFS** is a file system.\n\n**S3**, or Simple Storage Service, is object storage.");
    expect(c.items.map((i) => [i.name, i.kind])).toEqual([["EBS", "subject"], ["EFS", "subject"], ["S3", "subject"]]);
    expect(c.summary).toBeNull();
  });

  test("a summary is found whatever marks stand inside its opening words", () => {
    const [c] = comparisons("## TCP vs UDP\n**TCP** is reliable.\n\nIn su**mm**ary, `TCP` waits and UDP does not.");
    expect(c.summary).toBe("In summary, TCP waits and UDP does not.");
  });

  test("aspect items name a dimension of the comparison", () => {
    const [c] = comparisons("## t-SNE vs. PCA\n- **Linearity**: PCA is a linear algorithm.\n- **Speed**: PCA is faster.");
    expect(c.items).toEqual([
      { name: "Linearity", text: "PCA is a linear algorithm.", line: 5, kind: "aspect" },
      { name: "Speed", text: "PCA is faster.", line: 6, kind: "aspect" },
    ]);
  });

  test("a whole note whose title compares, with a Key Differences body", () => {
    const [c] = comparisons("## Key Differences\n- **Context**: one predicts context, the other the word.\n\nTo summarize, both learn embeddings.", "NLP/Skip-Gram vs Bag of Words.md");
    expect(c).toMatchObject({ heading: "Skip-Gram vs Bag of Words", line: 4, subjects: ["Skip-Gram", "Bag of Words"], summary: "To summarize, both learn embeddings." });
    expect(c.items.map((i) => [i.name, i.kind])).toEqual([["Context", "aspect"]]);
  });

  test("a whole-note comparison without a body keeps only subject items, not its template sections", () => {
    const [c] = comparisons("### Origin of Thought:\nwondering\n### Solution/Reasoning:\n- **Skip Gram**: predicts context\n- **Bag of Words**: predicts the word", "Skip-Gram vs Bag of Words.md");
    expect(c.items.map((i) => i.name)).toEqual(["Skip Gram", "Bag of Words"]);
  });

  test("a Conclusion section is the summary", () => {
    expect(comparisons("## Difference between B-tree and hash indexes\n### B-tree\nSorted.\n### Hash\nBuckets.\n## Conclusion\nUse a B-tree.")[0].summary).toBeNull();
    expect(comparisons("## Difference between B-tree and hash indexes\n### B-tree\nSorted.\n### Conclusion\nUse a B-tree.")[0].summary).toBe("Use a B-tree.");
  });
});

describe("comparisons as notes write them", () => {
  test("`Differences from X` compares X with the heading above it, or with the note's title", () => {
    expect(comparisonSubjects("Key differences from an LSTM", "GRU")).toEqual(["GRU", "LSTM"]);
    expect(comparisonSubjects("Differences from the Traditional CNNs")).toBeNull();
    expect(comparisons("## Capsule Networks\n\n### Differences from Traditional CNNs\n\n**Capsules** are groups of neurons.").map((c) => c.subjects)).toEqual([["Capsule Networks", "Traditional CNNs"]]);
    expect(comparisons("## Differences from Traditional CNNs\n\n**Capsules** are groups.", "Capsule Networks.md").map((c) => c.subjects)).toEqual([["Capsule Networks", "Traditional CNNs"]]);
  });

  test("items: the shallowest sub-headings (deeper ones are their text), leads under Key Differences, each name once; Summary is no item", () => {
    const [c] = comparisons("## TCP vs UDP\n\n### TCP\nReliable.\n\n#### Handshake\nThree steps.\n\n### UDP\nFast.\n\n### Summary\nPick one.\n\n### Key Differences\n- **Ordering**: TCP orders.\n\n### TCP\nAgain.");
    expect(c.items.map((i) => [i.name, i.text, i.kind])).toEqual([
      ["TCP", "Reliable.\nThree steps.", "subject"],
      ["UDP", "Fast.", "subject"],
      ["Ordering", "TCP orders.", "aspect"],
    ]);
    expect(c.summary).toBe("Pick one.");
  });

  test("a summary in a callout counts; one in a list does not", () => {
    expect(comparisons("## TCP vs UDP\n\n**TCP** is reliable.\n\n> [!summary]\n> In short, TCP waits.\n")[0].summary).toBe("In short, TCP waits.");
    expect(comparisons("## TCP vs UDP\n\n**TCP** is reliable.\n\n- In short, TCP waits.\n")[0].summary).toBeNull();
  });

  test("a subject is trimmed to the shortest heading of the note that starts it", () => {
    expect(comparisons("## 1. Hidden State\nA.\n\n## 2. Output\nC.\n\n## Output in\nB.\n\n## Output Layer\nD.", "Hidden State vs Output in RNN.md")[0].subjects).toEqual(["Hidden State", "Output"]);
    expect(comparisons("## Loss $L$\nB.", "Loss $L$ function vs Accuracy.md")[0].subjects).toEqual(["Loss", "Accuracy"]);
  });

  test("a title that compares is one comparison, not a second one beside a heading that says the same", () => {
    expect(comparisons("## TCP vs UDP\n\n**TCP** is reliable.", "TCP vs UDP.md").map((c) => c.heading)).toEqual(["TCP vs UDP"]);
    expect(comparisons("## TCP\n\nReliable.\n\n## Notes\n\nx", "TCP vs UDP.md").map((c) => [c.heading, c.line, c.items.map((i) => i.name)])).toEqual([["TCP vs UDP", 1, ["TCP"]]]);
  });
});
