/**
 * SPEC §3: what a run of bold-labelled items is, as a user's headings and labels say it — the
 * kind of key point and its subject, or definitions.
 */
import { model } from "../helpers/model";
import { pointCards } from "../../src/core/quiz/point-cards";
import { pointTitle, stepsContext } from "../../src/core/note/point-names";
import type { NoteReport } from "../../src/core/vault/note-report";
import { indexOf } from "../helpers/index";

const items = (labels: string[]) => labels.map((l) => `- **${l}**: ${l.toLowerCase()} matters here because it changes how the service runs for users.`).join("\n");
const pointsOf = (text: string, path = "Redis.md") => model(`#incubator\nupstream: [[Stores]]\n\n${text}`, path).points.map((p) => [p.kind, p.subject, p.items.map((i) => i.label)]);
const plain = ["Replication", "Persistence", "Clustering"];

describe("the heading above a run says its kind", () => {
  test.each([
    ["## Advantages", "advantages"],
    ["## Benefits of Redis", "advantages"],
    ["## Why use Redis?", "advantages"],
    ["## Drawbacks", "disadvantages"],
    ["## Challenges", "disadvantages"],
    ["## Key Features", "features"],
    ["## Best Practices", "practices"],
    ["## Use Cases", "uses"],
    ["## Where is it commonly used?", "uses"],
    ["## Where else are sorted sets used?", "uses"],
    ["## Applications", "uses"],
    ["## Getting Started", "steps"],
    ["## Quotas", "limits"],
  ])("%s → %s", (heading, kind) => {
    expect(pointsOf(`${heading}\n\n${items(plain)}`).map(([k]) => k)).toEqual([kind]);
  });

  test("limitations with figures are limits, without them drawbacks", () => {
    const figures = "- **Payload**: up to 512 MB for a single value.\n- **Keys**: at most 2^32 keys in one instance.";
    expect(pointsOf(`## Limitations\n\n${figures}`).map(([k]) => k)).toEqual(["limits"]);
    expect(pointsOf(`## Limitations\n\n${items(plain)}`).map(([k]) => k)).toEqual(["disadvantages"]);
  });

  test("the nearest heading that says something counts, up to the note's title", () => {
    expect(pointsOf(`## Advantages\n\n### In production\n\n${items(plain)}`).map(([k]) => k)).toEqual(["advantages"]);
    expect(pointsOf(items(plain), "Redis best practices.md").map(([k]) => k)).toEqual(["practices"]);
  });

  test("a bold label line right above the list heads it, whatever the section says", () => {
    expect(pointsOf(`## Key Features\n\n**Drawbacks:**\n\n${items(plain)}`).map(([k]) => k)).toEqual(["disadvantages"]);
  });

  test("a glossary heading makes its items definitions", () => {
    const glossary = "- **Replica**: a copy of the primary's data kept in step with it.\n- **Shard**: a part of the keyspace held by one node.";
    const note = model(`#incubator\nupstream: [[Stores]]\n\n## Key Terms\n\n${glossary}`, "Redis.md");
    expect({ points: note.points, terms: note.definitions.map((d) => d.term) }).toEqual({ points: [], terms: ["Replica", "Shard"] });
  });
});

describe("the subject of a run", () => {
  test.each([
    ["## Key Features of Redis Streams", "Redis Streams"],
    ["## Why use sorted sets?", "sorted sets"],
    ["## Advantages", "Redis"],
    ["## Where else are sorted sets used?", "sorted sets"],
    ["## Where is it commonly used?", "Redis"],
    ["## Use Cases", "Redis"],
  ])("%s → %s", (heading, subject) => {
    expect(pointsOf(`${heading}\n\n${items(plain)}`).map(([, s]) => s)).toEqual([subject]);
  });

  test("in a note that compares two things, the heading that names one of them; the title says no kind", () => {
    const title = "Deploying an API with Express.js vs Using AWS API Gateway.md";
    const said = (labels: string[]) => labels.map((l) => `- **${l}**: It changes how the service runs for its users.`).join("\n");
    const note = `## AWS API Gateway\n\n#### Key Points\n\n${said(["Scaling", "Security", "Integration"])}\n\n## Summary\n\n### Notes\n\n${said(["Cost", "Support", "Tooling"])}`;
    expect(pointsOf(note, title).map(([k, s]) => [k, s])).toEqual([
      ["other", "AWS API Gateway"],
      ["other", title.slice(0, -3)],
    ]);
  });

  test("a title that is a question gives its subject", () => {
    expect(pointsOf(`## Advantages\n\n${items(plain)}`, "What is the EvoArch model?.md").map(([, s]) => s)).toEqual(["EvoArch model"]);
  });
});

