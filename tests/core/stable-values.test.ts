/**
 * Values written by one run and read by a later one, perhaps of a later version: a promotion
 * journal's fingerprints (finished at the next start) and the date a promotion writes. They must
 * come out the same for the same input on any machine and in any version, so they are pinned.
 */
import { textFingerprint } from "../../src/core/hash";
import { isoDate } from "../../src/core/iso-date";

describe("a text's fingerprint, as a journal keeps it", () => {
  test.each([
    ["", "0:811c9dc55db399ed"],
    ["#incubator\nupstream: [[Top]]\n", "29:8863029d01a17b8e"],
    // Both lanes of this one start with a zero digit: each lane keeps its eight digits.
    ["note 13\n", "8:0bb5f16b0afcc1bb"],
  ])("%j → %s", (text, fingerprint) => {
    expect(textFingerprint(text)).toBe(fingerprint);
  });

  test("one character more, fewer or other changes it", () => {
    const base = textFingerprint("upstream: [[Top]]");
    for (const other of ["upstream: [[Top]] ", "upstream: [[Top]", "upstream: [[Tip]]", "Upstream: [[Top]]"]) expect(textFingerprint(other)).not.toBe(base);
  });
});

describe("the promoted date", () => {
  test.each([
    [new Date(2026, 0, 5, 0, 0, 1), "2026-01-05"],
    [new Date(2026, 11, 31, 23, 59, 59), "2026-12-31"],
  ])("%s → %s (local time)", (date, text) => {
    expect(isoDate(date)).toBe(text);
  });
});
