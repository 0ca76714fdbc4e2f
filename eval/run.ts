/**
 * `npm run eval`: the note model against the hand labels, and the malformed-term count over the
 * whole corpus, `examples/vault` and the seed. Prints a table and writes eval/results.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parseNote } from "../src/core/note/parse-note";
import { termIssue } from "../src/core/note/terms";
import { defaultCoreSettings } from "../src/core/settings";
import { score, type LabelFile } from "./score";

const root = path.resolve(__dirname, "..");
const shared = path.resolve(root, "..", "shared");
const corpus = path.join(shared, "corpus", "zettelkasten", "notes");
const settings = defaultCoreSettings();

function markdownFiles(dir: string, rel = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const relPath = rel ? `${rel}/${name}` : name;
    if (readdirSync(dir, { withFileTypes: true }).find((e) => e.name === name)?.isDirectory()) out.push(...markdownFiles(full, relPath));
    else if (name.endsWith(".md")) out.push(relPath);
  }
  return out;
}

/** Every definition term of every note under `dir` that is not clean text, with why. */
function malformed(dir: string, label: string, files = markdownFiles(dir)): { where: string; term: string; issue: string }[] {
  const out: { where: string; term: string; issue: string }[] = [];
  for (const rel of files) {
    const model = parseNote(rel, readFileSync(path.join(dir, rel), "utf8"), settings);
    for (const d of model.definitions) {
      const issue = termIssue(d.term);
      if (issue) out.push({ where: `${label}/${rel}:${d.line}`, term: d.term, issue });
    }
  }
  return out;
}

if (!existsSync(corpus)) {
  console.error(`incubator eval: the corpus is not at ${corpus}`);
  process.exit(2);
}
const labelDir = path.join(root, "tests", "fixtures", "labels");
const labelled = readdirSync(labelDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const file = JSON.parse(readFileSync(path.join(labelDir, f), "utf8")) as LabelFile;
    return { file, model: parseNote(file.note, readFileSync(path.join(corpus, file.note), "utf8"), settings) };
  });
const result = score(labelled);
const bad = [
  ...malformed(corpus, "corpus"),
  ...malformed(path.join(root, "examples", "vault"), "examples/vault"),
  ...malformed(path.join(shared, "seed"), "seed"),
];

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`Labelled: ${result.notes} notes, ${result.items} items`);
console.log(`${pad("class", 12)}${pad("gold", 7)}${pad("found", 7)}${pad("right", 7)}${pad("precision", 11)}recall`);
for (const [name, c] of Object.entries(result.classes)) console.log(`${pad(name, 12)}${pad(c.gold, 7)}${pad(c.predicted, 7)}${pad(c.correct, 7)}${pad(c.precision.toFixed(3), 11)}${c.recall.toFixed(3)}`);
console.log(`Key point kinds: ${result.kindAccuracy.correct} of ${result.kindAccuracy.compared} right (${result.kindAccuracy.accuracy.toFixed(3)})`);
console.log(`Malformed terms (corpus, examples/vault, seed): ${bad.length}`);
for (const b of bad) console.log(`  ${b.where}: "${b.term}" (${b.issue})`);
if (process.argv.includes("--misses")) for (const m of result.misses) console.log(`  ${m.note}:${m.line} ${m.label}: ${m.gold} → ${m.got}`);
writeFileSync(path.join(root, "eval", "results.json"), JSON.stringify({ ...result, malformed: bad }, null, 1) + "\n");
