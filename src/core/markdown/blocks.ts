/** What the block scanner finds in a note: its blocks, line by line. */
export type BlockType =
  | "frontmatter"
  | "heading"
  | "paragraph"
  | "list"
  | "blockquote"
  | "callout"
  | "table"
  | "code"
  | "math"
  | "comment"
  | "html"
  | "thematicBreak";

export interface ListItem {
  /** 1-based lines, inclusive. */
  start: number;
  end: number;
  indent: number;
}

export interface Block {
  type: BlockType;
  /** 1-based first line. */
  start: number;
  /** 1-based last line, inclusive. */
  end: number;
  /** Heading level (1–6). */
  level?: number;
  /** Heading text as written (Markdown kept). */
  text?: string;
  /** The items of a list, in order (nested items included). */
  items?: ListItem[];
}

export interface ScannedNote {
  bom: boolean;
  lines: string[];
  /** Lines with code, math, comments and frontmatter blanked (inline code spans too). */
  masked: string[];
  /** Lines with code blocks, math, comments and frontmatter blanked, inline code kept. */
  prose: string[];
  blocks: Block[];
}

