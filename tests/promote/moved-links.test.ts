/** Links a move would break: what the plan names before notes are moved outside Obsidian. */
import fc from "fast-check";
import { propertyRuns } from "../helpers/property-runs";
import { scanMarkdown } from "../../src/core/markdown/scanner";
import { linksInLine } from "../../src/core/note/links";
import { applyEdits } from "../../src/core/promote/edits";
import { formatMovedLinks, linksBrokenByMoves, movedNameForms, withLinkUpdates, type Move } from "../../src/core/promote/moved-links";
import type { PromotionPlan } from "../../src/core/promote/planner";
import { PathLinkResolver } from "../../src/core/vault/link-resolver";

/** Where every link of every note leads (frontmatter included, code left out), note by note in link order. */
function destinations(paths: string[], notes: { path: string; text: string }[]): Map<string, (string | null)[]> {
  const resolver = new PathLinkResolver();
  for (const p of paths) resolver.add(p);
  return new Map(
    notes.map(({ path, text }) => {
      const scanned = scanMarkdown(text);
      const fm = scanned.blocks[0]?.type === "frontmatter" ? scanned.blocks[0].end : 0;
      const links = scanned.masked.flatMap((m, i) => linksInLine(i < fm ? scanned.lines[i] : m, i + 1));
      return [path, links.filter((l) => l.target).map((l) => resolver.resolve(l.target, path))];
    }),
  );
}

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
    const links = linksBrokenByMoves(MOVE, ["Incubator/Idea.md", "T.md"], [{ path: "T.md", text: "[[Incubator/Idea]]" }]);
    expect(formatMovedLinks(links, false)).toBe("1 link would lead elsewhere after the move:\n  T.md:1: Incubator/Idea leads to Incubator/Idea.md now, to nothing after the move\n");
    expect(formatMovedLinks(links, true)).toMatch(/^1 link would lead elsewhere after the move, and cannot be rewritten:\n/);
    expect(formatMovedLinks([], false)).toBe("");
  });
});

/**
 * Each linking note's text with its links rewritten, checking that every broken link could be
 * rewritten, that an edit replaces only a link's target as written, and that after the moves
 * every link leads where it led.
 */
function rewritten(files: Record<string, string>, moves: Move[]): Record<string, string> {
  const notes = Object.entries(files).map(([path, text]) => ({ path, text }));
  const links = linksBrokenByMoves(moves, Object.keys(files), notes);
  expect(links.filter((l) => !l.edit)).toEqual([]);
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const mine = links.filter((l) => l.path === path && l.edit);
    for (const l of mine) expect(decodeURIComponent(text.slice(l.edit?.from, l.edit?.to))).toBe(l.target);
    if (mine.length > 0) out[path] = applyEdits(text, mine.map((l) => l.edit as NonNullable<(typeof l)["edit"]>));
  }
  const moved = new Map(moves.map((m) => [m.from, m.to]));
  const before = destinations(Object.keys(files), notes);
  const after = Object.entries({ ...files, ...out }).map(([path, text]) => ({ path: moved.get(path) ?? path, text }));
  const now = destinations(after.map((n) => n.path), after);
  for (const [path, led] of before) expect(now.get(moved.get(path) ?? path)).toEqual(led.map((d) => (d === null ? null : (moved.get(d) ?? d))));
  return out;
}

