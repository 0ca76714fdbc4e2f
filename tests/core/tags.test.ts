/** SPEC §1: which notes are incubator notes. */
import { model } from "../helpers/model";
import { matchesTag } from "../../src/core/note/tags";

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
