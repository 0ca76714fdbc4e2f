/**
 * The Markdown block scanner: one pass over the lines, CommonMark's block rules as far as a note
 * model needs them, Obsidian's extensions (`%%` comments, `$$` math, callouts, frontmatter).
 *
 * Besides the blocks it returns `masked`: every line with code, math, comments and frontmatter
 * replaced by spaces of the same length, so every later extractor can search plain text and
 * never sees a tag or a bold term that sits in code.
 */
import { blankOut, indentWidth, isBlank, splitLines } from "./lines";
import {
  atxHeading,
  CALLOUT_MARKER,
  closesFence,
  closingMarker,
  fenceAt,
  fenceOpen,
  htmlBlockStart,
  interruptsAsItem,
  isParagraphText,
  isQuoteLine,
  isThematicBreak,
  listMarker,
  opensDelimited,
  setextLevel,
  startsTable,
  startsWithLetter,
  startsWithMarker,
  stripQuoteMarkers,
  type Fence,
  type ListMarker,
} from "./line-kinds";
import { linesWithInlineMarkers, maskInline } from "./inline-mask";
import type { Block, BlockType, ListItem, ScannedNote } from "./blocks";

const RAW_HTML_END = /<\/(?:script|pre|style|textarea)>/i;

/** Block types whose content is not prose: nothing inside them is a tag, term or link. */
const OPAQUE: ReadonlySet<BlockType> = new Set(["frontmatter", "code", "math", "comment", "html"]);

export function scanMarkdown(text: string): ScannedNote {
  const { bom, lines, starts } = splitLines(text);
  return new BlockScanner(lines, bom, linesWithInlineMarkers(text, starts)).scan();
}

class BlockScanner {
  private readonly masked: string[];
  private prose: string[] = [];
  private readonly blocks: Block[] = [];
  private i = 0;

  constructor(
    private readonly lines: string[],
    private readonly bom: boolean,
    /** Lines that may hold inline code, comments or math (`linesWithInlineMarkers`). */
    private readonly inlineMarked: Uint8Array,
  ) {
    this.masked = lines.slice();
  }

  scan(): ScannedNote {
    this.frontmatter();
    while (this.i < this.lines.length) {
      if (isBlank(this.lines[this.i])) this.i++;
      else this.block();
    }
    for (const block of this.blocks) {
      if (OPAQUE.has(block.type)) this.mask(block.start - 1, block.end - 1);
    }
    // Nested code (fences in lists and quotes) is blanked in `masked` already: copy it to `prose`.
    this.prose = this.masked.slice();
    for (const block of this.blocks) {
      if (!OPAQUE.has(block.type) && this.anyMarked(block.start - 1, block.end - 1)) maskInline(this.masked, this.prose, block.start - 1, block.end - 1);
    }
    return { bom: this.bom, lines: this.lines, masked: this.masked, prose: this.prose, blocks: this.blocks };
  }

  private anyMarked(from: number, to: number): boolean {
    for (let k = from; k <= to; k++) if (this.inlineMarked[k] === 1) return true;
    return false;
  }

  private add(type: BlockType, from: number, to: number, extra?: Partial<Block>): void {
    // Every block has the same properties (unused ones undefined), so that code reading blocks meets one shape.
    this.blocks.push({ type, start: from + 1, end: to + 1, level: extra?.level, text: extra?.text, items: extra?.items });
    this.i = to + 1;
  }

  private mask(from: number, to: number): void {
    for (let k = from; k <= to; k++) this.masked[k] = blankOut(this.masked[k]);
  }

  private frontmatter(): void {
    if (this.lines.length < 2 || this.lines[0].trimEnd() !== "---") return;
    for (let k = 1; k < this.lines.length; k++) {
      if (this.lines[k].trimEnd() === "---") {
        this.add("frontmatter", 0, k);
        return;
      }
    }
  }

  private block(): void {
    const line = this.lines[this.i];
    // Most lines are prose: one that starts with a letter opens a table or a paragraph.
    if (startsWithLetter(line)) return startsTable(line, this.lines[this.i + 1]) ? this.table() : this.paragraph();
    if (indentWidth(line) >= 4) return this.indentedCode();
    const fence = fenceOpen(line);
    if (fence) return this.fencedCode(fence);
    if (startsWithMarker(line, "$$")) return this.delimited("math", "$$");
    if (startsWithMarker(line, "%%")) return this.delimited("comment", "%%");
    const heading = atxHeading(line);
    if (heading) return this.add("heading", this.i, this.i, heading);
    if (isThematicBreak(line)) return this.add("thematicBreak", this.i, this.i);
    if (isQuoteLine(line)) return this.quote();
    const marker = listMarker(line);
    // (Indented four or more, the line was code above.)
    if (marker) return this.list(marker);
    const html = htmlBlockStart(line);
    if (html) return this.html(html);
    if (startsTable(line, this.lines[this.i + 1])) return this.table();
    this.paragraph();
  }

