/**
 * SPEC §3: which bold-labelled items make one run, and what a label line heads. Runs are read
 * through the model's key points and definitions, as a user sees them.
 */
import { model } from "../helpers/model";

const noteOf = (text: string) => model(`#incubator\nupstream: [[Stores]]\n\n${text}`, "Redis.md");
const pointsOf = (text: string) => noteOf(text).points.map((p) => [p.kind, p.heading, p.items.map((i) => [i.label, i.text, i.line])]);
const said = "It changes how the service runs for its users.";
const list = (labels: string[]) => labels.map((l) => `- **${l}**: ${said}`).join("\n");
const neutral = ["Replication", "Persistence"];

describe("a bold label line over a list of labelled items heads it", () => {
  test("with up to two paragraphs between them", () => {
    expect(pointsOf(`## Notes\n\n**Advantages:**\n\nIt helps.\n\nMore so.\n\n${list(neutral)}`).map(([k]) => k)).toEqual(["advantages"]);
  });

  test("not from three paragraphs away, nor across code", () => {
    expect(pointsOf(`## Notes\n\n**Advantages:**\n\nIt helps.\n\nMore so.\n\nEven more.\n\n${list(neutral)}`).map(([k]) => k)).toEqual(["other"]);
    expect(pointsOf(`## Notes\n\n**Advantages:**\n\n\`\`\`\nx\n\`\`\`\n\n${list(neutral)}`).map(([k]) => k)).toEqual(["other"]);
  });

  test("the nearest label line above counts, and a plain list above heads nothing", () => {
    expect(pointsOf(`## Notes\n\n**Advantages:**\n\nIt helps.\n\n**Drawbacks:**\n\n${list(neutral)}`).map(([k]) => k)).toEqual(["disadvantages"]);
    expect(pointsOf(`## Notes\n\n- plain item\n\n${list(neutral)}`).map(([k]) => k)).toEqual(["other"]);
  });
});

describe("a bold label line as an item", () => {
  test("over a paragraph or a plain list: that is its text, from the line under it", () => {
    expect(pointsOf("## Advantages\n\n**Replication**:\n\n- copies every write\n- to each replica\n\n**Persistence**:\n\nIt lasts across restarts.")).toEqual([
      ["advantages", "Advantages", [["Replication", "- copies every write\n- to each replica", 6], ["Persistence", "It lasts across restarts.", 11]]],
    ]);
  });

  test("over a paragraph that starts with bold of its own, over code, a heading or nothing: no item, no definition", () => {
    for (const text of [
      "## Advantages\n\n**Replication**:\n\n**Persistence** It changes how the service runs.",
      "## Advantages\n\n**Replication**:\n\n```\nx\n```",
      "## Advantages\n\n**Replication**:\n\n## Other",
      "## Advantages\n\n**Replication**:",
    ]) {
      const note = noteOf(text);
      expect({ text, points: note.points, terms: note.definitions.map((d) => d.term) }).toEqual({ text, points: [], terms: [] });
    }
  });
});

describe("which items make one run", () => {
  test("each list is a run of its own", () => {
    expect(pointsOf(`## Advantages\n\n${list(["Replication", "Persistence"])}\n\nText.\n\n${list(["Clustering", "Scripting"])}`).map(([, , items]) => (items as string[][]).map(([l]) => l))).toEqual([
      ["Replication", "Persistence"],
      ["Clustering", "Scripting"],
    ]);
  });

  test("paragraphs make one run per section", () => {
    expect(pointsOf("## Advantages\n\n**Replication**: It copies data.\n\n**Persistence**: It lasts.\n\n### Sub\n\n**Clustering**: It spreads.")).toEqual([
      ["advantages", "Advantages", [["Replication", "It copies data.", 6], ["Persistence", "It lasts.", 8]]],
      ["advantages", "Advantages > Sub", [["Clustering", "It spreads.", 12]]],
    ]);
  });

  test("headings that are bold labels make one run per parent heading and level, their text the prose under them", () => {
    expect(pointsOf("## Advantages\n\n### **Speed**\n\n- reads in memory\n\n### **Cost**:\n\nIt is cheap.\n\n## Drawbacks\n\n### **Memory**\n\nHeavy.\n\n### **Size**\n\nBig.")).toEqual([
      ["advantages", "Advantages", [["Speed", "reads in memory", 6], ["Cost", "It is cheap.", 10]]],
      ["disadvantages", "Drawbacks", [["Memory", "Heavy.", 16], ["Size", "Big.", 20]]],
    ]);
  });

  test("a bold heading over text that starts with bold of its own is no item: that text is one", () => {
    expect(pointsOf("## Advantages\n\n### **Speed**\n\n**Reads** come from memory.\n\n### **Cost**\n\nIt is cheap.").map(([, , items]) => (items as string[][]).map(([l]) => l))).toEqual([["Reads"], ["Cost"]]);
  });

  test("remarks, labels without text and labels that are no terms are not items", () => {
    expect(pointsOf("## Advantages\n\n- **Note**: read this first.\n- **Replication**: It copies data.\n- **Persistence**:\n- **1.5**: a number.\n- **Clustering**: It spreads.")).toEqual([
      ["advantages", "Advantages", [["Replication", "It copies data.", 7], ["Clustering", "It spreads.", 10]]],
    ]);
  });

  test("a label whose own line has no text says what it is by the list under it", () => {
    const note = noteOf(`## Models\n\n- **Skip Gram**:\n  - predicts the context\n  - from one word\n- **CBOW**: It predicts a word from its context.\n- **GloVe**: It factors a count matrix.`);
    expect(note.definitions.map((d) => [d.term, d.text])).toEqual([["Skip Gram", "- predicts the context\n- from one word"]]);
    expect(note.points.map((p) => p.items.map((i) => i.label))).toEqual([["CBOW", "GloVe"]]);
  });

  test("numbering inside the bold is dropped from the label and orders the run", () => {
    expect(pointsOf("## Notes\n\n- **1. Install Redis**: It gets the server.\n- **2. Start it**: It runs.\n- **3. Connect**: It talks.")).toEqual([
      ["steps", "Notes", [["Install Redis", "It gets the server.", 6], ["Start it", "It runs.", 7], ["Connect", "It talks.", 8]]],
    ]);
  });
});
