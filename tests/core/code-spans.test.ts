/**
 * Code spans, compared with markdown-it's own (CommonMark's rules: a run of n backticks closes at
 * the next run of exactly n; a backslash escapes an opening backtick, not a closing one; `\\` is
 * an escaped backslash). A span's text is compared as markdown-it gives it: line breaks as spaces,
 * one space stripped from each end when both ends have one.
 */
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { codeSpans } from "../../src/core/markdown/inline-mask";
import { propertyRuns } from "../helpers/property-runs";

function theirs(text: string): string[] {
  const [inline] = new MarkdownIt().parseInline(text, {});
  return (inline.children ?? []).filter((t) => t.type === "code_inline").map((t) => t.content);
}

function ours(text: string): string[] {
  return codeSpans(text).map(([from, to]) => {
    const span = text.slice(from, to);
    const fence = (/^`+/.exec(span) as RegExpExecArray)[0].length;
    const inner = span.slice(fence, span.length - fence).replace(/\n/g, " ");
    return inner.length > 1 && inner.startsWith(" ") && inner.endsWith(" ") && inner.trim() !== "" ? inner.slice(1, -1) : inner;
  });
}

describe("code spans, as markdown-it finds them", () => {
  test.each([
    ["a span", "x `code` y"],
    ["a longer fence holds a shorter run", "x ``a`b`` y"],
    ["an escaped opener", "x \\`a` b`"],
    ["a backslash inside a span, before its closer", "x `a\\` b`"],
    ["an escaped backslash, then a span", "x \\\\`b`"],
    ["a run with no closer of its length", "x ``a` b"],
    ["a span over two lines", "x `a\nb` y"],
  ])("%s", (_name, text) => expect(ours(text)).toEqual(theirs(text)));

  test("generated text", () => {
    const part = fc.constantFrom("`", "``", "```", "a", " ", "\\", "b c", "\n");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }), (parts) => {
        const text = `x ${parts.join("")}`;
        expect({ text, spans: ours(text) }).toEqual({ text, spans: theirs(text) });
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