describe("rewriting the links a move breaks", () => {

  test("only the target changes, in the link's own style", () => {
    const files = {
      "Incubator/My Idea.md": "---\nup: \"[[Notes/Topic]]\"\n---\n#incubator\n[topic](../Notes/Topic.md) and [[Notes/Topic]]\n",
      "Notes/Topic.md": [
        "---",
        "child: \"[[Incubator/My Idea]]\"",
        "---",
        "[[Incubator/My Idea]] [[ Incubator/My Idea.md#Part|alias ]] ![[Incubator/My Idea#^block]]",
        "[a](Incubator/My%20Idea.md) [b](<Incubator/My Idea.md#Part> \"title\") [c](../Incubator/My%20Idea.md)",
        "[[My Idea]] by name",
      ].join("\n"),
    };
    const out = rewritten(files, [{ from: "Incubator/My Idea.md", to: "Evergreen/Deep/My Idea.md" }]);
    expect(out).toEqual({
      "Incubator/My Idea.md": "---\nup: \"[[Notes/Topic]]\"\n---\n#incubator\n[topic](../../Notes/Topic.md) and [[Notes/Topic]]\n",
      "Notes/Topic.md": [
        "---",
        "child: \"[[Evergreen/Deep/My Idea]]\"",
        "---",
        "[[Evergreen/Deep/My Idea]] [[ Evergreen/Deep/My Idea.md#Part|alias ]] ![[Evergreen/Deep/My Idea#^block]]",
        "[a](Evergreen/Deep/My%20Idea.md) [b](<Evergreen/Deep/My Idea.md#Part> \"title\") [c](../Evergreen/Deep/My%20Idea.md)",
        "[[My Idea]] by name",
      ].join("\n"),
    });
  });

  test("a name the moved note would take over is written as the path of the note it meant", () => {
    const files = { "Incubator/Idea.md": "x\n", "Archive/Idea.md": "old\n", "Evergreen/Index.md": "[[Idea]] and [i](Idea.md)\n" };
    expect(rewritten(files, MOVE)).toEqual({ "Evergreen/Index.md": "[[Archive/Idea]] and [i](Archive/Idea.md)\n" });
  });

  test("a relative link stays relative, `./` when the note lands in the linking note's folder", () => {
    const files = { "Incubator/Idea.md": "x\n", "Evergreen/Index.md": "[r](../Incubator/Idea.md)\n" };
    expect(rewritten(files, MOVE)).toEqual({ "Evergreen/Index.md": "[r](./Idea.md)\n" });
  });

  test("a plain URL that would need encoding is encoded; one that cannot be written stays listed", () => {
    const files = { "Inc/Idea.md": "x\n", "T.md": "[i](Inc/Idea.md)\n" };
    expect(rewritten(files, [{ from: "Inc/Idea.md", to: "New (2)/Idea.md" }])).toEqual({ "T.md": "[i](New%20%282%29/Idea.md)\n" });
    const links = linksBrokenByMoves([{ from: "Inc/Idea.md", to: "N#1/Idea.md" }], ["Inc/Idea.md", "T.md"], [{ path: "T.md", text: "[[Inc/Idea]]\n" }]);
    expect(links.map((l) => l.edit)).toEqual([null]);
  });

  test("edits join the plan of a file it already changes; links that cannot be rewritten are left", () => {
    const text = "#incubator\n[[Incubator/Idea]]\n";
    const links = linksBrokenByMoves(MOVE, ["Incubator/Idea.md"], [{ path: "Incubator/Idea.md", text }]);
    const plan: PromotionPlan = {
      notes: [],
      moves: MOVE,
      files: [{ path: "Incubator/Idea.md", before: text, edits: [{ from: 1, to: 10, text: "evergreen", reason: "tag" }], after: "#evergreen\n[[Incubator/Idea]]\n" }],
    };
    const { plan: updated, left } = withLinkUpdates(plan, links, new Map([["Incubator/Idea.md", text]]));
    expect(left).toEqual([]);
    expect(updated.files.map((f) => f.after)).toEqual(["#evergreen\n[[Evergreen/Idea]]\n"]);
    const stale = withLinkUpdates(plan, links, new Map([["Incubator/Idea.md", `${text}changed\n`]]));
    expect(stale.left).toEqual(links);
    expect(stale.plan.files).toEqual(plan.files);
  });
});

