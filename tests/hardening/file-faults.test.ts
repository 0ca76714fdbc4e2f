/**
 * File faults in the CLI's vault walk: each reported, the rest of the vault still read, nothing
 * unreadable ever written.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { FolderNoteStore } from "../../src/cli/folder-store";
import { loadStore, type NoteFile } from "../../src/core/vault/note-store";
import { defaultCoreSettings } from "../../src/core/settings";
import { VaultIndex } from "../../src/core/vault/vault-index";
import { cli } from "../helpers/cli";
import { readIn, tempVault } from "../helpers/temp-vault";

const idea = (term: string) => `#incubator\nupstream: [[Up]]\n\n**${term}** is a thing.\n`;

function faultyVault(): string {
  const vault = tempVault({ "Up.md": "# Up\n", "Good.md": idea("Good"), ".obsidian/plugin.md": idea("Hidden"), ".trash/old.md": idea("Trashed") });
  writeFileSync(path.join(vault, "Binary.md"), Buffer.from([0x23, 0x69, 0x00, 0x01, 0x02, 0xff]));
  writeFileSync(path.join(vault, "Latin1.md"), Buffer.from("#incubator\n**Caf\xe9** is a place.\n", "latin1"));
  writeFileSync(path.join(vault, "Huge.md"), idea("Huge") + "x".repeat(3000));
  mkdirSync(path.join(vault, "Loop"));
  symlinkSync("..", path.join(vault, "Loop", "up"));
  writeFileSync(path.join(vault, "Locked.md"), idea("Locked"));
  chmodSync(path.join(vault, "Locked.md"), 0o000);
  return vault;
}

const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("file faults in the vault walk", () => {
  test("binary, non-UTF-8, too large, unreadable files and symlink loops are reported; the rest is read", async () => {
    const vault = faultyVault();
    const run = await cli("summary", vault, "--json", "--max-note-bytes", "2000");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).notes.map((n: { path: string }) => n.path)).toEqual(runningAsRoot ? ["Good.md", "Locked.md"] : ["Good.md"]);
    expect(run.stderr).toContain("incubator: skipped Binary.md: binary: a binary file, not a note\n");
    expect(run.stderr).toContain("incubator: skipped Latin1.md: invalid-utf8: not valid UTF-8 text\n");
    expect(run.stderr).toMatch(/incubator: skipped Huge\.md: too-large: \d+ bytes, over the limit of 2000\n/);
    if (!runningAsRoot) expect(run.stderr).toMatch(/incubator: skipped Locked\.md: unreadable: /);
  });

  test("check lists unreadable files as problems and exits 1", async () => {
    const vault = faultyVault();
    const run = await cli("check", vault, "--max-note-bytes", "2000");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Binary.md:0: binary: a binary file, not a note\n");
    expect(run.stdout).toContain("Latin1.md:0: invalid-utf8: not valid UTF-8 text\n");
  });

  test("a file that is not UTF-8 is never written by quiz or promote", async () => {
    const vault = faultyVault();
    const before = Buffer.from("#incubator\n**Caf\xe9** is a place.\n", "latin1");
    await cli("quiz", vault, "--all");
    await cli("promote", vault, "--ready", "--force");
    expect(Buffer.compare(require("fs").readFileSync(path.join(vault, "Latin1.md")), before)).toBe(0);
    expect(readIn(vault, "Good.md").startsWith("#evergreen")).toBe(true);
  });

  test("text is read exactly as its bytes say: a BOM, a real U+FFFD, a NUL after the first 8 KB; bad bytes anywhere are refused", async () => {
    const late = "#incubator\n" + "x".repeat(9000) + "\u0000 late NUL\n";
    const vault = tempVault({ "Bom.md": "\uFEFF#incubator\r\nA\u00a0b\n", "Fffd.md": "A real \uFFFD in text\n", "Late.md": late });
    writeFileSync(path.join(vault, "LateBad.md"), Buffer.concat([Buffer.from("x".repeat(9000)), Buffer.from([0xc3, 0x28])]));
    writeFileSync(path.join(vault, "Nul.md"), Buffer.from("ok\u0000", "utf8"));
    const store = new FolderNoteStore(vault);
    expect(await store.read("Bom.md")).toBe("\uFEFF#incubator\r\nA\u00a0b\n");
    expect(await store.read("Fffd.md")).toBe("A real \uFFFD in text\n");
    expect(await store.read("Late.md")).toBe(late);
    await expect(store.read("LateBad.md")).rejects.toMatchObject({ code: "invalid-utf8" });
    await expect(store.read("Nul.md")).rejects.toMatchObject({ code: "binary" });
  });

  test("UTF-16 and UTF-32 notes are named as such, not as binary files", async () => {
    const text = "#incubator\n**Wide** is a note in a wide encoding.\n";
    const vault = tempVault({ "Plain.md": "#incubator\nupstream: [[Plain]]\n" });
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
    writeFileSync(path.join(vault, "Le.md"), utf16le);
    writeFileSync(path.join(vault, "Be.md"), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
    writeFileSync(path.join(vault, "Wide32.md"), Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(text.split("").flatMap((c) => [c.charCodeAt(0), 0, 0, 0]))]));
    const store = new FolderNoteStore(vault);
    await expect(store.read("Le.md")).rejects.toMatchObject({ code: "utf16", message: expect.stringContaining("a UTF-16 text") });
    await expect(store.read("Be.md")).rejects.toMatchObject({ code: "utf16", message: expect.stringContaining("a UTF-16 text") });
    await expect(store.read("Wide32.md")).rejects.toMatchObject({ code: "utf16", message: expect.stringContaining("a UTF-32 text") });
    const run = await cli("check", vault);
    expect(run.stderr).toContain("incubator: skipped Le.md: utf16: a UTF-16 text, which Obsidian does not read as a note (it reads UTF-8): convert it to UTF-8\n");
  });

  test.each([
    ["UTF-32 big-endian", [0, 0, 0xfe, 0xff, 0, 0, 0, 0x23], "utf16", "a UTF-32 text"],
    ["UTF-16 whose first character ends in a zero byte", [0xff, 0xfe, 0, 0x41, 0x23, 0], "utf16", "a UTF-16 text"],
    ["UTF-16 big-endian whose first character starts with two zero bits", [0xfe, 0xff, 0, 0x23], "utf16", "a UTF-16 text"],
    ["ÿ then a letter", [0xff, 0x41, 0, 0], "binary", "a binary file"],
    ["a letter then þ", [0x41, 0xfe, 0, 0], "binary", "a binary file"],
    ["þ then a letter", [0xfe, 0x41, 0, 0], "binary", "a binary file"],
    ["two zero bytes then þ and a letter", [0, 0, 0xfe, 0x41], "binary", "a binary file"],
    ["a zero byte, a letter, then þÿ", [0, 0x41, 0xfe, 0xff], "binary", "a binary file"],
    ["a letter, a zero byte, then þÿ", [0x41, 0, 0xfe, 0xff], "binary", "a binary file"],
  ])("a file that starts with the bytes of %s is named by what it is", async (_name, bytes, code, what) => {
    const vault = tempVault({ "Plain.md": "#incubator\nupstream: [[Plain]]\n" });
    writeFileSync(path.join(vault, "Odd.md"), Buffer.from(bytes as number[]));
    await expect(new FolderNoteStore(vault).read("Odd.md")).rejects.toMatchObject({ code, message: expect.stringContaining(what as string) });
  });

  test("a file that vanishes mid-scan is reported, and the scan goes on", async () => {
    const store = new FolderNoteStore(tempVault({ "A.md": idea("A"), "B.md": idea("B"), "C.md": idea("C") }));
    const realRead = store.read.bind(store);
    store.read = async (p: string) => {
      if (p === "B.md") require("fs").rmSync(path.join(store.root, "B.md"));
      return realRead(p);
    };
    const index = new VaultIndex(defaultCoreSettings());
    const result = await loadStore(store, index, { maxBytes: 1e6 });
    expect(result.skipped.map((s) => [s.path, s.code])).toEqual([["B.md", "unreadable"]]);
    expect(index.paths().sort()).toEqual(["A.md", "C.md"]);
  });

  test("the walk ignores dot-folders and survives a symlink loop", async () => {
    const store = new FolderNoteStore(faultyVault());
    const files: NoteFile[] = await store.list();
    const paths = files.map((f) => f.path);
    expect(paths.some((p) => p.startsWith(".obsidian") || p.startsWith(".trash"))).toBe(false);
    expect(paths.filter((p) => p.startsWith("Loop/"))).toEqual([]);
  });
});
