/** The note model as a whole (SPEC §1–3): title, tags and their line, upstream, outline, links and problems. */
import { model } from "../helpers/model";
import { titleOf } from "../../src/core/note/parse-note";

describe("a note's title is its file name", () => {
  test.each([
    ["EC2.md", "EC2"],
    ["Cloud/AWS/EC2 Instance Storage.md", "EC2 Instance Storage"],
    ["Notes/Upper Case.MD", "Upper Case"],
    ["Notes/archive.md.md", "archive.md"],
    ["Notes/v1.2 release.md", "v1.2 release"],
    ["Notes/readme", "readme"],
  ])("%s → %s", (path, title) => {
    expect(titleOf(path)).toBe(title);
    expect(model("#incubator", path).title).toBe(title);
  });
});

describe("tags and the tag's line", () => {
  test("frontmatter tags come first, then the body's in the order written", () => {
    expect(model("---\ntags: [seed, aws]\n---\n#incubator and #later").tags).toEqual(["seed", "aws", "incubator", "later"]);
  });

  test("the tag's line is that of the first body tag that is the incubator tag, not of the first tag", () => {
    expect(model("#seed\n\n#incubator/aws").tagLine).toBe(3);
  });

  test("a note tagged only in frontmatter is an incubator note with no tag line", () => {
    const note = model("---\ntags: incubator\n---\ntext");
    expect({ isIncubator: note.isIncubator, tagLine: note.tagLine }).toEqual({ isIncubator: true, tagLine: 0 });
  });

  test("a note with other tags only is not one", () => {
    expect(model("#seed #aws").isIncubator).toBe(false);
  });
});

describe("upstream, outline and links", () => {
  test("an upstream property in frontmatter names the parent, at its key's line", () => {
    const note = model('---\ntitle: x\nupstream: "[[EC2]]"\n---\n#incubator');
    expect({ targets: note.upstream?.targets.map((t) => t.link), line: note.upstream?.line }).toEqual({ targets: ["EC2"], line: 3 });
  });

  test("the outline lists the headings with their levels and lines; a field written as a heading is none", () => {
    const note = model("#incubator\n###### upstream: [[EC2]]\n# Storage\n\ntext\n\n## 2. **Volumes**:\n\nmore");
    expect(note.outline).toEqual([
      { level: 1, text: "Storage", line: 3 },
      { level: 2, text: "Volumes", line: 7 },
    ]);
  });

  test("links to notes are the body's, each at its line: those in frontmatter are properties, web addresses none", () => {
    const note = model('---\nupstream: "[[EC2]]"\n---\nSee [[S3]], [docs](Docs/S3%20API.md) and [site](https://x.org).\n\n- ![[diagram.png]]');
    expect(note.links.map((l) => ({ target: l.target, line: l.line, embed: l.embed }))).toEqual([
      { target: "S3", line: 4, embed: false },
      { target: "Docs/S3 API.md", line: 4, embed: false },
      { target: "diagram.png", line: 6, embed: true },
    ]);
  });
});

describe("problems", () => {
  test("a note with no upstream and nothing to learn is told both, in code order on its first line", () => {
    expect(model("#incubator\n\njust a thought").problems.map((p) => [p.code, p.line, p.message])).toEqual([
      ["no-definitions", 1, "No definitions, questions or comparisons found."],
      ["no-upstream", 1, "The note names no upstream note."],
    ]);
  });

  test("an empty upstream field is named at its own line", () => {
    const note = model("#incubator\n\n**EBS** is block storage.\n\nupstream:");
    expect(note.problems.filter((p) => p.code === "no-upstream")).toEqual([{ code: "no-upstream", message: "The upstream field is empty.", line: 5 }]);
  });

  test("problems are in line order, whichever check found them", () => {
    const note = model("#incubator\n\n## Empty\n\n## Full\n\n**EBS** is block storage.\n\nupstream:\n\n## Late\n");
    expect(note.problems.map((p) => [p.code, p.line])).toEqual([
      ["empty-section", 3],
      ["no-upstream", 9],
      ["empty-section", 11],
    ]);
  });

  test("a note with an upstream and a definition has no problem", () => {
    expect(model("#incubator\nupstream: [[EC2]]\n\n**EBS** is block storage for EC2.").problems).toEqual([]);
  });
});
