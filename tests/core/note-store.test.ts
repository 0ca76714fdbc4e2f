/** SPEC §4: reading a store of notes into the index, and the in-memory store the preview page and tests stand on. */
import { defaultCoreSettings } from "../../src/core/settings";
import { loadFiles, loadStore, MemoryNoteStore, type SkippedFile } from "../../src/core/vault/note-store";
import { VaultIndex } from "../../src/core/vault/vault-index";

describe("the in-memory store behaves as a vault folder", () => {
  test("lists notes of any case of `.md`, not other files; a deleted note is gone", async () => {
    const store = new MemoryNoteStore({ "A.md": "a", "B.MD": "bee", "diagram.png": "x" }, 7);
    store.delete("A.md");
    expect(await store.list()).toEqual([{ path: "B.MD", mtime: 7, size: 3 }]);
  });

  test("reading a note that is not there fails with its path; asking whether it exists does not", async () => {
    const store = new MemoryNoteStore();
    await expect(store.read("Gone.md")).rejects.toThrow("No such note: Gone.md");
    expect(await store.readIfExists("Gone.md")).toBeNull();
  });

  test("a rename onto a name taken in another case is refused and moves nothing", async () => {
    const store = new MemoryNoteStore({ "A.md": "a", "Topics/B.md": "b" });
    expect(await store.rename("A.md", "topics/b.md")).toBe(false);
    expect(await store.readIfExists("A.md")).toBe("a");
    expect(await store.rename("A.md", "Topics/C.md")).toBe(true);
    expect(await store.readIfExists("Topics/C.md")).toBe("a");
  });
});

describe("loading a vault reports progress", () => {
  test("every 500 files, with the number done and the total", async () => {
    const files = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`n${i}.md`, "plain"]));
    const seen: [number, number][] = [];
    const result = await loadStore(new MemoryNoteStore(files), new VaultIndex(defaultCoreSettings()), {
      maxBytes: 1000,
      onProgress: (done, total) => void seen.push([done, total]),
    });
    expect(result.count).toBe(1200);
    expect(seen).toEqual([
      [500, 1200],
      [1000, 1200],
    ]);
  });

  test("files too large are reported and kept as link targets, the rest parsed", async () => {
    const store = new MemoryNoteStore({ "Big.md": "x".repeat(50), "A.md": "#incubator\nupstream: [[Big]]\n\n**A** is a." });
    const index = new VaultIndex(defaultCoreSettings());
    const skipped: SkippedFile[] = [];
    await loadFiles(store, await store.list(), index, { maxBytes: 45, skipped });
    expect(skipped).toEqual([{ path: "Big.md", code: "too-large", message: "50 bytes, over the limit of 45" }]);
    expect(index.snapshot().notes[0].upstream).toEqual([{ link: "Big", path: "Big.md" }]);
  });
});
