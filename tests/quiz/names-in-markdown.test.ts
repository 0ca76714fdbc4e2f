/** Note names in generated notes show as they are: no live link, no broken frontmatter (write safety). */
import MarkdownIt from "markdown-it";
import { parse as parseYaml } from "yaml";
import { buildOverviewNote } from "../../src/core/quiz/overview";
import { buildQuizNote, defaultQuizSettings, noteTarget } from "../../src/core/quiz/quiz-note";
import type { NoteReport } from "../../src/core/vault/note-report";
import { indexOf } from "../helpers/index";
import type { IndexSnapshot } from "../../src/core/vault/vault-index";

const note = (term: string) => `#incubator\nupstream: [[Top]]\n\n**${term}** is a thing worth knowing.\n`;
// Built in beforeEach, not as the file loads: a mutation run counts only what a test runs.
let shot!: IndexSnapshot;
beforeEach(() => {
  shot = indexOf({ "Top.md": "# Top\n", "[x](https:evil).md": note("Widget"), 'Say "hi" \\ now.md': note("Greeting") }).snapshot();
});
const md = new MarkdownIt();
const byPath = (p: string) => shot.notes.find((n) => n.path === p) as NoteReport;

test("a note named like a Markdown link is no link in its quiz note or in the overview", () => {
  const quiz = buildQuizNote(null, noteTarget(byPath("[x](https:evil).md"), shot, defaultQuizSettings()), shot, defaultQuizSettings()).text;
  const overview = buildOverviewNote(null, "Incubator overview.md", shot).text;
  // Obsidian shows the frontmatter as properties, not as Markdown: the body is what is rendered.
  const body = (text: string) => (text.startsWith("---\n") ? text.slice(text.indexOf("\n---\n", 4) + 5) : text);
  for (const text of [quiz, overview]) {
    const html = md.render(body(text));
    expect(html).not.toMatch(/href="https:(evil|bad)"/);
    expect(html).toContain("[x](https:evil)");
  }
});

test("a name with quotes and a backslash keeps the quiz note's frontmatter valid", () => {
  const quiz = buildQuizNote(null, noteTarget(byPath('Say "hi" \\ now.md'), shot, defaultQuizSettings()), shot, defaultQuizSettings()).text;
  const frontmatter = quiz.slice(4, quiz.indexOf("\n---", 4));
  expect(parseYaml(frontmatter)).toEqual({ sources: ['[[Say "hi" \\ now]]'] });
});