describe("rewriting: the forms of a target", () => {
  test("path links with a heading, an alias or neither, and a Markdown link with a heading", () => {
    const files = { "Incubator/Idea.md": "x\n", "T.md": "[a](Incubator/Idea.md#Part) [[Incubator/Idea]] [[Incubator/Idea|al]] [[Incubator/Idea#H]]\n" };
    expect(rewritten(files, MOVE)).toEqual({ "T.md": "[a](Evergreen/Idea.md#Part) [[Evergreen/Idea]] [[Evergreen/Idea|al]] [[Evergreen/Idea#H]]\n" });
  });

  test("a name with `.md` inside it keeps its own form, with or without the extension", () => {
    const files = { "Inc/Idea.md notes.md": "x\n", "T.md": "[[Inc/Idea.md notes]] [m](<Inc/Idea.md notes.md>)\n" };
    expect(rewritten(files, [{ from: "Inc/Idea.md notes.md", to: "Evergreen/Idea.md notes.md" }])).toEqual({
      "T.md": "[[Evergreen/Idea.md notes]] [m](<Evergreen/Idea.md notes.md>)\n",
    });
  });

  test("a `./` link of a note beside the moved one climbs out of its folder", () => {
    const files = { "Incubator/Idea.md": "x\n", "Incubator/Index.md": "[r](./Idea.md)\n" };
    expect(rewritten(files, MOVE)).toEqual({ "Incubator/Index.md": "[r](../Evergreen/Idea.md)\n" });
  });

  test("a relative link from a folder named like the note", () => {
    const files = { "Inc/Idea.md": "x\n", "X/Idea.md/Index.md": "[r](../../Inc/Idea.md)\n" };
    expect(rewritten(files, [{ from: "Inc/Idea.md", to: "X/Idea.md" }])).toEqual({ "X/Idea.md/Index.md": "[r](../Idea.md)\n" });
  });

  test("a plain URL stays plain where it can: letters outside ASCII are not encoded", () => {
    const files = { "Inc/Idea.md": "x\n", "T.md": "[i](Inc/Idea.md)\n" };
    expect(rewritten(files, [{ from: "Inc/Idea.md", to: "Ünï/Idea.md" }])).toEqual({ "T.md": "[i](Ünï/Idea.md)\n" });
  });

  test("a wiki link is not URL-decoded: a name that holds `%2B` keeps it", () => {
    const text = "[[Inc/A%2B]]\n";
    const links = linksBrokenByMoves([{ from: "Inc/A%2B.md", to: "E/A%2B.md" }], ["Inc/A%2B.md", "T.md"], [{ path: "T.md", text }]);
    expect(applyEdits(text, links.flatMap((l) => (l.edit ? [l.edit] : [])))).toBe("[[E/A%2B]]\n");
  });

  test("a wiki link to a folder with `<` (allowed outside Obsidian) is rewritten", () => {
    const files = { "Inc/Idea.md": "x\n", "T.md": "[[Inc/Idea]]\n" };
    expect(rewritten(files, [{ from: "Inc/Idea.md", to: "N<1/Idea.md" }])).toEqual({ "T.md": "[[N<1/Idea]]\n" });
  });

  test("a link in angle brackets to a folder with `#` is listed, not rewritten (there `#` starts the heading)", () => {
    const links = linksBrokenByMoves([{ from: "Inc/Idea.md", to: "N#1/Idea.md" }], ["Inc/Idea.md", "T.md"], [{ path: "T.md", text: "[i](<Inc/Idea.md>)\n" }]);
    expect(links.map((l) => [l.target, l.edit])).toEqual([["Inc/Idea.md", null]]);
  });
});

