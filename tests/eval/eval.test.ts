/**
 * The evaluation of definitions and key points (`npm run eval`) runs on the hand labels and its
 * counts agree with themselves. The figures themselves go in README: this test pins no score.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { score, verdictOf, type LabelFile } from "../../eval/score";
import { parseNote } from "../../src/core/note/parse-note";
import { POINT_KINDS } from "../../src/core/note/model";
import { defaultCoreSettings } from "../../src/core/settings";
import { CORPUS_DIR, corpusPresent } from "../helpers/shared";

const LABELS = path.join(__dirname, "..", "fixtures", "labels");
const files = readdirSync(LABELS).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(path.join(LABELS, f), "utf8")) as LabelFile);

test("the labels: at least 25 corpus notes, every key point kind, each item judged once", () => {
  expect(files.length).toBeGreaterThanOrEqual(25);
  const kinds = new Set(files.flatMap((f) => f.items.filter((i) => i.class === "point").map((i) => i.kind)));
  expect([...kinds].sort()).toEqual([...POINT_KINDS].sort());
  for (const f of files) {
    expect(new Set(f.items.map((i) => i.line)).size).toBe(f.items.length);
    for (const i of f.items) {
      expect(["definition", "point", "neither"]).toContain(i.class);
      if (i.class === "point") expect(POINT_KINDS).toContain(i.kind);
    }
  }
});

(corpusPresent ? test : test.skip)("the evaluation runs on the corpus and its counts are consistent", () => {
  const settings = defaultCoreSettings();
  const labelled = files.map((file) => ({ file, model: parseNote(file.note, readFileSync(path.join(CORPUS_DIR, "notes", file.note), "utf8"), settings) }));
  const result = score(labelled);
  const items = files.reduce((n, f) => n + f.items.length, 0);
  expect(result.items).toBe(items);
  const classes = Object.values(result.classes);
  expect(classes.reduce((n, c) => n + c.gold, 0)).toBe(items);
  expect(classes.reduce((n, c) => n + c.predicted, 0)).toBe(items);
  for (const c of classes) {
    expect(c.correct).toBeLessThanOrEqual(Math.min(c.gold, c.predicted));
    expect(c.precision).toBeGreaterThanOrEqual(0);
    expect(c.recall).toBeLessThanOrEqual(1);
  }
  expect(result.kindAccuracy.compared).toBe(result.classes.point.correct);
  expect(result.misses.length).toBe(items - classes.reduce((n, c) => n + c.correct, 0) + (result.kindAccuracy.compared - result.kindAccuracy.correct));
});

test("an item is read as the model has it: a point by its line, a definition by its name near its line", () => {
  const model = parseNote("N.md", "#incubator\n\n**Widget** is a part.\n\n## Advantages\n- **Speed**: it is fast.\n- **Cost**: it is cheap.\n", defaultCoreSettings());
  expect(verdictOf(model, { line: 6, label: "Speed", class: "point", kind: "advantages" })).toEqual({ verdict: "point", kind: "advantages" });
  expect(verdictOf(model, { line: 3, label: "Widget", class: "definition" })).toEqual({ verdict: "definition" });
  expect(verdictOf(model, { line: 1, label: "Nothing", class: "neither" })).toEqual({ verdict: "neither" });
});