describe("where no heading says, the labels' shape does", () => {
  test.each([
    [["Install Redis", "Configure the port", "Start the server"], "steps"],
    [["1. Replication", "2. Persistence", "3. Clustering"], "steps"],
    [["Faster Reads", "Higher Throughput", "Simpler Caching"], "advantages"],
    [["Limited Queries", "Memory Overhead", "Steep Learning Curve"], "disadvantages"],
  ])("%j → %s", (labels, kind) => {
    expect(pointsOf(`## Notes on the server\n\n${items(labels)}`).map(([k]) => k)).toEqual([kind]);
  });

  test("a label that names a kind of its own stands apart among other labels", () => {
    const run = "- **Description**: a store kept in memory, written to disk now and then.\n- **Benefits**: it answers reads in well under a millisecond for most workloads.\n- **Setup**: install it, then start the server with its default configuration file.";
    expect(pointsOf(`## Redis at a glance\n\n${run}`).map(([k, , labels]) => [k, labels])).toEqual(expect.arrayContaining([["advantages", ["Benefits"]]]));
  });
});

describe("a label that is the word for an advantage or a drawback", () => {
  const principle = "### 1. Incremental Change\n- **Description**: the system changes in small steps rather than large overhauls.\n- **Benefits**: This approach reduces risk and keeps progress predictable.";

  test("is what the section above it says about its subject", () => {
    expect(pointsOf(`## Key Principles\n\n${principle}`, "What is the EvoArch model?.md")).toEqual(expect.arrayContaining([["advantages", "Incremental Change", ["Benefits"]]]));
  });

  test("its card asks the kind's question of that subject; other labels keep theirs", () => {
    const files = { "EvoArch.md": `#incubator\nupstream: [[Architecture]]\n\n## Key Principles\n\n${principle}\n\n## Drawbacks\n\n${items(["Switching", "Latency"])}` };
    const note = indexOf(files).snapshot().notes.find((n) => n.path === "EvoArch.md") as NoteReport;
    const fronts = note.points.flatMap((p) => pointCards(note, p).filter((c) => c.kind === "point").map((c) => c.front));
    expect(fronts).toEqual(expect.arrayContaining(["What are the advantages of Incremental Change?", 'EvoArch — drawback "Switching": why?']));
    expect(fronts).not.toContain('EvoArch — advantage "Benefits": why?');
  });

  test("a label with more words, or the word for another kind, stays an item of the note's subject", () => {
    const files = {
      "EvoArch.md": "#incubator\nupstream: [[Architecture]]\n\n## Key Principles\n\n### Guided by Fitness Functions\n- **Description**: objectives that guide how the architecture evolves over time.\n- **Application**: Fitness functions help in assessing whether changes move the system forward.\n- **Cost benefits**: fewer rewrites are needed when each change is checked as it is made.",
    };
    const note = indexOf(files).snapshot().notes.find((n) => n.path === "EvoArch.md") as NoteReport;
    expect(note.points.map((p) => [p.kind, p.subject])).toEqual(expect.arrayContaining([["uses", "EvoArch"], ["advantages", "EvoArch"]]));
    const fronts = note.points.flatMap((p) => pointCards(note, p).map((c) => c.front));
    expect(fronts).toEqual(expect.arrayContaining(['EvoArch — use "Application": how?', 'EvoArch — advantage "Cost benefits": why?']));
  });
});

describe("how a run is named where it is shown", () => {
  test("steps are named by their heading when it names the subject, else by subject and heading", () => {
    expect(stepsContext({ subject: "AWS Lambda", heading: "Services > aws lambda Workflow" })).toBe("aws lambda Workflow");
    expect(stepsContext({ subject: "Containers", heading: "Docker > Getting Started" })).toBe("Containers — Getting Started");
    expect(stepsContext({ subject: "Containers", heading: "" })).toBe("Containers");
  });

  test("a run is titled by its own heading, else by its kind and subject", () => {
    expect(pointTitle({ kind: "features", subject: "Redis", heading: "Overview > Key Features of Redis" })).toBe("Key Features of Redis");
    expect(pointTitle({ kind: "disadvantages", subject: "Redis", heading: "" })).toBe("Drawbacks of Redis");
    expect(pointTitle({ kind: "other", subject: "Redis", heading: "" })).toBe("Key points of Redis");
  });
});
