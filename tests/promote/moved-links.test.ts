/** Links a move would break: what the plan names before notes are moved outside Obsidian. */
import { formatMovedLinks, linksBrokenByMoves, movedNameForms, type Move } from "../../src/core/promote/moved-links";

function broken(files: Record<string, string>, moves: Move[]) {
  const notes = Object.entries(files).map(([path, text]) => ({ path, text }));
  return linksBrokenByMoves(moves, Object.keys(files), notes).map((l) => `${l.path}:${l.line} ${l.target} ${l.now} → ${l.after ?? "nothing"}`);
}

const MOVE: Move[] = [{ from: "Incubator/Idea.md", to: "Evergreen/Idea.md" }];

describe("links a move would break", () => {
  test("links by path break, links by name do not", () => {
    const files = {
      "Incubator/Idea.md": "#incubator\nupstream: [[Topic]]\n",
      "Topic.md": [
        "# Topic",
        "[[Idea]] and [[Idea|the idea]] and [[idea#Part]]",
        "[[Incubator/Idea]] and ![[Incubator/Idea.md#Part|shown]]",
        "[link](Incubator/Idea.md) and [encoded](Incubator/Idea%20.md) and [other](Other.md)",
        "`[[Incubator/Idea]]` in code",
        "```",
        "[[Incubator/Idea]]",
        "```",
      ].join("\n"),
      "Other.md": "---\nup: \"[[Incubator/Idea]]\"\n---\nbody\n",
    };
    expect(broken(files, MOVE)).toEqual([
      "Other.md:2 Incubator/Idea Incubator/Idea.md → nothing",
      "Topic.md:3 Incubator/Idea Incubator/Idea.md → nothing",
      "Topic.md:3 Incubator/Idea.md Incubator/Idea.md → nothing",
      "Topic.md:4 Incubator/Idea.md Incubator/Idea.md → nothing",
    ]);
  });

  test("a relative link in a moved note breaks when its folder changes; a link by vault path does not", () => {
    const files = {
      "Incubator/Idea.md": "#incubator\nSee [notes](../Notes/A.md), [b](./B.md) and [[Notes/A]].\n",
      "Incubator/B.md": "b\n",
      "Notes/A.md": "a\n",
    };
    expect(broken(files, [{ from: "Incubator/Idea.md", to: "Deep/Er/Idea.md" }])).toEqual([
      "Incubator/Idea.md:2 ../Notes/A.md Notes/A.md → nothing",
      "Incubator/Idea.md:2 ./B.md Incubator/B.md → nothing",
    ]);
  });

  test("a link by name that the moved note would take over breaks", () => {
    // From Evergreen/, `[[Idea]]` prefers the note in its own folder once one is there.
    const files = { "Incubator/Idea.md": "x\n", "Archive/Idea.md": "old\n", "Evergreen/Index.md": "[[Idea]]\n" };
    const before = broken(files, []);
    expect(before).toEqual([]);
    expect(broken(files, MOVE)).toEqual(["Evergreen/Index.md:1 Idea Archive/Idea.md → Evergreen/Idea.md"]);
  });

  test("no move, nothing broken; links that lead nowhere now are not listed", () => {
    expect(broken({ "A.md": "[[Gone/Note]] [[B]]", "B.md": "" }, MOVE)).toEqual([]);
  });

  test("the names a linking note must hold, as written and URL-encoded", () => {
    expect(movedNameForms([{ from: "Inc/My Idea.md", to: "E/My Idea.md" }])).toEqual(["my idea", "my%20idea"]);
  });

  test("the plan's lines", () => {
    const text = formatMovedLinks(linksBrokenByMoves(MOVE, ["Incubator/Idea.md", "T.md"], [{ path: "T.md", text: "[[Incubator/Idea]]" }]));
    expect(text).toBe("1 link would no longer lead to the same note after the move (links are not rewritten):\n  T.md:1: Incubator/Idea leads to Incubator/Idea.md now, to no note after the move\n");
    expect(formatMovedLinks([])).toBe("");
  });
});
