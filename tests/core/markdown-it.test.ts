/**
 * Differential test against markdown-it (a dev dependency, the parser a user would otherwise
 * pick): every top-level block must have the same type and lines, every heading the same level
 * and every list its items at the same lines. markdown-it knows neither frontmatter nor
 * Obsidian's `%%` comments and `$$` math, so those blocks are blanked for it (our own treatment
 * of them is pinned by the Obsidian oracle test).
 */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import MarkdownIt from "markdown-it";
import * as path from "path";
import { readFileSync } from "fs";
import type { BlockType } from "../../src/core/markdown/blocks";
import { scanMarkdown } from "../../src/core/markdown/scanner";
import { CORPUS_DIR, corpusPresent, EXAMPLE_VAULT, markdownFiles, readSeed } from "../helpers/shared";

/** Our block types as markdown-it reads them (a callout is a blockquote to it); the rest it does not know. */
const OURS: Partial<Record<BlockType, string>> = {
  heading: "heading",
  paragraph: "paragraph",
  list: "list",
  blockquote: "quote",
  callout: "quote",
  table: "table",
  code: "code",
  html: "html",
  thematicBreak: "rule",
};
const THEIRS: Record<string, string> = {
  heading_open: "heading",
  paragraph_open: "paragraph",
  bullet_list_open: "list",
  ordered_list_open: "list",
  blockquote_open: "quote",
  table_open: "table",
  fence: "code",
  code_block: "code",
  html_block: "html",
  hr: "rule",
};

interface Reading {
  /** The lines markdown-it reads: our Obsidian-only blocks blanked. */
  lines: string[];
  ours: string[];
}

function read(text: string): Reading {
  const { lines, blocks } = scanMarkdown(text);
  const shown = lines.slice();
  for (const b of blocks) {
    if (!OURS[b.type]) for (let i = b.start - 1; i < b.end; i++) shown[i] = "";
  }
  const ours = blocks
    .filter((b) => OURS[b.type])
    .map((b) => shape(shown, OURS[b.type] as string, b.start, b.end, b.level, b.items?.map((item) => item.start)));
  return { lines: shown, ours };
}

/**
 * `type first-last`, trailing blank lines left out (markdown-it counts them into a list, and an
 * unclosed fence runs to the end in both), with a heading's level and where a list's items start.
 */
function shape(lines: string[], type: string, start: number, end: number, level?: number, items?: number[]): string {
  let last = Math.min(end, lines.length);
  while (last > start && lines[last - 1].trim() === "") last--;
  return `${type}${level ? level : ""} ${start}-${last}${items ? ` [${items.join(",")}]` : ""}`;
}

function theirs({ lines }: Reading): string[] {
  const tokens = new MarkdownIt({ html: true }).parse(lines.join("\n"), {});
  const out: string[] = [];
  tokens.forEach((token, at) => {
    const type = THEIRS[token.type];
    if (token.level !== 0 || !type || !token.map) return;
    const level = type === "heading" ? Number(token.tag.slice(1)) : undefined;
    out.push(shape(lines, type, token.map[0] + 1, token.map[1], level, type === "list" ? itemStarts(tokens, at) : undefined));
  });
  return out;
}

/** The first line of every item of the list opened at `at`, nested items included (as ours are). */
function itemStarts(tokens: ReturnType<InstanceType<typeof MarkdownIt>["parse"]>, at: number): number[] {
  const starts: number[] = [];
  for (let k = at + 1; k < tokens.length && tokens[k].level > 0; k++) {
    if (tokens[k].type === "list_item_open" && tokens[k].map) starts.push((tokens[k].map as [number, number])[0] + 1);
  }
  return starts;
}

function compare(text: string): void {
  const reading = read(text);
  expect(reading.ours).toEqual(theirs(reading));
}

