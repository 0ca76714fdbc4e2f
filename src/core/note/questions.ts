/** Questions (SPEC §3): question headings, bold question lines and template question pairs. */
import type { QuestionPair } from "../settings";
import type { Question } from "./model";
import { blockLines, blocksPlain, maskedContentOf, opensBold, type NoteDoc, type Section } from "./note-doc";
import { plainText } from "../markdown/plain-text";
import { isComparisonTitle } from "./comparisons";

/** A question with one of these words leans on its context for its subject. */
const PRONOUNS = /\b(?:it|its|it's|they|them|their|this|these|those|that)\b/i;
const BOLD_QUESTION = /^(\*\*|__)([^\n]+?\?)\1\s*$|^(\*\*|__)([^\n]+?)\3\s*\?\s*$/;

function withContext(question: string, context: string): string {
  return PRONOUNS.test(question) && context ? `${context} > ${question}` : question;
}

/** How short a section's own text is when it only announces the sub-headings under it (`Here are some reasons…`). */
const ANNOUNCEMENT_LENGTH = 120;
/** Words that announce a list: a short answer without them is an answer (`It makes training faster.`). */
const ANNOUNCES = /[:：]$|^here (?:are|is)\b|\bthe following\b|\bas follows\b/i;

/**
 * A section's answer: its own text; none, the text of its sub-sections; a line that only
 * announces its sub-headings (`Here are some reasons why developers might choose Redis`, then
 * `#### Performance`, `#### Persistence`…), that line with the sub-headings as a list.
 */
function sectionAnswer(doc: NoteDoc, section: Section): string {
  const own = blocksPlain(doc, section.from, section.directTo);
  if (!own) return blocksPlain(doc, section.from, section.to);
  if (own.length > ANNOUNCEMENT_LENGTH || own.includes("\n") || !ANNOUNCES.test(own)) return own;
  // Its sub-headings: heading blocks after its own text whose section's parent it is.
  const children: Section[] = [];
  for (let i = section.directTo; i < section.to; i++) {
    const sub = doc.sectionOf[i];
    if (sub?.index === i && sub.parent === section && sub.text) children.push(sub);
  }
  return children.length >= 2 ? `${own}\n${children.map((s) => `- ${s.text}`).join("\n")}` : own;
}

function headingQuestions(doc: NoteDoc, out: Question[]): void {
  for (const section of doc.sections) {
    // Plain text only drops characters or keeps a link's own: without a `?` there is no question.
    if (!section.raw.includes("?")) continue;
    const text = plainText(section.raw).replace(/[:：]\s*$/, "").trim();
    if (!text.endsWith("?") || isComparisonTitle(text)) continue;
    const answer = sectionAnswer(doc, section);
    if (!answer) continue;
    const context = section.parent?.text ?? doc.title;
    out.push({ question: withContext(text, context), answer, heading: section.pathText, line: section.line });
  }
}

/**
 * `**What is a Window?**` on a line of its own, answered by the rest of its paragraph and what
 * follows, up to the next heading or bold question.
 */
function boldQuestions(doc: NoteDoc, out: Question[]): void {
  const questionLine = (i: number): string | null => {
    const block = doc.blocks[i];
    if (block.type !== "paragraph") return null;
    const first = maskedContentOf(doc, block.start);
    if (!opensBold(first) || !first.includes("?")) return null;
    const { prose, masked } = blockLines(doc, block.start, block.start);
    if (!BOLD_QUESTION.test(masked)) return null;
    const text = plainText(prose);
    return text.endsWith("?") ? text : null;
  };
  doc.blocks.forEach((block, index) => {
    const question = questionLine(index);
    if (!question) return;
    let end = index + 1;
    while (end < doc.blocks.length && doc.blocks[end].type !== "heading" && !questionLine(end)) end++;
    const rest = block.end > block.start ? plainText(blockLines(doc, block.start + 1, block.end).prose) : "";
    const answer = [rest, blocksPlain(doc, index + 1, end)].filter((t) => t).join("\n");
    if (!answer) return;
    const section = doc.sectionOf[index];
    const context = section?.text ?? doc.title;
    out.push({ question: withContext(question, context), answer, heading: section?.pathText ?? "", line: block.start });
  });
}

/** The vault's template pairs: `### Underlying Question:` answered by `### Solution/Reasoning:`. */
function pairedQuestions(doc: NoteDoc, pairs: readonly QuestionPair[], out: Question[]): void {
  for (const pair of pairs) {
    const q = pair.question.toLowerCase();
    const a = pair.answer.toLowerCase();
    doc.sections.forEach((section, n) => {
      if (section.text.toLowerCase() !== q) return;
      const question = sectionAnswer(doc, section);
      const answerSection = doc.sections.slice(n + 1).find((s) => s.text.toLowerCase() === a);
      const answer = answerSection ? sectionAnswer(doc, answerSection) : "";
      if (!question || !answer) return;
      out.push({ question, answer, heading: section.pathText, line: section.line });
    });
  }
}

export function extractQuestions(doc: NoteDoc, pairs: readonly QuestionPair[]): Question[] {
  const out: Question[] = [];
  headingQuestions(doc, out);
  boldQuestions(doc, out);
  pairedQuestions(doc, pairs, out);
  return out.sort((x, y) => x.line - y.line);
}
