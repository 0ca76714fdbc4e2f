/**
 * A definition's text as shown next to its term (the panel, the overview's glossary): without the
 * term it starts with, which the reader has just read. `Amazon Machine Images (AMIs) serve as the
 * templates…` under **Amazon Machine Images (AMIs)** shows `serve as the templates…`;
 * `AWS Lambda is a service…` shows `a service…`. A text that does not start with the term, or
 * would be left empty, is shown whole.
 */
import type { Definition } from "../note/model";

const LINKING = /^(?:,\s*)?(?:is|are|refers to|means)\s+/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function definitionBody(d: Definition): string {
  const names = [d.aliases.length > 0 ? `${d.term} (${d.aliases.join(", ")})` : "", d.term, ...d.aliases].filter((n) => n.trim() !== "");
  // Longest first, an article allowed before it, and only a whole word: `Vector` does not start `Vectors are…`.
  const lead = new RegExp(`^(?:(?:the|an?)\\s+)?(?:${names.sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])\\s*(?:\\([^)]*\\))?`, "iu");
  const m = lead.exec(d.text);
  if (!m) return d.text;
  const rest = d.text.slice(m[0].length).trimStart().replace(LINKING, "");
  return rest.trim() === "" || /^[.,;:]/.test(rest) ? d.text : rest;
}
