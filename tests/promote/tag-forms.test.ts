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
