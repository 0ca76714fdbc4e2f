/**
 * Differential test against markdown-it (a dev dependency, the parser a user would otherwise
 * pick): headings and top-level code blocks must have the same line ranges. markdown-it knows
 * neither frontmatter nor Obsidian's `%%` comments and `$$` math, so those blocks are blanked
 * for it (our own treatment of them is pinned by the Obsidian oracle test).
 */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import MarkdownIt from "markdown-it";
import * as path from "path";
import { readFileSync } from "fs";
import { scanMarkdown } from "../../src/core/markdown/scanner";
import { CORPUS_DIR, corpusPresent, EXAMPLE_VAULT, markdownFiles, readSeed } from "../helpers/shared";

const md = new MarkdownIt({ html: true });

interface Shape {
  headings: string[];
  code: string[];
}

function ours(text: string): Shape {
  const { blocks } = scanMarkdown(text);
  return {
    headings: blocks.filter((b) => b.type === "heading").map((b) => `h${b.level} ${b.start}-${b.end}`),
    code: blocks.filter((b) => b.type === "code").map((b) => `${b.start}-${b.end}`),
  };
}

/** What markdown-it sees: our Obsidian-only blocks blanked, line endings normalised. */
function forMarkdownIt(text: string): string {
  const { lines, blocks } = scanMarkdown(text);
  const out = lines.slice();
  for (const b of blocks) {
    if (b.type === "frontmatter" || b.type === "comment" || b.type === "math") {
      for (let i = b.start - 1; i < b.end; i++) out[i] = "";
    }
  }
  return out.join("\n");
}

function theirs(text: string): Shape {
  const source = forMarkdownIt(text);
  const lineCount = source.split("\n").length;
  const tokens = md.parse(source, {});
  const range = (map: [number, number]) => `${map[0] + 1}-${Math.min(map[1], lineCount)}`;
  return {
    headings: tokens
      .filter((t) => t.type === "heading_open" && t.level === 0 && t.map)
      .map((t) => `h${t.tag.slice(1)} ${range(t.map as [number, number])}`),
    code: tokens.filter((t) => (t.type === "fence" || t.type === "code_block") && t.level === 0 && t.map).map((t) => range(t.map as [number, number])),
  };
}

function trimCode(shape: Shape, text: string): Shape {
  // markdown-it ends an indented code block at its last non-blank line, as we do; a fence that
  // is never closed runs to the end of the document in both, blank last line aside.
  const lines = text.split(/\r\n|\r|\n/);
  return {
    ...shape,
    code: shape.code.map((r) => {
      const [a, b] = r.split("-").map(Number);
      let end = b;
      while (end > a && lines[end - 1]?.trim() === "") end--;
      return `${a}-${end}`;
    }),
  };
}

const compare = (text: string) => expect(trimCode(ours(text), text)).toEqual(trimCode(theirs(text), text));

describe("agreement with markdown-it on headings and code blocks", () => {
  test("the seed note", () => compare(readSeed()));

  test.each(markdownFiles(EXAMPLE_VAULT))("examples/vault/%s", (rel) => compare(readFileSync(path.join(EXAMPLE_VAULT, rel), "utf8")));

  (corpusPresent ? test : test.skip)("every corpus note", () => {
    for (const rel of markdownFiles(path.join(CORPUS_DIR, "notes"))) {
      const text = readFileSync(path.join(CORPUS_DIR, "notes", rel), "utf8");
      expect({ rel, shape: trimCode(ours(text), text) }).toEqual({ rel, shape: trimCode(theirs(text), text) });
    }
  });

  test("generated documents", () => {
    const line = fc.constantFrom(
      "", "", "text", "more text", "# Heading", "## Sub", "###### six", "####### seven", "#notheading",
      "```", "```js", "~~~", "````", "    indented", "\tindented", "- item", "* item", "+ item", "1. item", "2) item",
      "  - nested", "  continued", "> quote", "> ```", "---", "***", "===", "| a | b |", "| - | - |",
      "<div>", "</div>", "<!-- c -->", "**Term** is bold",
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        const text = lines.join("\n");
        expect(trimCode(ours(text), text)).toEqual(trimCode(theirs(text), text));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
