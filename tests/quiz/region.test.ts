/**
 * The generated region of a quiz or overview note, merged again: the user's text outside it, their
 * edits inside it and what a review tool wrote are kept; what is no longer generated is retired.
 */
import { mergeRegion, type GeneratedUnit, type RegionInput } from "../../src/core/quiz/region";

const NO_TOOL = { isToolLine: () => false, attachToolLines: (body: string[]) => body };
const input = (units: GeneratedUnit[], extra: Partial<RegionInput> = {}): RegionInput => ({
  units,
  retiredHeading: { id: "retired", lines: ["## Retired"] },
  tool: NO_TOOL,
  frame: { above: ["# Quiz"], below: [] },
  ...extra,
});
const A = { id: "a", lines: ["What is A?", "A letter."] };
const B = { id: "b", lines: ["What is B?", "Another letter."] };
const first = mergeRegion(null, input([A, B])).text;

describe("a note of the user's that has no region yet", () => {
  test.each([
    ["empty", "", ""],
    ["ending with a line ending", "My notes.\n", "My notes.\n\n"],
    ["ending without one", "My notes.", "My notes.\n\n"],
    ["ending with a lone CR", "My notes.\r", "My notes.\r\r"],
    ["with CRLF", "My notes.\r\nMore.", "My notes.\r\nMore.\r\n\r\n"],
  ])("%s: the region is added at the end, touching nothing", (_name, existing, kept) => {
    const eol = existing.includes("\r\n") ? "\r\n" : existing.endsWith("\r") ? "\r" : "\n";
    const region = mergeRegion(null, input([A])).text.split("\n").slice(1).join(eol).replace(/(\r\n|\r|\n)$/, "");
    const merged = mergeRegion(existing, input([A]));
    expect(merged).toMatchObject({ changed: true, added: ["a"] });
    expect(merged.text).toBe(kept + region + eol);
  });
});

describe("merging again", () => {
  test("markers with spaces around them are still found", () => {
    const spaced = first.replace("%% incubator:start %%", "  %% incubator:start %%  ").replace("%% incubator:end %%", "%% incubator:end %% ");
    const merged = mergeRegion(spaced, input([A, B]));
    expect(merged.added).toEqual([]);
    expect(merged.text).toBe(first);
  });

  test("a region whose end marker was lost runs to the end of the note, and gets its end back", () => {
    const cut = first.slice(0, first.indexOf("%% incubator:end %%"));
    expect(mergeRegion(cut, input([A, B])).text).toBe(first);
    expect(mergeRegion(cut.replace(/\n+$/, "\n"), input([A, B])).text).toBe(first);
    const edited = first.replace("Another letter.", "Another letter, edited.");
    const editedCut = edited.slice(0, edited.indexOf("%% incubator:end %%"));
    expect(mergeRegion(editedCut, input([A, B])).text).toBe(mergeRegion(edited, input([A, B])).text);
  });

  test("a region holding nothing and no end", () => {
    expect(mergeRegion("# Quiz\n%% incubator:start %%", input([A])).text).toBe(first.replace(/<!--incubator:b[\s\S]*?(?=%% incubator:end)/, ""));
  });

  test("blank lines added around an entry are layout: it is not an edit", () => {
    const spaced = first.replace("A letter.\n", "A letter.\n\n\n");
    const merged = mergeRegion(spaced, input([A, B]));
    expect(merged.edited).toEqual([]);
    expect(merged.text).toBe(first);
  });

  test("an edited entry is kept as the user wrote it, with the empty line after its marker restored", () => {
    const edited = first.replace(/(<!--incubator:a:[0-9a-f]{8}-->)\n\nWhat is A\?/, "$1\nWhat is A, the letter?");
    const merged = mergeRegion(edited, input([{ id: "a", lines: ["What is A?", "The first letter."] }, B]));
    expect(merged.edited).toEqual(["a"]);
    expect(merged.text).toContain("-->\n\nWhat is A, the letter?\nA letter.\n");
  });

  test("an edited entry whose marker is followed by spaces only gets no second empty line", () => {
    const edited = first.replace(/(<!--incubator:a:[0-9a-f]{8}-->)\n\nWhat is A\?/, "$1\n   \nWhat is A, the letter?");
    expect(mergeRegion(edited, input([A, B])).text).toBe(edited);
  });

  test("text the user put in the region above the first entry stays", () => {
    const withNote = first.replace("%% incubator:start %%\n", "%% incubator:start %%\nMy reminder.\n");
    expect(mergeRegion(withNote, input([A, B])).text).toBe(withNote);
  });
});

describe("retiring what is no longer generated", () => {
  test("an entry no longer generated goes under the retired heading, reported once", () => {
    const once = mergeRegion(first, input([B]));
    expect(once.retired).toEqual(["a"]);
    expect(once.text.indexOf("## Retired")).toBeLessThan(once.text.indexOf("What is A?"));
    expect(once.text.indexOf("What is B?")).toBeLessThan(once.text.indexOf("## Retired"));
    const twice = mergeRegion(once.text, input([B]));
    expect(twice.retired).toEqual([]);
    expect(twice.text).toBe(once.text);
  });

  test("an unedited retired heading takes the new wording", () => {
    const once = mergeRegion(first, input([B])).text;
    const reworded = mergeRegion(once, input([B], { retiredHeading: { id: "retired", lines: ["## No longer generated"] } })).text;
    expect(reworded).toContain("## No longer generated");
    expect(reworded).not.toContain("## Retired");
  });

  test("an edited retired heading is kept as edited", () => {
    const once = mergeRegion(first, input([B])).text;
    const edited = once.replace("## Retired", "## Retired (delete when done)");
    expect(mergeRegion(edited, input([B])).text).toBe(edited);
  });

  test("structure no longer generated goes when unedited, and is retired when edited", () => {
    const withHeading = mergeRegion(null, input([{ id: "group-x", lines: ["## X"] }, A])).text;
    const disposable = (id: string) => id.startsWith("group-");
    const gone = mergeRegion(withHeading, input([A], { disposable }));
    expect(gone).toMatchObject({ retired: [] });
    expect(gone.text).toBe(mergeRegion(null, input([A])).text);
    const edited = mergeRegion(withHeading.replace("## X", "## X, my topic"), input([A], { disposable }));
    expect(edited.retired).toEqual(["group-x"]);
    expect(edited.text).toContain("## X, my topic");
  });

  test("nothing retired, no retired heading", () => {
    expect(mergeRegion(first, input([A, B])).text).not.toContain("## Retired");
  });
});
