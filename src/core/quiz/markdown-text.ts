/**
 * Names written into generated Markdown (headings, links, frontmatter) show as they are and do
 * nothing else: a note named `[x](https:evil)` must not become a live link in a quiz note's
 * heading, nor a name with a quote break the frontmatter.
 */

/** Text Markdown shows as written: what would open a link, HTML, code, emphasis or a table cell is escaped (a `>` inside a line is text already). */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<|]/g, "\\$&");
}

/** Characters a wikilink's target cannot hold. */
const NOT_IN_WIKILINK = /[[\]|#^]/;

/**
 * A link to a note: `[[Title]]`, or, for a title a wikilink cannot hold, a Markdown link to the
 * note's path (`<…>` keeps spaces and parentheses in it; `<`, `>` are encoded).
 */
export function noteLink(title: string, path: string): string {
  if (!NOT_IN_WIKILINK.test(title)) return `[[${title}]]`;
  return `[${markdownText(title)}](<${path.replace(/</g, "%3C").replace(/>/g, "%3E")}>)`;
}

/** A YAML double-quoted string. */
export function yamlQuoted(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
