/** Writing the overview note: where it goes, what a rerun and a dry run do. */
import { writeOverview } from "../../src/core/quiz/quiz-service";
import { MemoryNoteStore } from "../../src/core/vault/note-store";
import { indexOf } from "../helpers/index";

const FILES = { "Idea.md": "#incubator\nupstream: [[Top]]\n\n**Widget** is a small part.\n", "Top.md": "# Top\n" };

describe("the overview note", () => {
  test.each([
    ["Reviews/Overview", "Reviews/Overview.md"],
    ["Reviews/Overview.MD", "Reviews/Overview.MD"],
    ["Overview.md.bak", "Overview.md.bak.md"],
  ])("%j is written at %j", async (given, path) => {
    const store = new MemoryNoteStore({ ...FILES });
    const outcome = await writeOverview(store, given, indexOf(FILES).snapshot());
    expect(outcome).toMatchObject({ path, status: "created" });
    expect(await store.readIfExists(path)).toContain("# Incubator overview");
  });

  test.each(["", ".", "x/..", "Reviews/.md", ".hidden.md"])("%j names no note: refused, nothing written", async (given) => {
    const store = new MemoryNoteStore({ ...FILES });
    await expect(writeOverview(store, given, indexOf(FILES).snapshot())).rejects.toThrow("names no note");
    expect((await store.list()).map((f) => f.path).sort()).toEqual(["Idea.md", "Top.md"]);
  });

  test("written again unchanged; a dry run writes nothing", async () => {
    const store = new MemoryNoteStore({ ...FILES });
    const shot = indexOf(FILES).snapshot();
    expect((await writeOverview(store, "O.md", shot, true)).status).toBe("created");
    expect(await store.readIfExists("O.md")).toBeNull();
    await writeOverview(store, "O.md", shot);
    expect((await writeOverview(store, "O.md", shot)).status).toBe("unchanged");
  });
});
