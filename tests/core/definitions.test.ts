/** SPEC §3 definitions: each pattern on a small note written for it. */
import { model } from "../helpers/model";

const defs = (text: string, path = "Note.md") =>
  model(`#incubator\nupstream: [[Up]]\n\n${text}`, path).definitions.map((d) => ({ term: d.term, aliases: d.aliases, text: d.text, heading: d.heading }));
const terms = (text: string, path?: string) => defs(text, path).map((d) => d.term);

describe("definitions (SPEC §3)", () => {
  test("bold lead with a verb phrase keeps the whole sentence", () => {
    expect(defs("**EBS** is block storage for EC2.")).toEqual([{ term: "EBS", aliases: [], text: "EBS is block storage for EC2.", heading: "" }]);
  });

  test.each([
    ["colon", "**Latency**: the delay before a transfer starts."],
    ["colon inside the bold", "**Latency:** the delay before a transfer starts."],
    ["hyphen", "**Latency** - the delay before a transfer starts."],
    ["em dash", "**Latency** — the delay before a transfer starts."],
    ["underscores", "__Latency__: the delay before a transfer starts."],
    ["list item", "- **Latency**: the delay before a transfer starts."],
    ["numbered item", "1. **Latency**: the delay before a transfer starts."],
  ])("bold lead with %s gives the text after the separator", (_name, line) => {
    expect(defs(line)).toEqual([{ term: "Latency", aliases: [], text: "the delay before a transfer starts.", heading: "" }]);
  });

  test("bold lead with a comma keeps the sentence", () => {
    expect(defs("**S3**, or Simple Storage Service, is object storage.")[0]).toMatchObject({ term: "S3", text: "S3, or Simple Storage Service, is object storage." });
  });

  test("a parenthesis gives an alias", () => {
    expect(defs("**Amazon Machine Images (AMIs)** serve as templates.")[0]).toMatchObject({ term: "Amazon Machine Images", aliases: ["AMIs"] });
  });

  test("a heading's words in prose, with a parenthesis after them, name the term and its alias", () => {
    const of = (heading: string, text: string) => defs(`## ${heading}\n\n${text}`).map((d) => [d.term, d.aliases]);
    expect(of("Batch Normalization", "Batch Normalization (BatchNorm) is a layer that rescales its inputs.")).toEqual([["Batch Normalization", ["BatchNorm"]]]);
    expect(of("Step 3: Minimize the Kullback-Leibler Divergence", "The Kullback-Leibler (KL) divergence is used to measure the difference between two distributions.")).toEqual([["Kullback-Leibler divergence", ["KL"]]]);
    expect(of("Kullback-Leibler Divergence", "The Kullback-Leibler (KL) measure of divergence compares two distributions.")).toEqual([["Kullback-Leibler", ["KL"]]]);
  });

  test("bold in the middle of a paragraph is emphasis, not a term", () => {
    expect(terms("EBS suits **frequent read and write** operations.")).toEqual([]);
  });

  test("a paragraph naming several bold subjects defines none of them", () => {
    expect(terms("**AMI** and **User Data** are both launch settings.")).toEqual([]);
  });

  test("bold inside code is not a term", () => {
    expect(terms("`**Fake** is code`\n\n```\n**Fake** is code\n```")).toEqual([]);
  });

  test("a list item's nested bullets are its text, still a list", () => {
    expect(defs("- **Skip Gram**:\n  - predicts the context from a word\n  - good for rare words")[0]).toMatchObject({
      term: "Skip Gram",
      text: "- predicts the context from a word\n- good for rare words",
    });
  });

  test("a template label followed by links defines nothing", () => {
    expect(terms("**links**:\n[[A]], [[B]]\nhttps://example.org")).toEqual([]);
  });

  test("section lead: a heading whose first paragraph starts with its words", () => {
    expect(defs("### EBS Snapshots  \nEBS Snapshots are point-in-time copies of volumes.")).toEqual([
      { term: "EBS Snapshots", aliases: [], text: "EBS Snapshots are point-in-time copies of volumes.", heading: "EBS Snapshots" },
    ]);
  });

  test("section lead: the paragraph's fuller name and its parenthesis win", () => {
    expect(defs("# Amazon EFS (Elastic File System)\nAmazon Elastic File System (EFS) is a scalable file store.")[0]).toMatchObject({
      term: "Amazon Elastic File System",
      aliases: ["EFS"],
    });
  });

  test("section lead: an article may come first", () => {
    expect(terms("### Hash index\nA hash index maps keys to buckets.")).toEqual(["Hash index"]);
  });

  test("a heading about something else defines nothing", () => {
    expect(terms("## EBS\n### Use Cases\nEBS is used for databases.")).toEqual([]);
  });

  test.each(["Overview", "Definition", "Description", "TL;DR", "Overview:"])("defining sub-heading %s defines its parent topic", (name) => {
    expect(defs(`## AMI\n### ${name}\nA template for launching instances.`)).toEqual([
      { term: "AMI", aliases: [], text: "A template for launching instances.", heading: `AMI > ${name.replace(/:$/, "")}` },
    ]);
  });

  test("a defining sub-heading at the top defines the note's title", () => {
    expect(terms("## Overview\nRuns code without servers.", "Topics/AWS Lambda.md")).toEqual(["AWS Lambda"]);
  });

  test("What is X? defines X", () => {
    expect(defs("### What is AWS Lambda?\nA service that runs code without servers.")[0]).toMatchObject({ term: "AWS Lambda" });
  });

  test("a bold label that is a heading's whole text", () => {
    expect(defs("#### 2. **Continuous Scaling**:\nLambda scales with each request.")[0]).toMatchObject({
      term: "Continuous Scaling",
      text: "Lambda scales with each request.",
    });
  });

  test("one definition per concept: a bold lead and its section do not double up", () => {
    expect(terms("## AMI\n### Overview\n**Amazon Machine Images (AMIs)** are templates.\n\n#### AMI\nAn AMI is a template.")).toEqual([
      "Amazon Machine Images",
    ]);
  });

  test("numbers, long sentences and comparisons are not terms", () => {
    expect(terms("- **$0.20**: per million requests\n- **Remember to run these commands in the root of your project**: always\n- **TCP vs UDP**: two protocols")).toEqual([]);
  });

  test("emphasis and links are removed from the text", () => {
    expect(defs("**Term** is *very* [[Linked Note|linked]] and `coded`.")[0].text).toBe("Term is very linked and coded.");
  });
});
