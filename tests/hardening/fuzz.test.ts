/** Fuzzing the scanner and the note model with generated Markdown (fast-check). */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import { scanMarkdown } from "../../src/core/markdown/scanner";
import { parseNote } from "../../src/core/note/parse-note";
import { mayCarryTag } from "../../src/core/note/tag-screen";
import { defaultCoreSettings } from "../../src/core/settings";
import { VaultIndex } from "../../src/core/vault/vault-index";

const settings = defaultCoreSettings();

/** Text without line breaks: any code point, lone surrogates and right-to-left marks included. */
const inlineText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, " ")),
  fc.constantFrom("\ud800", "\udfff", "\u202e", "שלום עולם", "مرحبا", "👩‍💻", "\u0000", "\t", "é", "â€™"),
);

const blockLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(
    "#incubator", "upstream: [[Up]]", "# Head", "### Overview", "#### 2. **Label**:", "## A vs B", "### What is X?", "**Term** is a thing.",
    "- **Item**: text", "1. item", "  - nested", "> quote", "> [!note] callout", "```", "```js", "~~~", "    indented", "$$", "%%", "<!--", "-->",
    "<div>", "| a | b |", "| - | - |", "---", "***", "===", "[[", "]]", "[x](", "**", "__", "`", "``", "**unclosed bold", "[[unclosed link", "",
  ) },
  { weight: 3, arbitrary: inlineText },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(">", "- ", "  ", "#", "*", "`", "[", "|"), fc.integer({ min: 1, max: 300 })).map(([s, n]) => s.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(inlineText, fc.integer({ min: 1, max: 2000 })).map(([s, n]) => s.repeat(n).slice(0, 20000)) },
);

const eol = fc.constantFrom("\n", "\r\n", "\r");
const document = fc.tuple(fc.boolean(), fc.array(fc.tuple(blockLine, eol), { maxLength: 40 })).map(
  ([bom, lines]) => (bom ? "\uFEFF" : "") + lines.map(([l, e]) => l + e).join(""),
);

describe("fuzzing the scanner and the model", () => {
  test("never throws; blocks stay inside the document, in order, without overlap", () => {
    fc.assert(
      fc.property(document, (text) => {
        const scanned = scanMarkdown(text);
        let previous = 0;
        for (const b of scanned.blocks) {
          expect(b.start).toBeGreaterThan(previous);
          expect(b.end).toBeGreaterThanOrEqual(b.start);
          expect(b.end).toBeLessThanOrEqual(scanned.lines.length);
          previous = b.end;
        }
        expect(scanned.masked.map((l) => l.length)).toEqual(scanned.lines.map((l) => l.length));
        const model = parseNote("Fuzz.md", text, settings);
        const lines = scanned.lines.length;
        for (const item of [...model.definitions, ...model.questions, ...model.comparisons, ...model.problems, ...model.outline]) {
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.line).toBeLessThanOrEqual(lines);
        }
        const index = new VaultIndex(settings);
        index.upsert("Fuzz.md", text);
        index.snapshot();
      }),
      { numRuns: propertyRuns(1500) },
    );
  });

  test("a tag or bold term inside well-formed code is never reported", () => {
    const prose = fc.constantFrom("#incubator", "upstream: [[Up]]", "**Term** is a thing.", "text", "# Head", "- item", "> quote", "");
    const code = fc.constantFrom(
      "```\n#codetag\n**Codeterm** is code.\n```",
      "~~~md\n#codetag\n- **Codeterm**: code\n~~~",
      // After a list, indented text continues the list item; a paragraph first makes it code.
      "text\n\n    #codetag\n    **Codeterm** is code.",
      "Use `#codetag` and `**Codeterm** is code` inline.",
      "%%\n#codetag\n**Codeterm** is hidden.\n%%",
      "<!--\n#codetag **Codeterm** is hidden.\n-->",
      "$$\n#codetag\n$$",
      "- item\n  ```\n  #codetag\n  **Codeterm** is code.\n  ```",
      "> ```\n> #codetag\n> ```",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(prose, code), { maxLength: 20 }), eol, (parts, e) => {
        const text = parts.join("\n\n").replace(/\n/g, e);
        const model = parseNote("Code.md", text, settings);
        expect(model.tags.map((t) => t.toLowerCase())).not.toContain("codetag");
        expect(model.definitions.map((d) => d.term)).not.toContain("Codeterm");
        expect(model.comparisons.flatMap((c) => c.items.map((i) => i.name))).not.toContain("Codeterm");
      }),
      { numRuns: propertyRuns(1500) },
    );
  });

  test("the model of a document is the same whatever its line endings", () => {
    const lines = fc.array(fc.oneof(blockLine.filter((l) => !/[\r\n]/.test(l)), inlineText), { maxLength: 30 });
    fc.assert(
      fc.property(lines, fc.boolean(), (ls, bom) => {
        const lf = (bom ? "\uFEFF" : "") + ls.join("\n");
        const reference = parseNote("Eol.md", lf, settings);
        expect(parseNote("Eol.md", lf.replace(/\n/g, "\r\n"), settings)).toEqual(reference);
        expect(parseNote("Eol.md", lf.replace(/\n/g, "\r"), settings)).toEqual(reference);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});

describe("the cheap screen in front of the parser", () => {
  test("never turns away an incubator note", () => {
    const decoys = fc.constantFrom("```\n#incubator\n```", "```js\nx // #incubator\n```", "~~~\n#incubator\n~~~", "  ```\n  #incubator\n  ```", "- item\n  ```\n- next\n#incubator", "%%\n```\n%%\n#incubator\n```", "<div>\n```\n</div>\n\n#incubator", "---\ntags: incubator\n---", "`#incubator`", "#incubator-old", "x#incubator", "(#incubator)", "#incubator/aws", "#INCUBATOR", "`x`#incubator", "%%c%%#incubator", "#incubator_x", "#Incubatorİ", "#incubator\u0301", "#İNCUBATOR", "#ıncubator", "#INCUBATOR/Aws", "---\n#incubator\n---", "\uFEFF#incubator", "````", "   ```", " ~~~", "```a```", "\u2028```", "  %%", "\u00a0<b>", "`", "#incubator`x`");
    fc.assert(
      fc.property(fc.array(fc.oneof(blockLine, decoys), { maxLength: 30 }), eol, (parts, e) => {
        const text = parts.join("\n").replace(/\n/g, e);
        if (parseNote("S.md", text, settings).isIncubator) expect(mayCarryTag(text, "incubator")).toBe(true);
      }),
      { numRuns: propertyRuns(4000) },
    );
  });
});