describe("agreement with markdown-it on every top-level block", () => {
  test("the seed note", () => compare(readSeed()));

  test.each(markdownFiles(EXAMPLE_VAULT))("examples/vault/%s", (rel) => compare(readFileSync(path.join(EXAMPLE_VAULT, rel), "utf8")));

  (corpusPresent ? test : test.skip)("every corpus note", () => {
    for (const rel of markdownFiles(path.join(CORPUS_DIR, "notes"))) {
      const reading = read(readFileSync(path.join(CORPUS_DIR, "notes", rel), "utf8"));
      expect({ rel, blocks: reading.ours }).toEqual({ rel, blocks: theirs(reading) });
    }
  });

  test.each([
    ["a tab after a list marker", "-\tx\n| x |\n  ```"],
    ["a fence in an item, closed by a less indented line of the item", "- item\n    ```\n  - in the fence"],
    ["an empty item, a blank line, then text", "-\n\n  ```\n  code"],
    ["an empty item, a blank line, then an indented marker", "-\n\n  - sibling"],
    ["a rule made of list markers", "* item\n* * *"],
    ["a raw HTML block closed by another raw element's tag", "<pre>\n</div>\n- item\n</style>\ntext"],
    ["a lone dash under a table row", "| x |\n-"],
    ["a delimiter row that is a list item", "| x |\n- a"],
    ["inline display math after a paragraph line", "text\n$$ x $$ and more\n%% note %% and more"],
    ["a comment and math block after a paragraph line", "text\n%%\nhidden\n%%\nmore\n$$\nx\n$$"],
    ["one-line display math, then text", "$$ x $$\ntext"],
    ["a table whose header starts with a letter", "a | b\n--- | ---\nc | d"],
    ["a table row indented four columns", "| a |\n| - |\n    | b |"],
    ["a heading after a table", "| a |\n| - |\n# h"],
    ["a blank line inside indented code", "    a\n\n    b"],
    ["an HTML comment over lines, then text", "<!-- a\nb -->\ntext"],
    ["a comment closed where it opens", "<!-->\ntext"],
    ["a raw HTML block over lines, then text", "<pre>\nx\n</PRE>\ntext"],
    ["a lazy line of an item", "- a\nlazy\n- b"],
    ["a heading item takes no lazy line", "- # head\nlazy"],
    ["a sibling item indented three columns", "10. a\n   1. b"],
    ["an item's fence indented four columns past its content is code in the item", "- a\n      ```\n  - b"],
    ["a fence in an item hides a marker", "- a\n  ```\n  - in code\n  ```"],
    ["a fence in an item ends with the item", "- a\n  ```\n  x\nafter"],
    ["no lazy line after a fence in an item", "- a\n  ```\n  ```\nafter"],
    ["a lazy line, then a fence in an item", "- item\n===\n    ```\n  - nested"],
    ["an empty nested item right under text underlines it", "- a\n  -\n\n  text"],
    ["a nested item numbered from 2 right under text is more text", "- a\n  2. b\n  1. c"],
    ["an empty nested item after a blank line is an item", "- a\n\n  -"],
    ["a tab after two spaces makes code", "  \t# not a heading"],
    ["five spaces make code", "     # not a heading"],
    ["a tab after the hashes", "#\theading"],
    ["a tilde fence whose info holds a backtick", "~~~ a`b\ncode\n~~~"],
    ["a backtick fence whose info holds a backtick is text", "``` a`b\ntext"],
    ["a rule spaced with tabs", "text\n\n*\t*\t*"],
    ["ten digits are no list marker", "1234567890. x"],
    ["nine digits are", "123456789. x"],
    ["four spaces after a marker lead to the content", "-    a\n  ```\n  x"],
    ["five spaces after a marker: the content starts one column after it", "-     a\n  ```\n  x"],
    ["a tab in a block-level HTML tag", "<div\tclass=\"x\">\ntext\n\npara"],
    ["an escaped pipe is part of a cell", "| a \\|\n| - |"],
    ["an escaped pipe inside a cell", "| a \\| b | c |\n| - | - |"],
    ["a delimiter row spaced with tabs", "| a |\n|\t-\t|"],
    ["more header cells than delimiter cells", "| a | b |\n| - |\ntext"],
    ["a header row indented four columns", "    | a |\n| - |"],
    ["a closing fence indented five spaces does not close", "```\n     ```\ntext"],
    ["an empty nested item, a blank line, then the outer item's text", "- a\n\n  -\n\n  text"],
  ])("%s", (_name, text) => compare(text));

  test("generated documents", () => {
    // Not generated: lines after which markdown-it's reading and ours part (we keep a four-column
    // line after a nested quote or a deep marker as a lazy line of the paragraph), and comment and
    // math blocks, which the blanking would turn into blank lines that end a list for markdown-it.
    const line = fc.constantFrom(
      ...["", "", "text", "more text", "Setext", "lazy", "   text", "  continued"],
      ...["# Heading", "## Sub", "###### six", "####### seven", "#notheading", "- # head"],
      ...["```", "```js", "~~~", "````", "    indented", "\tindented", "\ttext", "- ```", "  ```", "    ```"],
      ...["- item", "* item", "+ item", "1. item", "2) item", "10. ten", "1) paren", "- [ ] task", "-\tx", "-", "1."],
      ...["  - nested", " - one", "\t- tab item", "- > q", "> quote", "> ```", "> [!note] t", ">", "> - quoted item"],
      ...["---", "***", "* * *", "===", "| a | b |", "| - | - |", "| x |", "|---|", "a | b", "--- | ---"],
      ...["<div>", "</div>", "<details>", "<pre>", "</pre>", "<script>", "</script>", "<!-- c -->", "<!-- open", "close -->"],
      ...["%% c %% after", "$$ x $$ and more", "**Term** is bold"],
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        // Runs of blank lines as one: markdown-it ends a list at two blank lines after an empty item.
        const text = lines.join("\n").replace(/\n{3,}/g, "\n\n");
        const reading = read(text);
        expect({ text, blocks: reading.ours }).toEqual({ text, blocks: theirs(reading) });
      }),
      { numRuns: propertyRuns(5000) },
    );
  });
});
