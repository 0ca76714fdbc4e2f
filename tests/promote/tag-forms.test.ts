/** SPEC §7: the tag is replaced where it stands, and every other byte is left alone. */
import { scanMarkdown } from "../../src/core/markdown/scanner";
import { applyEdits } from "../../src/core/promote/edits";
import { tagEdits } from "../../src/core/promote/tag-edits";

const promote = (text: string, next = "evergreen") => applyEdits(text, tagEdits(text, scanMarkdown(text), "incubator", next));

describe("replacing the incubator tag", () => {
  test.each([
    ["alone with a trailing space", "#incubator \nupstream: [[A]]\n", "#evergreen \nupstream: [[A]]\n"],
    ["inline", "An idea #incubator to grow.\n", "An idea #evergreen to grow.\n"],
    ["capitalised", "#Incubator\n", "#evergreen\n"],
    ["nested", "#incubator/aws/ec2\n", "#evergreen/aws/ec2\n"],
    ["list item", "- #incubator\n- other\n", "- #evergreen\n- other\n"],
    ["heading", "## Idea #incubator\n", "## Idea #evergreen\n"],
    ["with other tags", "#seed #incubator #aws\n", "#seed #evergreen #aws\n"],
    ["twice", "#incubator\n\ntext #incubator\n", "#evergreen\n\ntext #evergreen\n"],
    ["not the suffix tag", "#incubator-old #incubators\n", "#incubator-old #incubators\n"],
    ["not in code", "#incubator\n```\n#incubator\n```\n`#incubator` %% #incubator %%\n", "#evergreen\n```\n#incubator\n```\n`#incubator` %% #incubator %%\n"],
    ["CRLF", "#incubator \r\nupstream: [[A]]\r\n", "#evergreen \r\nupstream: [[A]]\r\n"],
    ["BOM", "\uFEFF#incubator\nx\n", "\uFEFF#evergreen\nx\n"],
    ["no final newline", "text\n#incubator", "text\n#evergreen"],
    ["frontmatter list", "---\ntitle: X\ntags:\n  - seed\n  - incubator\ncreated: 2026\n---\nbody\n", "---\ntitle: X\ntags:\n  - seed\n  - evergreen\ncreated: 2026\n---\nbody\n"],
    ["frontmatter quoted item", '---\ntags:\n  - "#incubator"\n---\n', '---\ntags:\n  - "#evergreen"\n---\n'],
    ["frontmatter flow list", "---\ntags: [seed, incubator/aws]\n---\n", "---\ntags: [seed, evergreen/aws]\n---\n"],
    ["frontmatter string", "---\ntag: seed, #incubator\n---\n", "---\ntag: seed, #evergreen\n---\n"],
    ["frontmatter key of another property", "---\nstatus: incubator\n---\n", "---\nstatus: incubator\n---\n"],
  ])("%s", (_name, before, after) => {
    expect(promote(before)).toBe(after);
  });

  test.each([
    ["alone on its line: the line goes", "#incubator \nupstream: [[A]]\n", "upstream: [[A]]\n"],
    ["last line", "upstream: [[A]]\n#incubator", "upstream: [[A]]"],
    ["list item", "- #incubator\n- other\n", "- other\n"],
    ["inline: the tag and one space go", "An idea #incubator to grow.\n", "An idea to grow.\n"],
    ["at the end of a line", "An idea #incubator\n", "An idea\n"],
    ["with other tags", "#seed #incubator #aws\n", "#seed #aws\n"],
    ["CRLF line", "#incubator\r\nx\r\n", "x\r\n"],
    ["frontmatter list item", "---\ntags:\n  - seed\n  - incubator\n---\n", "---\ntags:\n  - seed\n---\n"],
    ["frontmatter flow list", "---\ntags: [seed, incubator, aws]\n---\n", "---\ntags: [seed, aws]\n---\n"],
    ["frontmatter flow list end", "---\ntags: [seed, incubator]\n---\n", "---\ntags: [seed]\n---\n"],
  ])("with no next tag, %s", (_name, before, after) => {
    expect(promote(before, "")).toBe(after);
  });
});