describe("links a move would break: the edges", () => {
  test("a name with `.md` inside it is looked for whole", () => {
    expect(movedNameForms([{ from: "Inc/Idea.md notes.md", to: "E/Idea.md notes.md" }])).toEqual(["idea.md notes", "idea.md%20notes"]);
  });

  test("a link in code on the first line after the frontmatter is not a link", () => {
    expect(broken({ "Incubator/Idea.md": "x\n", "T.md": "---\nup: x\n---\n`[[Incubator/Idea]]` in code\n" }, MOVE)).toEqual([]);
  });

  test("links to the note itself by heading lead nowhere else after a move", () => {
    expect(broken({ "Incubator/Idea.md": "[[#Part]] and [[#^block]]\n# Part\n" }, MOVE)).toEqual([]);
  });

  test("links are listed by note path, then by line; the count says how many", () => {
    const files = { "Incubator/Idea.md": "x\n", "Z.md": "[[Incubator/Idea]]\n", "B.md": "a\n[[Incubator/Idea]]\n[[Incubator/Idea]]\n" };
    const links = linksBrokenByMoves(MOVE, Object.keys(files), Object.entries(files).map(([path, text]) => ({ path, text })));
    expect(links.map((l) => `${l.path}:${l.line}`)).toEqual(["B.md:2", "B.md:3", "Z.md:1"]);
    expect(formatMovedLinks(links, false).split("\n")[0]).toBe("3 links would lead elsewhere after the move:");
    const plan: PromotionPlan = { notes: [], moves: MOVE, files: [{ path: "Incubator/Idea.md", before: "x\n", edits: [], after: "x\n" }] };
    const { plan: updated } = withLinkUpdates(plan, links, new Map(Object.entries(files)));
    expect(updated.files.map((f) => f.path)).toEqual(["B.md", "Incubator/Idea.md", "Z.md"]);
  });
});

describe("rewriting, on any vault", () => {
  test("after the moves, every rewritten link leads where it led, and only the targets changed", () => {
    const folder = fc.constantFrom("", "A", "A/B", "C D", "E (1)");
    const name = fc.constantFrom("Idea", "Note", "My Idea", "x(2)", "Ünï");
    const file = fc.tuple(folder, name).map(([f, n]) => (f ? `${f}/${n}.md` : `${n}.md`));
    const style = fc.constantFrom("wiki-name", "wiki-path", "wiki-path-md", "md-root", "md-encoded", "md-relative", "md-angled", "embed-sub");
    fc.assert(
      fc.property(fc.uniqueArray(file, { minLength: 2, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat(), style), { maxLength: 12 }), folder, fc.nat(), (paths, links, dest, pick) => {
        const texts = new Map(paths.map((p) => [p, "# note\n"]));
        for (const [from, to, kind] of links) {
          const source = paths[from % paths.length];
          const target = paths[to % paths.length];
          texts.set(source, `${texts.get(source)}${linkText(kind, source, target)}\n`);
        }
        const moving = paths[pick % paths.length];
        const moved = `${dest ? `${dest}/` : ""}${moving.slice(moving.lastIndexOf("/") + 1)}`;
        if (moved === moving || paths.some((p) => p.toLowerCase() === moved.toLowerCase())) return;
        rewritten(Object.fromEntries(texts), [{ from: moving, to: moved }]);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});

function linkText(kind: string, source: string, target: string): string {
  const bare = target.replace(/\.md$/, "");
  const name = bare.slice(bare.lastIndexOf("/") + 1);
  const up = source.split("/").length - 1;
  const relative = `${up === 0 ? "./" : "../".repeat(up)}${target}`;
  switch (kind) {
    case "wiki-name":
      return `[[${name}]]`;
    case "wiki-path":
      return `[[${bare}|shown]]`;
    case "wiki-path-md":
      return `[[${target}#Part]]`;
    case "md-root":
      return `[t](${encodeURI(target).replace(/\(/g, "%28").replace(/\)/g, "%29")})`;
    case "md-encoded":
      return `[t](${encodeURI(bare).replace(/\(/g, "%28").replace(/\)/g, "%29")}.md "title")`;
    case "md-relative":
      return `[t](${encodeURI(relative).replace(/\(/g, "%28").replace(/\)/g, "%29")})`;
    case "md-angled":
      return `[t](<${target}>)`;
    default:
      return `![[${bare}#^block]]`;
  }
}
