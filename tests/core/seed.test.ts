/** SPEC §3: what the model must hold for the canonical seed note, byte for byte as written. */
import { parseNote } from "../../src/core/note/parse-note";
import { defaultCoreSettings } from "../../src/core/settings";
import { readSeed } from "../helpers/shared";

describe("the seed note", () => {
  // Parsed in beforeEach, not while the tests are collected: a mutation run counts only what a test runs.
  let note!: ReturnType<typeof parseNote>;
  let byTerm!: Map<string, (typeof note.definitions)[number]>;
  beforeEach(() => {
    note = parseNote("AWS/EC2 Instance Storage.md", readSeed(), defaultCoreSettings());
    byTerm = new Map(note.definitions.map((d) => [d.term, d]));
  });

  test("is an incubator note with upstream EC2 on line 2", () => {
    expect(note.isIncubator).toBe(true);
    expect(note.upstream).toEqual({ line: 2, targets: [{ link: "EC2", subpath: null }] });
  });

  test.each([
    ["Amazon Machine Images", ["AMIs"], 13, "AMI > Overview"],
    ["EC2 User Data", [], 25, "AMI > Difference Between AMI and User Data > EC2 User Data"],
    ["EC2 Image Builder", [], 32, "AMI > EC2 Image Builder"],
    ["Amazon Elastic Block Store", ["EBS"], 36, "EBS > Overview"],
    ["EBS Snapshots", [], 39, "EBS > EBS Snapshots"],
    ["EBS Multi-Attach", [], 42, "EBS > EBS Multi-Attach"],
    ["Amazon Elastic File System", ["EFS"], 49, "EFS > Overview"],
  ])("defines %s", (term, aliases, line, heading) => {
    expect(byTerm.get(term)).toMatchObject({ term, aliases, line, heading });
    expect(byTerm.get(term)?.text.length).toBeGreaterThan(40);
  });

  test("emphasis in the middle of a paragraph is not a term", () => {
    const all = note.definitions.flatMap((d) => [d.term, ...d.aliases]);
    expect(all).not.toContain("frequent read and write");
    expect(all).not.toContain("instance-specific");
  });

  test("compares AMI and User Data, with the summary", () => {
    const c = note.comparisons.find((x) => x.heading === "Difference Between AMI and User Data");
    expect(c).toMatchObject({ line: 15, subjects: ["AMI", "User Data"] });
    expect(c?.items.map((i) => [i.name, i.line, i.kind])).toEqual([
      ["AMI", 19, "subject"],
      ["EC2 User Data", 23, "subject"],
    ]);
    expect(c?.summary).toMatch(/^In summary, while AMIs are used as a starting point/);
  });

  test("compares EFS, EBS and S3", () => {
    const c = note.comparisons.find((x) => x.heading === "Difference Between EFS, EBS, and S3");
    expect(c).toMatchObject({ line: 54, subjects: ["EFS", "EBS", "S3"], summary: null });
    expect(c?.items.map((i) => [i.name, i.line, i.kind])).toEqual([
      ["EBS", 55, "subject"],
      ["EFS", 57, "subject"],
      ["S3", 59, "subject"],
    ]);
  });

  test("reports the empty video links field and the encoding damage", () => {
    expect(note.problems.map((p) => [p.code, p.line])).toEqual([
      ["empty-field", 6],
      ["encoding-damage", 36],
    ]);
  });

  test("links to bootstrapping", () => {
    expect(note.links.map((l) => l.target)).toEqual(["EC2", "bootstrapping"]);
  });
});
