/**
 * The test fake behaves as the app: links resolve as Obsidian resolved them in the real app (the
 * oracle), the metadata cache fills in the background, writes throw where the app throws, a move
 * rewrites links, an open note has an editor. Each behaviour here is one the plugin's tests rely on.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { MarkdownView } from "obsidian";
import type { TFile } from "obsidian-test-mocks/obsidian";
import { lookupOf, obsidianLinkDest } from "../helpers/faithful-app";
import { fakeApp, openInEditor } from "../helpers/fake-obsidian";
import { ORACLE_DIR } from "../helpers/shared";

interface OracleNote {
  filePath: string;
  resolveLinkToPath: Record<string, string | null>;
}

const fileOf = (p: string) => {
  const name = p.slice(p.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return { path: p, name, basename: dot > 0 ? name.slice(0, dot) : name, extension: dot > 0 ? name.slice(dot + 1) : "" };
};

describe("link resolution, as Obsidian resolved these links in the real app", () => {
  const oracle = readdirSync(ORACLE_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(readFileSync(path.join(ORACLE_DIR, f), "utf8")) as OracleNote);
  // The vault: every note captured, and every file a link was seen to reach.
  const paths = new Set(oracle.map((n) => n.filePath));
  for (const note of oracle) for (const to of Object.values(note.resolveLinkToPath)) if (to) paths.add(to);
  const files = lookupOf([...paths].map(fileOf));
  const cases = oracle.flatMap((n) => Object.entries(n.resolveLinkToPath).map(([link, to]) => [n.filePath, link, to] as const));

  test("there are cases of every kind: other letter case, partial paths, headings, attachments, broken", () => {
    expect(cases.length).toBeGreaterThan(40);
    expect(cases.some(([, link, to]) => to && link.split("#")[0] && !to.toLowerCase().includes(link.split("#")[0].toLowerCase()))).toBe(false);
    expect(cases.some(([, link, to]) => to && link !== link.toLowerCase() && to.toLowerCase().includes(link.toLowerCase()) && !to.includes(link))).toBe(true);
    expect(cases.some(([, , to]) => to === null)).toBe(true);
  });

  test.each(cases)("from %s, [[%s]] → %s", (from, link, to) => {
    const linkpath = link.includes("#") ? link.slice(0, link.indexOf("#")) : link;
    expect(obsidianLinkDest(files, linkpath, from)?.path ?? null).toBe(to);
  });

  test("among notes of one name: the linking note's folder first, else the one nearest the root", () => {
    const lookup = lookupOf(["A/B/Note.md", "C/Note.md", "Deep/er/Note.md", "Note.md"].map(fileOf));
    const nested = lookupOf(["A/B/Note.md", "C/Note.md", "Deep/er/Note.md"].map(fileOf));
    expect(obsidianLinkDest(nested, "Note", "A/B/Other.md")?.path).toBe("A/B/Note.md");
    expect(obsidianLinkDest(nested, "Note", "X/Other.md")?.path).toBe("C/Note.md");
    expect(obsidianLinkDest(lookup, "Note", "X/Other.md")?.path).toBe("Note.md");
    expect(obsidianLinkDest(lookup, "er/Note", "X/Other.md")?.path).toBe("Deep/er/Note.md");
    expect(obsidianLinkDest(lookup, "../Note", "C/x.md")?.path).toBe("Note.md");
    expect(obsidianLinkDest(lookup, "b/note", "X/Other.md")?.path).toBe("A/B/Note.md");
  });
});

describe("the fake app", () => {
  test("the metadata cache has no entry until a note is indexed, and says `changed` a task after a write", async () => {
    const fake = fakeApp({ "A.md": "#incubator\n", "B.md": "x\n" });
    expect(fake.app.metadataCache.getFileCache(fake.file("A.md"))).toBeNull();
    const changed: string[] = [];
    fake.app.metadataCache.on("changed", (file: unknown) => void changed.push((file as TFile).path));
    let resolved = 0;
    fake.app.metadataCache.on("resolved", () => void resolved++);
    await fake.indexed();
    expect(fake.app.metadataCache.getFileCache(fake.file("A.md"))).not.toBeNull();
    expect(resolved).toBe(1);
    changed.length = 0;
    await fake.app.vault.modify(fake.file("B.md"), "y\n");
    expect(changed).toEqual([]);
    await fake.indexed();
    expect(changed).toEqual(["B.md"]);
  });

  test("create, createFolder and rename throw on a taken path, in any letter case, and on a forbidden name", async () => {
    const fake = fakeApp({ "Notes/A.md": "a\n", "B.md": "b\n" });
    const vault = fake.app.vault;
    await expect(vault.create("notes/a.md", "")).rejects.toThrow("File already exists.");
    await expect(vault.create("What?.md", "")).rejects.toThrow("File name cannot contain");
    await expect(vault.createFolder("NOTES")).rejects.toThrow("Folder already exists.");
    await expect(vault.rename(fake.file("B.md"), "notes/A.md")).rejects.toThrow("Destination file already exists!");
    await vault.rename(fake.file("B.md"), "b2.md");
    expect(vault.getAbstractFileByPath("b2.md")).not.toBeNull();
  });

  test("renameFile rewrites the links that no longer reach the note, and leaves those that do", async () => {
    const fake = fakeApp({ "Up.md": "- [[Idea]]\n- [[Idea#Part|the idea]]\n- [[Solo]]\n", "Idea.md": "x\n", "Other/Idea.md": "y\n", "Far.md": "[[Other/Idea]]\n", "Solo.md": "z\n" });
    // Deeper than Other/Idea.md, which "Idea" alone then leads to: links to it are written with its path.
    await fake.app.fileManager.renameFile(fake.file("Idea.md"), "Deep/er/Idea.md");
    expect(await fake.app.vault.read(fake.file("Up.md"))).toBe("- [[Deep/er/Idea]]\n- [[Deep/er/Idea#Part|the idea]]\n- [[Solo]]\n");
    expect(await fake.app.vault.read(fake.file("Far.md"))).toBe("[[Other/Idea]]\n");
    // "Solo" still leads to the note after the move: the link stays as it is.
    await fake.app.fileManager.renameFile(fake.file("Solo.md"), "Archive/Solo.md");
    expect(await fake.app.vault.read(fake.file("Up.md"))).toContain("- [[Solo]]\n");
  });

  test("an open note has an editor: typing stays there until saved, a change on disk reloads it, the last note opened stays the active file", async () => {
    const fake = fakeApp({ "A.md": "one\ntwo\nthree\n" });
    await openInEditor(fake, "A.md");
    const view = fake.api.workspace.getActiveViewOfType(MarkdownView)!;
    const editor = view.editor;
    editor.setCursor({ line: 2, ch: 1 });
    editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: "ONE!" }] });
    expect(editor.getCursor()).toEqual({ line: 2, ch: 1 });
    expect(await fake.app.vault.read(fake.file("A.md"))).toBe("one\ntwo\nthree\n");
    await view.save();
    expect(await fake.app.vault.read(fake.file("A.md"))).toBe("ONE!\ntwo\nthree\n");
    await fake.app.vault.modify(fake.file("A.md"), "changed\non disk\nthree\n");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(editor.getValue()).toBe("changed\non disk\nthree\n");
    expect(editor.getCursor()).toEqual({ line: 0, ch: 0 });
    fake.api.workspace.setActiveLeaf(fake.api.workspace.getRightLeaf(false)!);
    expect(fake.app.workspace.getActiveFile()?.path).toBe("A.md");
  });
});
