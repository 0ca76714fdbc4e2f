/**
 * SPEC §6, read as intended by the real tools: our format readers reproduce, case by case and
 * card for card, what the Spaced Repetition plugin's parser (v1.15.4) and Obsidian_to_Anki's
 * scanner (v3.6.0) reported for the cases in `shared/oracle` (read in place, as bytes).
 * One difference is deliberate: Obsidian_to_Anki's `fieldsHtml` (its Markdown-to-HTML
 * formatter's output) is not reproduced; the fields are compared as the scanner split them.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { readAnki } from "../helpers/readers/anki";
import { readSpacedRepetition } from "../helpers/readers/spaced-repetition";
import { SHARED } from "../helpers/shared";

function cases(tool: string): { name: string; text: string; expected: Record<string, unknown> }[] {
  const dir = path.join(SHARED, "oracle", tool);
  return readdirSync(path.join(dir, "cases"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(path.join(dir, "cases", name), "utf8"),
      expected: JSON.parse(readFileSync(path.join(dir, "expected", name.replace(/\.md$/, ".json")), "utf8")) as Record<string, unknown>,
    }));
}

describe("the Spaced Repetition reader reproduces the plugin's parser", () => {
  const all = cases("spaced-repetition");

  test("the oracle folder is there, whole (71 cases, 110 cards)", () => {
    expect(all).toHaveLength(71);
    expect(all.reduce((n, c) => n + (c.expected.cards as unknown[]).length, 0)).toBe(110);
  });

  test.each(all.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect({ case: c.name, cards: readSpacedRepetition(c.text) }).toEqual(c.expected);
  });
});

describe("the Obsidian_to_Anki reader reproduces the plugin's scanner", () => {
  const all = cases("obsidian-to-anki");
  const settings = JSON.parse(readFileSync(path.join(SHARED, "oracle", "obsidian-to-anki", "settings.json"), "utf8")) as { scanData: { EXISTING_IDS: number[] } };
  const withoutHtml = (notes: unknown) => (notes as Record<string, unknown>[]).map(({ fieldsHtml: _html, ...rest }) => rest);

  test("the oracle folder is there, whole (38 cases, 46 notes)", () => {
    expect(all).toHaveLength(38);
    expect(all.reduce((n, c) => n + (c.expected.notes as unknown[]).length + ((c.expected.inlineNotes as unknown[] | undefined)?.length ?? 0), 0)).toBe(46);
  });

  test.each(all.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const read = readAnki(c.text, settings.scanData.EXISTING_IDS);
    const { inlineNotes, ...rest } = read;
    const expected = c.expected;
    expect({ case: c.name, ...rest, notes: rest.notes, ...(inlineNotes.length > 0 || expected.inlineNotes ? { inlineNotes } : {}) }).toEqual({
      ...expected,
      notes: withoutHtml(expected.notes),
      ...(expected.inlineNotes ? { inlineNotes: withoutHtml(expected.inlineNotes) } : {}),
    });
  });
});
