/** Text in, note model out: the one entry point to everything SPEC §3 extracts. */
import { pushAll } from "../arrays";
import { scanMarkdown } from "../markdown/scanner";
import type { CoreSettings } from "../settings";
import { extractComparisons } from "./comparisons";
import { extractDefinitions } from "./definitions";
import { classifyRuns } from "./key-points";
import { mayHoldDamage } from "./encoding";
import { parseFrontmatter, type Frontmatter } from "./frontmatter";
import { linksInLine, type Link } from "./links";
import type { NoteModel, Problem } from "./model";
import { buildNoteDoc } from "./note-doc";
import { noteProblems } from "./problems";
import { extractQuestions } from "./questions";
import { bodyTags, frontmatterTags, matchesTag } from "./tags";
import { findUpstream } from "./upstream";

export function titleOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

export function parseNote(path: string, text: string, settings: CoreSettings): NoteModel {
  const scanned = scanMarkdown(text);
  const first = scanned.blocks[0];
  let frontmatter: Frontmatter | null = null;
  let bodyStart = 0;
  if (first?.type === "frontmatter") {
    frontmatter = parseFrontmatter(scanned.lines.slice(1, first.end - 1), 2);
    bodyStart = first.end;
  }
  const title = titleOf(path);
  const inBody = bodyTags(scanned.masked);
  const tags = [...frontmatterTags(frontmatter), ...inBody.map((t) => t.tag)];
  const isIncubator = tags.some((t) => matchesTag(t, settings.tag));
  const tagLine = inBody.find((t) => matchesTag(t.tag, settings.tag))?.line ?? 0;

  const upstream = findUpstream(scanned.masked, bodyStart, frontmatter, settings.upstreamKeys);
  const doc = buildNoteDoc(title, scanned, settings.upstreamKeys);
  const classified = classifyRuns(doc);
  const definitions = extractDefinitions(doc, classified);
  const questions = extractQuestions(doc, settings.questionPairs);
  const comparisons = extractComparisons(doc);
  const links: Link[] = [];
  for (let i = bodyStart; i < scanned.masked.length; i++) {
    // Most lines hold no link: skip them before any list is made.
    if (scanned.masked[i].includes("[")) pushAll(links, linksInLine(scanned.masked[i], i + 1));
  }

  const problems: Problem[] = [];
  if (!upstream || upstream.targets.length === 0) {
    problems.push({
      code: "no-upstream",
      message: upstream ? "The upstream field is empty." : "The note names no upstream note.",
      line: upstream?.line ?? 1,
    });
  }
  pushAll(problems, noteProblems(doc, definitions.length + questions.length + comparisons.length > 0, mayHoldDamage(text)));

  return {
    path,
    title,
    isIncubator,
    tags,
    tagLine,
    upstream,
    outline: doc.sections.map((s) => ({ level: s.level, text: s.text, line: s.line })),
    definitions,
    points: classified.points,
    questions,
    comparisons,
    links,
    problems: problems.sort((a, b) => a.line - b.line || a.code.localeCompare(b.code)),
  };
}