  private indentedCode(): void {
    let last = this.i;
    for (let k = this.i + 1; k < this.lines.length; k++) {
      const line = this.lines[k];
      if (isBlank(line)) continue;
      if (indentWidth(line) < 4) break;
      last = k;
    }
    this.add("code", this.i, last);
  }

  private fencedCode(fence: Fence): void {
    let k = this.i + 1;
    while (k < this.lines.length && !closesFence(this.lines[k], fence)) k++;
    this.add("code", this.i, Math.min(k, this.lines.length - 1));
  }

  /** `$$ … $$` math and `%% … %%` comments: closed by the next marker, else the note's end. */
  private delimited(type: "math" | "comment", marker: string): void {
    const line = this.lines[this.i];
    if (!opensDelimited(line, marker)) return this.paragraph();
    if (closingMarker(line, marker) >= 0) return this.add(type, this.i, this.i);
    let k = this.i + 1;
    while (k < this.lines.length && !this.lines[k].includes(marker)) k++;
    this.add(type, this.i, Math.min(k, this.lines.length - 1));
  }

  private html(kind: ReturnType<typeof htmlBlockStart>): void {
    let k = this.i;
    if (kind === "comment" || kind === "raw") {
      // A comment ends at the first line holding `-->` (`<!-->` is one); a raw element at the closing tag of any raw element (CommonMark).
      const ends = kind === "comment" ? (line: string) => line.includes("-->") : (line: string) => RAW_HTML_END.test(line);
      while (k < this.lines.length && !ends(this.lines[k])) k++;
      return this.add("html", this.i, Math.min(k, this.lines.length - 1));
    }
    while (k + 1 < this.lines.length && !isBlank(this.lines[k + 1])) k++;
    this.add("html", this.i, k);
  }

  private quote(): void {
    const first = stripQuoteMarkers(this.lines[this.i]).content;
    const type: BlockType = CALLOUT_MARKER.test(first) ? "callout" : "blockquote";
    let fence: Fence | null = null;
    // Stryker disable next-line BooleanLiteral: equivalent; set by the first line before any line reads it.
    let text = false;
    let k = this.i;
    for (; k < this.lines.length; k++) {
      const line = this.lines[k];
      const quoted = isQuoteLine(line);
      // A line without `>` continues the quote only as a lazy line of its paragraph (the first has one).
      if (isBlank(line) || (!quoted && (!text || this.interruptsParagraph(k, true)))) break;
      const content = quoted ? stripQuoteMarkers(line).content : line;
      if (fence) {
        this.masked[k] = blankOut(line);
        if (closesFence(content, fence)) fence = null;
        continue;
      }
      fence = quoted ? fenceOpen(content) : null;
      if (fence) this.masked[k] = blankOut(line);
      // A lazy line keeps the paragraph open whatever its indentation.
      text = quoted ? isParagraphText(content) : true;
    }
    this.add(type, this.i, k - 1);
  }

