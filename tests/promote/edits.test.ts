/** The edits of a plan: applied all at once, and shown to the user as the lines they change. */
import { applyEdits, diffHunks, EditConflict, formatHunks, type TextEdit } from "../../src/core/promote/edits";

const edit = (from: number, to: number, text: string, reason = text || "remove"): TextEdit => ({ from, to, text, reason });

describe("applying edits", () => {
  test("edits given in any order apply at their own offsets; edits that touch are fine", () => {
    expect(applyEdits("abcdef", [edit(4, 6, "X"), edit(0, 2, "Y"), edit(2, 4, "Z")])).toBe("YZX");
  });

  test("edits that overlap are refused, naming both", () => {
    expect(() => applyEdits("abcdef", [edit(0, 3, "", "first"), edit(2, 4, "", "second")])).toThrow(EditConflict);
    expect(() => applyEdits("abcdef", [edit(2, 4, "", "second"), edit(0, 3, "", "first")])).toThrow("two edits overlap (first; second)");
  });
});

describe("the lines an edit changes, as the preview shows them", () => {
  test("two edits on one line are one hunk with both reasons", () => {
    const before = "title\n#seed #incubator #aws\nend\n";
    const hunks = diffHunks(before, [edit(6, 12, "", "remove #seed"), edit(12, 22, "#evergreen", "#incubator → #evergreen")]);
    expect(hunks).toEqual([{ line: 2, removed: ["#seed #incubator #aws"], added: ["#evergreen #aws"], reasons: ["remove #seed", "#incubator → #evergreen"] }]);
    expect(formatHunks("Idea.md", hunks)).toBe("--- Idea.md\n+++ Idea.md\n@@ line 2: remove #seed; #incubator → #evergreen\n-#seed #incubator #aws\n+#evergreen #aws");
  });

  test("edits on lines apart are hunks apart", () => {
    const before = "a\nb\nc\n";
    expect(diffHunks(before, [edit(0, 1, "A"), edit(4, 5, "C")]).map((h) => [h.line, h.removed, h.added])).toEqual([
      [1, ["a"], ["A"]],
      [3, ["c"], ["C"]],
    ]);
  });

  test("an edit over three lines shows all three; a next edit on its last line joins it", () => {
    const before = "one\ntwo\nthree\nfour\n";
    const hunks = diffHunks(before, [edit(2, 10, "_"), edit(11, 13, "EE")]);
    expect(hunks.map((h) => [h.line, h.removed, h.added])).toEqual([[1, ["one", "two", "three"], ["on_rEE"]]]);
  });

  test("an edit that ends on a later line than the one before it widens the hunk", () => {
    const before = "one\ntwo\nthree\nfour\n";
    const hunks = diffHunks(before, [edit(0, 5, "1"), edit(5, 10, "2")]);
    expect(hunks.map((h) => [h.line, h.removed, h.added])).toEqual([[1, ["one", "two", "three"], ["12ree"]]]);
  });

  test("a removed line shows as removed; the last line without a line ending shows whole", () => {
    const before = "keep\n#incubator\nlast line";
    expect(diffHunks(before, [edit(5, 16, "")]).map((h) => [h.line, h.removed, h.added])).toEqual([[2, ["#incubator"], []]]);
    expect(diffHunks(before, [edit(16, 20, "LAST")]).map((h) => [h.line, h.removed, h.added])).toEqual([[3, ["last line"], ["LAST line"]]]);
  });

  test("an insertion at the start of a line is on that line; CRLF lines read as lines", () => {
    const before = "a\r\nb\r\n";
    expect(diffHunks(before, [edit(3, 3, "new ")]).map((h) => [h.line, h.removed, h.added])).toEqual([[2, ["b"], ["new b"]]]);
  });
});
