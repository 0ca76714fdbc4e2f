/** SPEC §7: the promoted date in the note's frontmatter, and the link the upstream note gains. */
import { scanMarkdown } from "../../src/core/markdown/scanner";
import { applyEdits } from "../../src/core/promote/edits";
import { promotedDateEdit } from "../../src/core/promote/note-edits";
import { upstreamLinkEdit } from "../../src/core/promote/upstream-link";

const stamp = (text: string) => applyEdits(text, [promotedDateEdit(text, scanMarkdown(text), "2026-12-04")]);

describe("the promoted date", () => {
  test.each([
    ["an empty note", "", "---\npromoted: 2026-12-04\n---\n"],
    ["a note without frontmatter, CRLF", "body\r\n", "---\r\npromoted: 2026-12-04\r\n---\r\nbody\r\n"],
    ["added before the closing fence", "---\ntitle: X\n---\nbody\n", "---\ntitle: X\npromoted: 2026-12-04\n---\nbody\n"],
    ["an earlier date replaced", "---\npromoted: 2020-01-01\ntitle: X\n---\n", "---\npromoted: 2026-12-04\ntitle: X\n---\n"],
    ["an empty one filled", "---\npromoted:\n---\n", "---\npromoted: 2026-12-04\n---\n"],
    ["a space before the colon", "---\npromoted : 2020-01-01\n---\n", "---\npromoted: 2026-12-04\n---\n"],
    ["another property that starts the same is kept", "---\npromoted_at: 2020\n---\n", "---\npromoted_at: 2020\npromoted: 2026-12-04\n---\n"],
    ["a property that ends the same is kept", "---\nnot-promoted: 2020\n---\n", "---\nnot-promoted: 2020\npromoted: 2026-12-04\n---\n"],
    ["a line of the body is not a property", "---\ntitle: X\n---\npromoted: soon\n", "---\ntitle: X\npromoted: 2026-12-04\n---\npromoted: soon\n"],
  ])("%s", (_name, before, after) => {
    expect(stamp(before)).toBe(after);
  });
});

const link = (text: string, notes: { title: string; names: string[] }[], heading = "Promoted") => {
  const edit = upstreamLinkEdit(text, heading, notes);
  return edit && { after: applyEdits(text, [edit]), reason: edit.reason };
};
const IDEA = { title: "Idea", names: ["idea", "incubator/idea"] };

describe("the link from the upstream note", () => {
  test("a new heading at the end: after a blank line, one line ending, or nothing", () => {
    expect(link("", [IDEA])).toEqual({ after: "## Promoted\n- [[Idea]]\n", reason: "add Promoted with Idea" });
    expect(link("# Topic\n", [IDEA])?.after).toBe("# Topic\n\n## Promoted\n- [[Idea]]\n");
    expect(link("# Topic\nlast", [IDEA])?.after).toBe("# Topic\nlast\n\n## Promoted\n- [[Idea]]\n");
    expect(link("# Topic\r\n", [IDEA, { title: "Other", names: ["other"] }], "  Promoted ")?.after).toBe("# Topic\r\n\r\n## Promoted\r\n- [[Idea]]\r\n- [[Other]]\r\n");
  });

  test("a paragraph that reads like the heading is not the heading", () => {
    expect(link("Promoted\n", [IDEA])?.after).toBe("Promoted\n\n## Promoted\n- [[Idea]]\n");
  });

  test("under the heading, whatever its case and spacing, after its last line that is not blank", () => {
    expect(link("## promoted\n- [[A]]\n   \n\n## Next\n", [IDEA], " Promoted ")).toEqual({ after: "## promoted\n- [[A]]\n- [[Idea]]\n   \n\n## Next\n", reason: "link Idea under  Promoted " });
  });

  test("a link already there, in any form that names the note, is enough", () => {
    expect(link("## Promoted\n- [[A]]\n- [[idea]]", [IDEA])).toBeNull();
    expect(link("## Promoted\n- [[Incubator/Idea.md|the idea]]\n", [IDEA])).toBeNull();
    expect(link("## Promoted\n### 2026\n- [[Idea]]\n## Next\n", [IDEA])).toBeNull();
    expect(link("## Promoted\n- [[Idea.md notes]]\n", [{ title: "Idea.md notes", names: ["idea.md notes"] }])).toBeNull();
  });

  test("a link under another heading does not count", () => {
    expect(link("## Promoted\n- [[A]]\n## Next\n[[Idea]]\n", [IDEA])?.after).toBe("## Promoted\n- [[A]]\n- [[Idea]]\n## Next\n[[Idea]]\n");
  });
});