  private list(first: ListMarker): void {
    const items: ListItem[] = [];
    let current = first;
    let last = this.i;
    let fence: Fence | null = null;
    /** The content column of the item holding the open fence: its lines are indented at least that far. */
    let fenceBase = 0;
    /** The items open at line `k`, innermost last. */
    const open: ListMarker[] = [];
    // Stryker disable next-line BooleanLiteral: equivalent; set by the first line before any line reads it.
    let text = false;
    /** Line `last` is a top-level item's marker with nothing after it. */
    let bare = false;
    for (let k = this.i; k < this.lines.length; k++) {
      const line = this.lines[k];
      if (fence) {
        // A fence inside an item ends at its closing marker or where the item itself ends.
        if (isBlank(line) || indentWidth(line) >= fenceBase) {
          this.masked[k] = blankOut(line);
          if (!isBlank(line)) last = k;
          if (closesFence(line.slice(fenceBase), fence)) fence = null;
          continue;
        }
        fence = null;
      }
      if (isBlank(line)) continue;
      // `* * *` is a rule, not an item (CommonMark).
      let marker = isThematicBreak(line) ? null : listMarker(line);
      const width = indentWidth(line);
      // Right under text, a marker that would open a list inside the last item but cannot interrupt
      // a paragraph is more of the text (`  -` underlines it).
      const underText = text && k === last + 1;
      const opensSublist = open.length > 0 && width >= open[open.length - 1].contentIndent;
      if (marker && underText && opensSublist && !interruptsAsItem(marker)) marker = null;
      // After a blank line, an item that started empty is over: a marker then is its sibling, whatever its indent.
      const afterBare = bare && k > last + 1;
      const sibling = marker !== null && (width < current.contentIndent || afterBare);
      // (The first line is an item of its own list, like any sibling.)
      if (!this.continuesList(k, marker, sibling, first, current, width, underText)) break;
      // An item that starts empty holds nothing after a blank line: other text ends the list (CommonMark).
      if (!marker && afterBare) break;
      // A lazy line (less indented, no marker) closes no item.
      const lazy = !marker && width < current.contentIndent;
      if (!lazy) while (open.length > 0 && open[open.length - 1].contentIndent > width) open.pop();
      if (marker) {
        items.push({ start: k + 1, end: k + 1, indent: marker.indent });
        if (sibling) current = marker;
        open.push(marker);
      }
      const contentAt = marker ? marker.contentAt : line.length - line.trimStart().length;
      const column = marker ? marker.contentIndent : width;
      // A fence opens within three columns of its item's content (further in, the line is indented code).
      fenceBase = open.length > 0 ? open[open.length - 1].contentIndent : column;
      fence = column - fenceBase < 4 ? fenceAt(line, contentAt) : null;
      if (fence) this.masked[k] = blankOut(line);
      text = lazy || isParagraphText(line.slice(contentAt));
      bare = marker === current && marker.empty;
      last = k;
    }
    for (let n = 0; n < items.length; n++) {
      const item = items[n];
      item.end = n + 1 < items.length ? items[n + 1].start - 1 : last + 1;
      while (item.end > item.start && isBlank(this.lines[item.end - 1])) item.end--;
    }
    this.add("list", this.i, last, { items });
  }

  private continuesList(
    k: number,
    marker: ListMarker | null,
    sibling: boolean,
    first: ListMarker,
    current: ListMarker,
    width: number,
    lazyAllowed: boolean,
  ): boolean {
    // A sibling item with another bullet or delimiter starts a new list, as in CommonMark.
    if (sibling) return marker !== null && marker.kind === first.kind && width <= first.indent + 3;
    if (marker || width >= current.contentIndent) return true;
    return lazyAllowed && !this.interruptsParagraph(k, true);
  }

  private table(): void {
    let k = this.i + 2;
    const rowContinues = (line: string) => !isBlank(line) && indentWidth(line) < 4;
    while (k < this.lines.length && rowContinues(this.lines[k]) && !this.interruptsParagraph(k, true)) k++;
    this.add("table", this.i, k - 1);
  }

  private paragraph(): void {
    let k = this.i + 1;
    while (k < this.lines.length) {
      const line = this.lines[k];
      if (startsWithLetter(line)) {
        if (this.interruptsParagraph(k)) break;
        k++;
        continue;
      }
      if (isBlank(line)) break;
      const setext = setextLevel(line);
      if (setext) {
        const text = this.lines.slice(this.i, k).map((l) => l.trim()).join(" ");
        return this.add("heading", this.i, k, { level: setext, text });
      }
      if (this.interruptsParagraph(k)) break;
      k++;
    }
    this.add("paragraph", this.i, k - 1);
  }

  /**
   * Whether line `k` starts a block that ends a paragraph (CommonMark's interruption rules).
   * `lazy`: the paragraph continues lazily inside a quote, list or table, where (as in
   * markdown-it) any list item ends it and a table does not.
   */
  private interruptsParagraph(k: number, lazy = false): boolean {
    const line = this.lines[k];
    if (startsWithLetter(line)) return !lazy && startsTable(line, this.lines[k + 1]);
    if (indentWidth(line) >= 4) return false;
    if (atxHeading(line) || fenceOpen(line) || isThematicBreak(line) || isQuoteLine(line)) return true;
    if ((startsWithMarker(line, "$$") && opensDelimited(line, "$$")) || (startsWithMarker(line, "%%") && opensDelimited(line, "%%"))) return true;
    const marker = listMarker(line);
    if (marker && (lazy || interruptsAsItem(marker))) return true;
    const html = htmlBlockStart(line);
    if (html && html !== "other") return true;
    return !lazy && startsTable(line, this.lines[k + 1]);
  }
}
