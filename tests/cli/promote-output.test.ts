/** `incubator promote` and `check --json` as a user reads them: what each option does to the notes, and what is printed. */
import { existsSync, readdirSync } from "fs";
import * as path from "path";
import { FolderNoteStore } from "../../src/cli/folder-store";
import { cli } from "../helpers/cli";
import { readIn, tempVault } from "../helpers/temp-vault";

const idea = (term: string, upstream = "Top") => `#incubator\nupstream: [[${upstream}]]\n\n**${term}** is a thing worth knowing.\n`;
const vaultWith = (files: Record<string, string>) => tempVault({ "Top.md": "# Top\n", ...files });

describe("what promote prints and does", () => {
  test("each note written and moved is named on stdout", async () => {
    const vault = vaultWith({ "Idea.md": idea("Idea") });
    const run = await cli("promote", vault, "Idea.md", "--move-to", "Evergreen");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^written: Idea\.md$/m);
    expect(run.stdout).toMatch(/^moved: Idea\.md → Evergreen\/Idea\.md$/m);
  });

  test("--ready with no note ready says so and writes nothing", async () => {
    const vault = vaultWith({ "Bare.md": "#incubator\n" });
    expect(await cli("promote", vault, "--ready")).toEqual({ code: 0, stdout: "No notes are ready for promotion.\n", stderr: "" });
    expect(readIn(vault, "Bare.md")).toBe("#incubator\n");
  });

  test("--to-tag with only spaces removes the tag, as an empty value does", async () => {
    const vault = vaultWith({ "A.md": idea("A"), "B.md": idea("B") });
    expect((await cli("promote", vault, "A.md", "--to-tag", "")).code).toBe(0);
    expect((await cli("promote", vault, "B.md", "--to-tag", "  ")).code).toBe(0);
    expect(readIn(vault, "A.md")).toBe(idea("A").replace("#incubator\n", ""));
    expect(readIn(vault, "B.md")).toBe(readIn(vault, "A.md").replace("**A**", "**B**"));
  });

  test("--date adds the day of the promotion; --fix-encoding repairs mojibake", async () => {
    const vault = vaultWith({ "Dated.md": idea("Dated"), "Garbled.md": `${idea("Garbled")}Itâ€™s a thing.\n` });
    expect((await cli("promote", vault, "Dated.md", "--date")).code).toBe(0);
    expect(readIn(vault, "Dated.md")).toMatch(/^promoted: \d{4}-\d{2}-\d{2}$/m);
    expect((await cli("promote", vault, "Garbled.md", "--fix-encoding", "--force")).code).toBe(0);
    expect(readIn(vault, "Garbled.md")).toContain("It’s a thing.");
  });

  test("a dry run that refuses a note exits 1; one that refuses none exits 0", async () => {
    const vault = vaultWith({ "Idea.md": idea("Idea"), "Evergreen/Idea.md": "taken\n", "Other.md": idea("Other") });
    expect((await cli("promote", vault, "Idea.md", "--move-to", "Evergreen", "--dry-run")).code).toBe(1);
    expect((await cli("promote", vault, "Other.md", "--move-to", "Evergreen", "--dry-run")).code).toBe(0);
  });

  test("with two notes moved, a note that links only one of them has that link updated", async () => {
    // A link with the folder in it no longer leads anywhere once the note moves.
    const vault = vaultWith({ "Ideas/One.md": idea("One"), "Ideas/Two.md": idea("Two"), "Reader.md": "See [[Ideas/One]].\n" });
    expect((await cli("promote", vault, "Ideas/One.md", "Ideas/Two.md", "--move-to", "Evergreen", "--update-links")).code).toBe(0);
    expect(readIn(vault, "Reader.md")).toMatch(/^See \[\[Evergreen\/One(\|[^\]]*)?\]\]\.\n$/);
  });
});

describe("the promotion journal", () => {
  test("is on disk before the first note is changed, and gone after the last", async () => {
    const vault = vaultWith({ "Idea.md": idea("Idea") });
    const journal = path.join(vault, ".incubator", "promotion-journal.json");
    const seen: boolean[] = [];
    const write = FolderNoteStore.prototype.write;
    const spy = jest.spyOn(FolderNoteStore.prototype, "write").mockImplementation(function (this: FolderNoteStore, p: string, expected: string | null, text: string) {
      if (p === "Idea.md") seen.push(existsSync(journal));
      return write.call(this, p, expected, text);
    });
    try {
      expect((await cli("promote", vault, "Idea.md")).code).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(seen).toEqual([true]);
    expect(existsSync(journal)).toBe(false);
  });

  test("a promotion that has nothing to write writes no journal", async () => {
    const vault = vaultWith({ "Idea.md": idea("Idea"), "Evergreen/Idea.md": "taken\n" });
    const before = readdirSync(vault).sort();
    expect((await cli("promote", vault, "Idea.md", "--move-to", "Evergreen")).code).toBe(1);
    expect(readdirSync(vault).sort()).toEqual(before);
  });
});

describe("check --json", () => {
  test("lists files it could not read with their problem at line 0, before the notes with problems", async () => {
    const vault = vaultWith({ "Bare.md": "#incubator\n", "Fine.md": idea("Fine") });
    require("fs").writeFileSync(path.join(vault, "Binary.md"), Buffer.from([0x23, 0, 1, 2]));
    const run = await cli("check", vault, "--json");
    expect(run.code).toBe(1);
    const listed = JSON.parse(run.stdout) as { path: string; problems: { code: string; line: number }[] }[];
    expect(listed.map((n) => n.path)).toEqual(["Binary.md", "Bare.md"]);
    expect(listed[0].problems).toEqual([{ code: "binary", message: "a binary file, not a note", line: 0 }]);
    expect(listed[1].problems.map((p) => p.code)).toContain("no-upstream");
  });
});
