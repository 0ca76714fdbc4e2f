import * as path from "path";
import { buildOverviewNote } from "../../src/core/quiz/overview";
import { verifyApproved } from "../helpers/approval";
import { indexOf } from "../helpers/index";
import type { IndexSnapshot } from "../../src/core/vault/vault-index";

describe("the incubator overview", () => {
  // Built in beforeEach, not while the tests are collected: a mutation run counts only what a test runs.
  let snapshot!: IndexSnapshot;
  let first!: ReturnType<typeof buildOverviewNote>;
  beforeEach(() => {
    snapshot = indexOf().snapshot();
    first = buildOverviewNote(null, "Incubator overview.md", snapshot);
  });

  test("of examples/vault: approved output", () => {
    verifyApproved(first.text, path.join(__dirname, "overview-examples.approved.md"));
  });

  test("is regenerated without change, keeps an edited entry and text outside its region", () => {
    expect(buildOverviewNote(first.text, "Incubator overview.md", snapshot)).toMatchObject({ changed: false, text: first.text });
    const edited = first.text.replace("### Subnetting\n", "### Subnetting\nMy reminder: finish this one.\n") + "\nMy own footer.\n";
    const again = buildOverviewNote(edited, "Incubator overview.md", snapshot);
    expect(again.text).toBe(edited);
    expect(again.edited).toHaveLength(1);
  });

  test("moves the entry of a note that left the incubator under its own heading", () => {
    const without = indexOf().snapshot();
    const fewer = { ...without, notes: without.notes.filter((n) => n.title !== "Subnetting"), groups: without.groups.filter((g) => g.upstream !== null) };
    const next = buildOverviewNote(first.text, "Incubator overview.md", fewer);
    expect(next.retired).toHaveLength(1);
    expect(next.text).toContain("\n## No longer in the incubator\nEntries of notes that left the incubator or were edited here; delete them when you like.\n");
    expect(next.text.indexOf("### Subnetting")).toBeGreaterThan(next.text.indexOf("## No longer in the incubator"));
  });
});

describe("the overview's groups", () => {
  const idea = (up: string) => `#incubator\nupstream: [[${up}]]\n\n**Idea** is a thing.\n`;
  test("two upstreams that are not found are two groups, each merged again as itself", () => {
    const shot = indexOf({ "One.md": idea("Missing A"), "Two.md": idea("Missing B") }).snapshot();
    const text = buildOverviewNote(null, "Incubator overview.md", shot).text;
    const groupIds = [...text.matchAll(/<!--incubator:(group-[0-9a-f]+):/g)].map((m) => m[1]);
    expect(groupIds).toHaveLength(2);
    expect(new Set(groupIds).size).toBe(2);
    expect(buildOverviewNote(text, "Incubator overview.md", shot)).toMatchObject({ changed: false, retired: [], edited: [] });
  });

  test("one note under one upstream: said in the singular; a comparison with only a summary has no empty table", () => {
    const files = {
      "Top.md": "# Top\n",
      "Idea.md": "#incubator\nupstream: [[Top]]\n\n**Widget** is a part.\n\n## Cloud vs Edge\nIn summary, the cloud is far and the edge is near.\n",
    };
    const text = buildOverviewNote(null, "O.md", indexOf(files).snapshot()).text;
    expect(text).toContain("\n1 incubator note under 1 upstream topic; 1 ready for promotion.\n");
    expect(text).toContain("**Cloud vs Edge** [[Idea#Cloud vs Edge]]\n\n> In summary, the cloud is far and the edge is near.\n");
    expect(text).not.toContain("| | |");
  });

  test("a group that is gone whole just goes: only its notes' entries are retired", () => {
    const two = { "A.md": "# A\n", "B.md": "# B\n", "One.md": "#incubator\nupstream: [[A]]\n\n**One** is a thing.\n", "Two.md": "#incubator\nupstream: [[B]]\n\n**Two** is a thing.\n" };
    const before = buildOverviewNote(null, "O.md", indexOf(two).snapshot()).text;
    const after = buildOverviewNote(before, "O.md", indexOf({ "A.md": "# A\n", "B.md": "# B\n", "One.md": two["One.md"] }).snapshot());
    expect(after.retired).toHaveLength(1);
    expect(after.text).not.toContain("## [[B|B]]");
    expect(after.text).toContain("### Two");
  });
});
