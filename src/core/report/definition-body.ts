/**
 * A definition's text as shown next to its term (the panel, the overview's glossary): without the
 * term it starts with, which the reader has just read. `Amazon Machine Images (AMIs) serve as the
 * templates…` under **Amazon Machine Images (AMIs)** shows `serve as the templates…`;
 * `AWS Lambda is a service…` shows `a service…`. A text that does not start with the term, or
 * would be left empty, is shown whole.
 */
import type { Definition } from "../note/model";
import { termLabel } from "../note/terms";

const LINKING = /^(?:,\s*)?(?:is|are|refers to|means)\s+/i;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ARTICLE = /^(?:the|an?)\s+/i;

/** The length of `name` at the start of `text` (case aside), when it stands there as a whole word; 0 otherwise. */
function leadLength(text: string, name: string): number {
  // An empty name gives 0, as a name not found does; a text shorter than the name does not match it.
  if (text.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return 0;
  return WORD_CHAR.test(text.charAt(name.length)) ? 0 : name.length;
}

export function definitionBody(d: Definition): string {
  // Longest first (`Amazon Machine Images (AMIs)` before `Amazon Machine Images`), an article allowed before it.
  const names = [termLabel(d), d.term, ...d.aliases].sort((a, b) => b.length - a.length);
  const article = ARTICLE.exec(d.text)?.[0] ?? "";
  for (const start of article ? [0, article.length] : [0]) {
    const text = d.text.slice(start);
    const length = names.reduce((found, name) => found || leadLength(text, name), 0);
    if (length === 0) continue;
    let rest = text.slice(length).trimStart();
    // `Amazon Machine Images (AMIs) serve…` under the term alone: the bracket goes with it.
    // A bracket that never closes (`indexOf` gives -1) leaves the text as it is.
    if (rest.startsWith("(")) rest = rest.slice(rest.indexOf(")") + 1).trimStart();
    rest = rest.replace(LINKING, "");
    // `rest` starts with no space (trimmed, then the linking words taken with theirs).
    return rest === "" || /^[.,;:]/.test(rest) ? d.text : rest;
  }
  return d.text;
}
