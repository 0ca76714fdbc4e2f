/** SPEC §1: which notes are incubator notes. */
import { model } from "../helpers/model";
import { matchesTag, normaliseTag } from "../../src/core/note/tags";

describe("recognising an incubator note (SPEC §1)", () => {
  test.each([
    ["tag alone on a line", "#incubator \nupstream: [[A]]", true],
    ["tag mid-sentence", "An idea #incubator to grow", true],
    ["case-insensitive", "#Incubator", true],
    ["nested tag", "#incubator/aws", true],
    ["list item", "- #incubator", true],
    ["heading text", "## Idea #incubator", true],
    ["frontmatter list", "---\ntags:\n  - incubator\n---\nbody", true],
    ["frontmatter flow list", "---\ntags: [seed, incubator]\n---\n", true],
    ["frontmatter string with #", "---\ntags: \"#incubator\"\n---\n", true],
    ["frontmatter comma string", "---\ntags: seed, incubator\n---\n", true],
    ["frontmatter space string", "---\ntags: seed incubator\n---\n", true],
    ["frontmatter tag key", "---\ntag: incubator\n---\n", true],
    ["JSON frontmatter", '---\n{"tags": ["incubator"]}\n---\n', true],
    ["suffix is another tag", "#incubator-old", false],
    ["plural is another tag", "#incubators", false],
    ["no space before #", "word#incubator", false],
    ["fenced code only", "```\n#incubator\n```", false],
    ["tilde fence", "~~~\n#incubator\n~~~", false],
    ["indented code only", "text\n\n    #incubator", false],
    ["inline code only", "`#incubator`", false],
    ["percent comment only", "%% #incubator %%", false],
    ["percent comment block", "%%\n#incubator\n%%", false],
    ["html comment only", "<!-- #incubator -->", false],
    ["math only", "$$\n#incubator\n$$", false],
    ["fence in a list item", "- x\n  ```\n  #incubator\n  ```", false],
    ["a wikilink heading", "[[Note#incubator]]", false],
    ["uppercase TAGS key is not the tags property", "---\nTAGS: incubator\n---\n", false],
  ])("%s", (_name, text, expected) => {
    expect(model(text).isIncubator).toBe(expected);
  });

  test("the tag is a setting", () => {
    expect(model("#sprout", "N.md", { tag: "sprout" }).isIncubator).toBe(true);
    expect(model("#incubator", "N.md", { tag: "sprout" }).isIncubator).toBe(false);
  });

  test("tag line is the first body occurrence", () => {
    expect(model("intro\n\n```\n#incubator\n```\n#incubator").tagLine).toBe(6);
  });

  test.each([
    ["incubator", "incubator", true],
    ["INCUBATOR/aws/ec2", "incubator", true],
    ["incubator-old", "incubator", false],
    ["seed", "#seed", true],
  ])("matchesTag(%s, %s)", (tag, wanted, expected) => {
    expect(matchesTag(tag, wanted)).toBe(expected);
  });
});

describe("what Obsidian reads as a tag, as a user writes them", () => {
  const tagsOf = (text: string) => model(text).tags;

  test("a tag after a tab, a no-break space or an ideographic space counts; after a letter it does not", () => {
    expect(tagsOf("#a\t#b\u00a0#c\u3000#d x#e")).toEqual(["a", "b", "c", "d"]);
  });

  test("digits with letters make a tag; digits alone do not", () => {
    expect(tagsOf("#2024 #2024-notes #v2 #1a")).toEqual(["2024-notes", "v2", "1a"]);
  });

  test("an empty frontmatter tag (`#` alone, or an empty item) is no tag", () => {
    expect(tagsOf('---\ntags: ["#", "", incubator]\n---\nbody')).toEqual(["incubator"]);
  });

  test("the tag setting may be written with its #", () => {
    expect(model("#sprout/aws", "N.md", { tag: "#sprout" }).isIncubator).toBe(true);
    expect(matchesTag("Sprout/AWS", "#sprout")).toBe(true);
  });
});

/** The tag a user sets (the incubator tag, the tag a promotion puts in its place): settings and CLI options. */
describe("a tag as a user may set one", () => {
  test.each([
    ["incubator", "incubator"],
    ["#incubator", "incubator"],
    [" nested/tag ", "nested/tag"],
    ["two words", null],
    ["a#b", null],
    ["123", null],
    ["", null],
    ["x]", null],
    ["x\ny: 1", null],
    ["a,b", null],
    ["x]] [[y", null],
    ["/lead", null],
    ["a//b", null],
    ["trail/", null],
    ["été-2024", "été-2024"],
    ["y2k", "y2k"],
    ["2024-notes", "2024-notes"],
  ])("normaliseTag(%j)", (value, expected) => {
    expect(normaliseTag(value)).toBe(expected);
  });
});
