import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import { linesWithInlineMarkers } from "../../src/core/markdown/inline-mask";
import { splitLines } from "../../src/core/markdown/lines";
import type { Block } from "../../src/core/markdown/blocks";
import { scanMarkdown } from "../../src/core/markdown/scanner";

function shape(text: string): string[] {
  return scanMarkdown(text).blocks.map((b: Block) => `${b.type} ${b.start}-${b.end}${b.level ? ` h${b.level}` : ""}`);
}

describe("block scanner", () => {
  test.each([
    ["frontmatter", "---\na: 1\n---\ntext", ["frontmatter 1-3", "paragraph 4-4"]],
    ["unclosed frontmatter is a break and a paragraph", "---\na: 1", ["thematicBreak 1-1", "paragraph 2-2"]],
    ["atx headings", "# One\n## Two ##\n####### seven", ["heading 1-1 h1", "heading 2-2 h2", "paragraph 3-3"]],
    ["setext heading", "Title\n===\n\nSub\n---", ["heading 1-2 h1", "heading 4-5 h2"]],
    ["fenced code", "```js\n# not a heading\n```\nafter", ["code 1-3", "paragraph 4-4"]],
    ["tilde fence closes only with tildes", "~~~\n```\n~~~", ["code 1-3"]],
    ["unclosed fence runs to the end", "```\na\n\nb", ["code 1-4"]],
    ["indented code", "    code\n    more\n\ntext", ["code 1-2", "paragraph 4-4"]],
    ["indented line continues a paragraph", "para\n    still para", ["paragraph 1-2"]],
    ["math block", "$$\nx^2\n$$", ["math 1-3"]],
    ["comment block", "%%\nhidden\n%%\nshown", ["comment 1-3", "paragraph 4-4"]],
    ["unclosed comment hides the rest", "%%\na\n\nb", ["comment 1-4"]],
    ["html comment", "<!--\nx\n-->", ["html 1-3"]],
    ["blockquote with lazy line", "> a\nb\n\nc", ["blockquote 1-2", "paragraph 4-4"]],
    ["callout", "> [!note] Title\n> body", ["callout 1-2"]],
    ["list with continuation and nesting", "- a\n  more\n  - b\n- c\n\nafter", ["list 1-4", "paragraph 6-6"]],
    ["list marker change starts a new list", "- a\n* b", ["list 1-1", "list 2-2"]],
    ["loose list", "1. a\n\n2. b", ["list 1-3"]],
    ["table", "| a | b |\n| - | - |\n| 1 | 2 |", ["table 1-3"]],
    ["thematic break", "a\n\n***\n\nb", ["paragraph 1-1", "thematicBreak 3-3", "paragraph 5-5"]],
    ["heading interrupts a paragraph", "a\n# h", ["paragraph 1-1", "heading 2-2 h1"]],
    ["frontmatter closed by a fence with trailing spaces", "---\na: 1\n---  \ntext", ["frontmatter 1-3", "paragraph 4-4"]],
    ["a list ends at its last line, not at the blank line of an open fence", "- a\n  ```\n  x\n\nText", ["list 1-3", "paragraph 5-5"]],
    ["a quote with `[!note]` later in its line is no callout", "> see [!note] here", ["blockquote 1-1"]],
    ["one-line display math, then text", "$$ x $$\ntext", ["math 1-1", "paragraph 2-2"]],
    // markdown-it ends the list here; CommonMark's reference parser reads the lazy lines, as we do.
    ["four-column lines under a deep item's text are lazy lines of it", "   - three\n    # not a heading\n    more", ["list 1-3"]],
  ])("%s", (_name, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  test("CRLF, lone CR and a BOM give the same blocks as LF", () => {
    const lf = "# T\n\n- a\n- b\n\n```\nx\n```\n";
    expect(shape(lf.replace(/\n/g, "\r\n"))).toEqual(shape(lf));
    expect(shape(lf.replace(/\n/g, "\r"))).toEqual(shape(lf));
    const withBom = scanMarkdown("\uFEFF" + lf);
    expect(withBom.bom).toBe(true);
    expect(withBom.lines[0]).toBe("# T");
  });

  test("masked view blanks code, math, comments and frontmatter but keeps columns", () => {
    const text = "---\ntags: x\n---\nsee `#code` and %% #hidden %% here\n```\n#fenced\n```\n$$\n#math\n$$";
    const { masked, lines } = scanMarkdown(text);
    masked.forEach((line, i) => expect(line.length).toBe(lines[i].length));
    expect(masked.join("\n")).not.toMatch(/#(code|hidden|fenced|math)|tags/);
    expect(masked[3]).toContain("see");
    expect(masked[3]).toContain("here");
  });

  test("prose view keeps inline code text but not comments", () => {
    const { prose } = scanMarkdown("a `code` b %% secret %% c");
    expect(prose[0]).toContain("`code`");
    expect(prose[0]).not.toContain("secret");
  });

  test("fences nested in lists and quotes are masked", () => {
    const text = "- item\n  ```\n  #inlist\n  ```\n- next\n\n> ```\n> #inquote\n> ```";
    const { masked, blocks } = scanMarkdown(text);
    expect(blocks.map((b) => b.type)).toEqual(["list", "blockquote"]);
    expect(masked.join("\n")).not.toMatch(/#in(list|quote)/);
    expect(masked[4]).toContain("next");
  });

  test("what follows a closed fence in a quote or an item is prose again", () => {
    const quote = scanMarkdown("> ```\n> x\n> ```\n> **Term** after");
    expect(quote.masked[3]).toContain("**Term**");
    const item = scanMarkdown("10. a\n    ```\n    x\n    ```\n    **Term** after");
    expect(item.masked[4]).toContain("**Term**");
  });

  test("a setext heading's text is its lines, trimmed and joined", () => {
    expect(scanMarkdown("  Two  \n  lines\n===").blocks[0]).toMatchObject({ type: "heading", level: 1, text: "Two lines" });
  });

  test.each([
    ["# Title #", "Title"],
    ["# Title\t#", "Title"],
    ["# Title#", "Title#"],
    ["# #", ""],
    ["## ###", ""],
  ])("the text of the heading %j is %j", (line, text) => {
    expect(scanMarkdown(line).blocks[0]).toMatchObject({ type: "heading", text });
  });

  test("a fence in a quote after a tab is masked", () => {
    expect(scanMarkdown(">\t~~~\n>\t#tag\n>\t~~~").masked[1]).not.toContain("#tag");
  });

  test("a closing fence indented four columns past its item's content does not close it", () => {
    expect(scanMarkdown("- a\n  ~~~\n      ~~~\n  #tag").masked[3]).not.toContain("#tag");
  });

  test("a marker indented four columns inside a quote is text of the quote, not a nested quote", () => {
    expect(scanMarkdown(">     > ~~~\n> #tag").masked[1]).toContain("#tag");
  });

  test("an item ends at its last line that is not blank", () => {
    expect(scanMarkdown("- a\n\n- b").blocks[0].items).toEqual([
      { start: 1, end: 1, indent: 0 },
      { start: 3, end: 3, indent: 0 },
    ]);
  });

  test("list items record their lines", () => {
    const list = scanMarkdown("- a\n  - b\n- c\n  text").blocks[0];
    expect(list.items).toEqual([
      { start: 1, end: 1, indent: 0 },
      { start: 2, end: 2, indent: 2 },
      { start: 3, end: 4, indent: 0 },
    ]);
  });

  test("code spans pair runs of equal length only", () => {
    const { masked } = scanMarkdown("``a ` b`` #tag `x");
    expect(masked[0]).toBe("          #tag `x");
  });
});

describe("lines that may hold inline code, comments or math", () => {
  test("are exactly the lines holding a backtick, %, $ or <, whatever the line endings", () => {
    const text = fc
      .array(fc.constantFrom("a", " ", "`", "%", "$", "<", "\n", "\r\n", "\r", "\uFEFF"), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const { lines, starts } = splitLines(t);
        const marked = linesWithInlineMarkers(t, starts);
        expect(Array.from(marked, (m) => m === 1)).toEqual(lines.map((line) => /[`%$<]/.test(line)));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
