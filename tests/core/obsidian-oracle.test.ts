/**
 * Differential test against Obsidian itself: `../shared/oracle` holds the metadata cache the real
 * app computed for 89 notes. Our sections, headings, body tags and frontmatter tags must equal
 * it, except for the differences listed below with their reasons.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { scanMarkdown } from "../../src/core/markdown/scanner";
import { parseFrontmatter } from "../../src/core/note/frontmatter";
import { bodyTags, frontmatterTags } from "../../src/core/note/tags";
import { ORACLE_DIR } from "../helpers/shared";

interface Position {
  start: { line: number; col: number };
  end: { line: number };
}
interface OracleFile {
  filePath: string;
  fileContents: string;
  cachedMetadata: {
    sections?: { type: string; position: Position }[];
    headings?: { heading: string; level: number; position: Position }[];
    tags?: { tag: string; position: Position }[];
  };
  parseFrontMatterTags: string[] | null;
}

/**
 * Where we differ from Obsidian on purpose. SPEC §1: a tag inside a `%% comment %%` does not make
 * a note an incubator note, while Obsidian's cache lists such tags.
 */
const KNOWN_TAG_DIFFERENCES: Record<string, { tag: string; line: number; reason: string }[]> = {
  "comments_markdown_style.json": [
    { tag: "#task", line: 4, reason: "inside a %% comment block (SPEC §1)" },
    { tag: "#i-am-parsed-by-obsidian", line: 7, reason: "inside an inline %% comment (SPEC §1)" },
  ],
  "internal_heading_links.json": [
    {
      tag: "#Escaped",
      line: 42,
      reason: "after an escaped `\\[\\[`: we read a tag only after white space or at a line start, so `[#x` is never a tag",
    },
  ],
};

/**
 * SPEC §1 reads a comma- or space-separated `tags:` string as several tags; the captured Obsidian
 * build returned none for it (it keeps the whole string as one tag and drops it as invalid).
 */
const KNOWN_FRONTMATTER_DIFFERENCES: Record<string, { ours: string[]; reason: string }> = {
  "yaml_tags_with_two_values_on_one_line.json": {
    ours: ["#value-1-of-2-on-one-line", "#value-2-of-2-on-one-line"],
    reason: "comma-separated tags string (SPEC §1)",
  },
};

const SECTION_NAMES: Record<string, string> = { frontmatter: "yaml" };
const files = existsSync(ORACLE_DIR) ? readdirSync(ORACLE_DIR).filter((f) => f.endsWith(".json")).sort() : [];
const load = (file: string) => JSON.parse(readFileSync(path.join(ORACLE_DIR, file), "utf8")) as OracleFile;

describe("agreement with Obsidian's metadata cache", () => {
  test("the oracle is present with its 89 notes", () => {
    expect(files).toHaveLength(89);
  });

  test.each(files)("%s: sections", (file) => {
    const oracle = load(file);
    const ours = scanMarkdown(oracle.fileContents).blocks.map((b) => `${SECTION_NAMES[b.type] ?? b.type} ${b.start - 1}-${b.end - 1}`);
    const theirs = (oracle.cachedMetadata.sections ?? []).map((s) => `${s.type} ${s.position.start.line}-${s.position.end.line}`);
    expect(ours).toEqual(theirs);
  });

  test.each(files)("%s: headings", (file) => {
    const oracle = load(file);
    const ours = scanMarkdown(oracle.fileContents)
      .blocks.filter((b) => b.type === "heading")
      .map((b) => ({ heading: b.text, level: b.level, line: b.start - 1 }));
    const theirs = (oracle.cachedMetadata.headings ?? []).map((h) => ({ heading: h.heading, level: h.level, line: h.position.start.line }));
    expect(ours).toEqual(theirs);
  });

  test.each(files)("%s: body tags", (file) => {
    const oracle = load(file);
    const ours = bodyTags(scanMarkdown(oracle.fileContents).masked).map((t) => ({ tag: `#${t.tag}`, line: t.line - 1, col: t.col }));
    const known = KNOWN_TAG_DIFFERENCES[file] ?? [];
    const theirs = (oracle.cachedMetadata.tags ?? [])
      .map((t) => ({ tag: t.tag, line: t.position.start.line, col: t.position.start.col }))
      .filter((t) => !known.some((k) => k.tag === t.tag && k.line === t.line));
    expect(ours).toEqual(theirs);
  });

  test.each(files)("%s: frontmatter tags", (file) => {
    const oracle = load(file);
    const scanned = scanMarkdown(oracle.fileContents);
    const first = scanned.blocks[0];
    const frontmatter = first?.type === "frontmatter" ? parseFrontmatter(scanned.lines.slice(1, first.end - 1), 2) : null;
    const ours = frontmatterTags(frontmatter).map((t) => `#${t}`);
    const known = KNOWN_FRONTMATTER_DIFFERENCES[file];
    if (known) {
      expect(oracle.parseFrontMatterTags ?? []).toEqual([]);
      expect(ours).toEqual(known.ours);
    } else {
      expect(ours).toEqual(oracle.parseFrontMatterTags ?? []);
    }
  });

  test("each listed difference still exists in the oracle (the list cannot go stale)", () => {
    for (const [file, diffs] of Object.entries(KNOWN_TAG_DIFFERENCES)) {
      const tags = load(file).cachedMetadata.tags ?? [];
      for (const d of diffs) expect(tags.some((t) => t.tag === d.tag && t.position.start.line === d.line)).toBe(true);
    }
  });
});
