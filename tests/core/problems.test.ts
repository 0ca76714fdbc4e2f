/** SPEC §3 problems found in a note on its own. */
import { model } from "../helpers/model";

const problems = (text: string) => model(`#incubator\nupstream: [[Up]]\n${text}`).problems.map((p) => `${p.code}@${p.line}`);

describe("note problems (SPEC §3)", () => {
  test.each([
    ["empty bold field", "\n**video links**: \n\n**X** is y.", ["empty-field@4"]],
    ["empty field before ---", "\n**video links**:\n---\n**X** is y.", ["empty-field@4"]],
    ["colon inside the bold", "\n**video links:**\n\n**X** is y.", ["empty-field@4"]],
    ["full-width colon", "\n**链接**：\n\n**X** is y.", ["empty-field@4"]],
    ["full-width colon inside the bold", "\n__链接：__\n\n**X** is y.", ["empty-field@4"]],
    ["empty field at the end of the note", "\n**X** is y.\n\n**links**:", ["empty-field@6"]],
    ["field filled on the next lines", "\n**links**:\n[[A]]\n[[B]]\n\n**X** is y.", []],
    ["field filled on its line", "\n**links**: [[A]]\n\n**X** is y.", []],
    ["empty section", "\n**X** is y.\n### Examples (if any):\n\n## Next\ntext", ["empty-section@5"]],
    ["empty section at the end", "\n**X** is y.\n### Examples", ["empty-section@5"]],
    ["a sub-heading is content", "\n**X** is y.\n## A\n### B\ntext", []],
    ["a rule alone is not content", "\n**X** is y.\n## A\n---\n## B\ntext", ["empty-section@5"]],
    ["encoding damage", "\n**X** is an instanceâ€™s disk.", ["encoding-damage@4"]],
    ["encoding damage Ã©", "\n**Café** is cafÃ©.", ["encoding-damage@4"]],
    ["Latin text is not damage", "\n**Âge** is French for age; **Ã la carte** is not damage either.", []],
    ["nothing to review", "\nJust some prose.", ["no-definitions@1"]],
    ["damage in code is ignored", "\n**X** is y.\n```\nâ€™\n```", []],
    ["a bold label with a colon as a heading is a section, not a field", "\n**X** is y.\n\n## **video links**:", ["empty-section@6"]],
  ])("%s", (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  test("the message names the repair, the first three of a line", () => {
    const [p] = model("#incubator\nupstream: [[U]]\n**X** is an instanceâ€™s disk.").problems;
    expect(p.message).toBe('Text was decoded with the wrong encoding: "â€™" → "’".');
    const [many] = model("#incubator\nupstream: [[U]]\n**X** is cafÃ©, Ã¨, Ã«, Ã¯ and more.").problems;
    expect(many.message).toBe('Text was decoded with the wrong encoding: "Ã©" → "é", "Ã¨" → "è", "Ã«" → "ë".');
  });

  test("an empty field is named without its colon, in either place", () => {
    for (const field of ["**video links**:", "**video links:**", "__链接：__"]) {
      const [p] = model(`#incubator\nupstream: [[U]]\n**X** is y.\n\n${field}\n`).problems;
      const label = field.includes("链接") ? "链接" : "video links";
      expect(p).toEqual({ code: "empty-field", message: `The field "${label}" is empty.`, line: 5, subject: label });
    }
  });

  test("a note with nothing to review says so", () => {
    expect(model("#incubator\nupstream: [[U]]\nJust prose.").problems).toEqual([
      { code: "no-definitions", message: "No definitions, questions or comparisons found.", line: 1 },
    ]);
  });
});
