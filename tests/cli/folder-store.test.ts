/**
 * The CLI's folder listing: notes come in path order as the walk finds them (the CLI's reader
 * thread starts on the first before the last is found), and files that cannot be listed are
 * reported in path order.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { FolderNoteStore } from "../../src/cli/folder-store";
import { tempVault } from "../helpers/temp-vault";

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("the folder listing", () => {
  test("notes come in the order of their full paths, folders and files mixed", async () => {
    // Names around `/` in code-unit order: ` ` `!` `-` `.` come before it, digits and letters after.
    const names = ["a.md", "a b.md", "a!.md", "a-b.md", "a/x.md", "a/b/y.md", "a b/z.md", "a!/w.md", "a-b/v.md", "a0/u.md", "A.md", "B/c.md", "b.md", "é/t.md", "e.md", "a/ x.md", "Deep/1/2/3/n.md", "Deep/1/2.md", "Deep/1 2.md"];
    const vault = tempVault(Object.fromEntries(names.map((n) => [n, `# ${n}\n`])));
    const store = new FolderNoteStore(vault);
    const streamed = [...store.notes()].map((f) => f.path);
    expect(streamed).toEqual([...names].sort(byPath));
    expect((await new FolderNoteStore(vault).list()).map((f) => f.path)).toEqual(streamed);
  });

  test("the other files a listing finds are the attachments, in path order, hidden folders left out", async () => {
    const vault = tempVault({ "b.png": "x", "A/doc.pdf": "x", "A/n.md": "x", ".obsidian/app.json": "{}", "a.canvas": "{}" });
    const store = new FolderNoteStore(vault);
    await store.list();
    expect(store.attachments()).toEqual(["A/doc.pdf", "a.canvas", "b.png"]);
    await store.list();
    expect(store.attachments()).toHaveLength(3);
  });

  test("the walk gives each note as it reaches it, before the rest of the vault is listed", () => {
    const vault = tempVault({ "A/1.md": "x", "B/2.md": "x" });
    const walk = new FolderNoteStore(vault).notes();
    expect(walk.next().value).toMatchObject({ path: "A/1.md" });
    // Folder B is listed only now: a note added there meanwhile is found.
    require("fs").writeFileSync(path.join(vault, "B", "1.md"), "x");
    expect([...walk].map((f) => f.path)).toEqual(["B/1.md", "B/2.md"]);
  });

  test("files that cannot be listed are reported in path order once the walk is done", () => {
    const vault = tempVault({ "Z/ok.md": "x", "A/ok.md": "x" });
    symlinkSync("missing", path.join(vault, "Z", "dangling.md"));
    symlinkSync("missing", path.join(vault, "A", "dangling.md"));
    symlinkSync("missing", path.join(vault, "m.md"));
    const store = new FolderNoteStore(vault);
    expect([...store.notes()].map((f) => f.path)).toEqual(["A/ok.md", "Z/ok.md"]);
    expect(store.skipped.map((s) => `${s.path} ${s.code}`)).toEqual(["A/dangling.md unreadable", "Z/dangling.md unreadable", "m.md unreadable"]);
  });

  test("a write removes what killed earlier writes into its folder left behind, and nothing else", async () => {
    const vault = tempVault({ "A.md": "old\n", "B.md": "b\n" });
    // Process ids above any the system gives out: those writers are gone (to this note or another).
    const dead = [".A.md.incubator-999999999-1.tmp", ".B.md.incubator-999999998-1.tmp"];
    // A running process's (this one's too: a write of its own may be in flight), and names not made as temporary files are.
    const kept = [`.A.md.incubator-${process.ppid}-1.tmp`, `.B.md.incubator-${process.pid}-1.tmp`, ".A.md.incubator-x.tmp", "A.md.incubator-999999999-1.tmp"];
    for (const name of [...dead, ...kept]) require("fs").writeFileSync(path.join(vault, name), "partial");
    expect(await new FolderNoteStore(vault).write("A.md", "old\n", "new\n")).toBe(true);
    const left = require("fs").readdirSync(vault).sort();
    expect(left).toEqual(["A.md", "B.md", ...kept].sort());
    expect(require("fs").readFileSync(path.join(vault, "A.md"), "utf8")).toBe("new\n");
  });
});


test("what a killed write left is removed even when the note needs no new write (it was put in place before the kill)", async () => {
  const vault = tempVault({ "Q.md": "done\n" });
  writeFileSync(path.join(vault, ".Q.md.incubator-999999999-1.tmp"), "done\n");
  const store = new FolderNoteStore(vault);
  expect(await store.readIfExists("Q.md")).toBe("done\n");
  expect(readdirSync(vault)).toEqual(["Q.md"]);
});

describe("creating a note another process creates meanwhile", () => {
  test("the other's file stays, and the write says it did not happen (two quiz runs do not both 'create')", async () => {
    const vault = tempVault({ "A.md": "# A\n" });
    const store = new FolderNoteStore(vault);
    // The other run's file appears after this one looked and found nothing.
    const readIfExists = store.readIfExists.bind(store);
    store.readIfExists = async (p: string) => {
      const seen = await readIfExists(p);
      writeFileSync(path.join(vault, "New.md"), "theirs\n");
      return seen;
    };
    expect(await store.write("New.md", null, "ours\n")).toBe(false);
    expect(readFileSync(path.join(vault, "New.md"), "utf8")).toBe("theirs\n");
    expect(readdirSync(vault).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("a move a killed run left half done", () => {
  test("a target that is the source under a second name is finished; another file of the same text is not overwritten", async () => {
    const vault = tempVault({ "Idea.md": "#evergreen\n", "Other.md": "#evergreen\n", "Done/Other.md": "#evergreen\n" });
    mkdirSync(path.join(vault, "Done"), { recursive: true });
    linkSync(path.join(vault, "Idea.md"), path.join(vault, "Done", "Idea.md"));
    const store = new FolderNoteStore(vault);
    expect(await store.whyNotMove("Idea.md", "Done/Idea.md")).toBeNull();
    expect(await store.rename("Idea.md", "Done/Idea.md")).toBe(true);
    expect(readdirSync(vault).sort()).toEqual(["Done", "Other.md"]);
    expect(await store.whyNotMove("Other.md", "Done/Other.md")).toBe("Done/Other.md exists");
    expect(await store.rename("Other.md", "Done/Other.md")).toBe(false);
    expect(readFileSync(path.join(vault, "Other.md"), "utf8")).toBe("#evergreen\n");
  });
});

/** What a write does on disk, step by step: watched through the file system calls it makes. */
describe("how a write reaches the disk", () => {
  const fsp = (require("fs") as typeof import("fs")).promises;
  const TEMP = /^(.*\/)?\.[^/]+\.incubator-\d+-\d+\.tmp$/;
  let calls: string[];
  let vault: string;
  const rel = (p: unknown) => path.relative(vault, String(p)).split(path.sep).join("/");

  beforeEach(() => {
    calls = [];
    for (const name of ["writeFile", "rename", "link", "copyFile", "rm", "unlink"] as const) {
      const real = fsp[name].bind(fsp) as (...args: unknown[]) => Promise<unknown>;
      jest.spyOn(fsp, name).mockImplementation(((...args: unknown[]) => {
        calls.push(`${name} ${args.slice(0, name === "rename" || name === "link" || name === "copyFile" ? 2 : 1).map(rel).join(" → ")}`);
        return real(...args);
      }) as never);
    }
  });
  afterEach(() => jest.restoreAllMocks());

  test("a changed note: the new bytes go to a hidden file beside it, renamed over the note; the note is never written in place", async () => {
    vault = tempVault({ "Sub/A.md": "old\n" });
    expect(await new FolderNoteStore(vault).write("Sub/A.md", "old\n", "new\n")).toBe(true);
    expect(calls).toHaveLength(2);
    const [write, rename] = calls;
    const temp = write.replace(/^writeFile /, "");
    expect(temp).toMatch(TEMP);
    expect(temp.startsWith("Sub/.A.md.incubator-")).toBe(true);
    expect(rename).toBe(`rename ${temp} → Sub/A.md`);
    expect(readFileSync(path.join(vault, "Sub/A.md"), "utf8")).toBe("new\n");
    expect(readdirSync(path.join(vault, "Sub"))).toEqual(["A.md"]);
  });

  test("a new note: the hidden file is linked into place (which never replaces a file), then removed", async () => {
    vault = tempVault({ "Top.md": "# Top\n" });
    expect(await new FolderNoteStore(vault).write("New.md", null, "fresh\n")).toBe(true);
    const temp = calls[0].replace(/^writeFile /, "");
    expect(temp).toMatch(TEMP);
    expect(calls).toEqual([`writeFile ${temp}`, `link ${temp} → New.md`, `rm ${temp}`]);
    expect(readFileSync(path.join(vault, "New.md"), "utf8")).toBe("fresh\n");
    expect(readdirSync(vault).sort()).toEqual(["New.md", "Top.md"]);
  });

  test("on a file system without hard links, a new note is copied into place, never over a file another process made", async () => {
    vault = tempVault({ "Top.md": "# Top\n" });
    jest.spyOn(fsp, "link").mockRejectedValue(Object.assign(new Error("EPERM: operation not permitted, link"), { code: "EPERM" }));
    const store = new FolderNoteStore(vault);
    expect(await store.write("New.md", null, "fresh\n")).toBe(true);
    expect(readFileSync(path.join(vault, "New.md"), "utf8")).toBe("fresh\n");
    expect(calls.some((c) => c.startsWith("copyFile ") && c.endsWith(" → New.md"))).toBe(true);
    // Another process creates the note after this one looked: its file stays, and the write says it did not happen.
    const readIfExists = store.readIfExists.bind(store);
    store.readIfExists = async (p: string) => {
      const text = await readIfExists(p);
      if (p === "Other.md") writeFileSync(path.join(vault, "Other.md"), "theirs\n");
      return text;
    };
    expect(await store.write("Other.md", null, "mine\n")).toBe(false);
    expect(readFileSync(path.join(vault, "Other.md"), "utf8")).toBe("theirs\n");
    expect(readdirSync(vault).sort()).toEqual(["New.md", "Other.md", "Top.md"]);
  });

  test("a move on a file system without hard links copies the note and removes the old name; a taken target is refused", async () => {
    vault = tempVault({ "Idea.md": "idea\n", "Taken/Idea.md": "other\n" });
    jest.spyOn(fsp, "link").mockRejectedValue(Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" }));
    const store = new FolderNoteStore(vault);
    expect(await store.rename("Idea.md", "Taken/Idea.md")).toBe(false);
    expect(readFileSync(path.join(vault, "Taken/Idea.md"), "utf8")).toBe("other\n");
    expect(await store.rename("Idea.md", "Evergreen/Idea.md")).toBe(true);
    expect(readdirSync(vault).sort()).toEqual(["Evergreen", "Taken"]);
    expect(readFileSync(path.join(vault, "Evergreen/Idea.md"), "utf8")).toBe("idea\n");
  });

  test.each(["EPERM", "ENOTSUP", "EXDEV", "ENOSYS"])("a link refused with %s (no hard links there) falls back to an exclusive copy", async (code) => {
    vault = tempVault({ "Top.md": "# Top\n" });
    jest.spyOn(fsp, "link").mockRejectedValue(Object.assign(new Error(`${code}: link`), { code }));
    expect(await new FolderNoteStore(vault).write("New.md", null, "fresh\n")).toBe(true);
    expect(readdirSync(vault).sort()).toEqual(["New.md", "Top.md"]);
  });

  test("a link that fails for another reason (a disk error) is not taken for a missing feature: the error is raised", async () => {
    vault = tempVault({ "Top.md": "# Top\n" });
    jest.spyOn(fsp, "link").mockRejectedValue(Object.assign(new Error("EIO: i/o error, link"), { code: "EIO" }));
    await expect(new FolderNoteStore(vault).write("New.md", null, "fresh\n")).rejects.toThrow("EIO");
    expect(readdirSync(vault)).toEqual(["Top.md"]);
  });
});