describe("replacing the tag: the edges of lines and of the frontmatter", () => {
  test.each([
    ["a CRLF note whose last line is the tag", "x\r\n#incubator", "x"],
    ["a note that is only the tag", "#incubator", ""],
    ["a quote line of the tag alone", "> #incubator\nx\n", "x\n"],
    ["a heading of the tag alone", "### #incubator\nx\n", "x\n"],
    ["a word then the tag: the line stays", "Idea #incubator\n", "Idea\n"],
    ["the tag first, then text", "#incubator and text\n", "and text\n"],
    ["the tag first, then punctuation: the line before is untouched", "first\n#incubator, then text\n", "first\n, then text\n"],
    ["the tag after a tab: the tab stays", "idea\t#incubator\n", "idea\t\n"],
    ["a flow list alone", "---\ntags: incubator\n---\n", "---\ntags: \n---\n"],
    ["a space before the comma", "---\ntags: [seed , incubator]\n---\n", "---\ntags: [seed]\n---\n"],
    ["a quoted tag in the middle", '---\ntags: [seed, "incubator", aws]\n---\n', "---\ntags: [seed, aws]\n---\n"],
    ["a quoted tag with its # first", "---\ntags: ['#incubator', aws]\n---\n", "---\ntags: [aws]\n---\n"],
    ["the first of a flow list", "---\ntags: [incubator, seed]\n---\n", "---\ntags: [seed]\n---\n"],
    ["the first, a space before its comma", "---\ntags: [incubator , seed]\n---\n", "---\ntags: [seed]\n---\n"],
    ["the first, two spaces after its comma", "---\ntags: [incubator,  seed]\n---\n", "---\ntags: [seed]\n---\n"],
    ["the first of a string of tags, a space after it", "---\ntag: incubator seed, aws\n---\n", "---\ntag: seed, aws\n---\n"],
    ["the first of a string of tags, a tab after it", "---\ntags: incubator\tseed\n---\n", "---\ntags: seed\n---\n"],
    ["the last of a string of tags", "---\ntags: seed incubator\n---\n", "---\ntags: seed\n---\n"],
    ["a string of tags, the tag between", "---\ntags: seed incubator aws\n---\n", "---\ntags: seed aws\n---\n"],
  ])("with no next tag, %s", (_name, before, after) => {
    expect(promote(before, "")).toBe(after);
  });

  test.each([
    ["a quoted tag in a flow list", '---\ntags: ["incubator"]\n---\n', '---\ntags: ["evergreen"]\n---\n'],
    ["a list item with a trailing space", "---\ntags:\n  - incubator \n---\n", "---\ntags:\n  - evergreen \n---\n"],
    ["a space before the key's colon", "---\ntags : [incubator]\n---\n", "---\ntags : [evergreen]\n---\n"],
  ])("%s", (_name, before, after) => {
    expect(promote(before)).toBe(after);
  });

  test.each([
    ["a tags line in the body's first paragraph", "Intro\ntags: [incubator]\nend\n"],
    ["a tags line just after the frontmatter", "---\ntitle: x\n---\ntags: [incubator]\n"],
    ["a list under no key", "---\n  - incubator\n---\n"],
    ["a key that ends in tags", "---\nmytags: [incubator]\n---\n"],
    ["a key that starts with tags", "---\ntagsfoo: [incubator]\n---\n"],
    ["a list under the next key (its line has a trailing space)", "---\ntags: seed\naliases: \n  - incubator\n---\n"],
    ["a dash with no space: a string, not an item", "---\ntags:\n  -incubator\n---\n"],
    ["an item of two words", "---\ntags:\n  - not incubator\n---\n"],
    ["an item that only starts with the tag", "---\ntags:\n  - incubator extra\n---\n"],
  ])("not a tag of the note: %s", (_name, text) => {
    expect(promote(text)).toBe(text);
    expect(promote(text, "")).toBe(text);
  });

  test("the tags as typed in settings: with their #, and a space after the next one", () => {
    const text = "---\ntags: [incubator]\n---\nx #incubator\n";
    expect(applyEdits(text, tagEdits(text, scanMarkdown(text), "#incubator", "#evergreen "))).toBe("---\ntags: [evergreen]\n---\nx #evergreen\n");
  });
});
