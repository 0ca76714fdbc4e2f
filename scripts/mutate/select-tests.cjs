/**
 * Jest's `filter` in `npm run mutate`: for the mutant being tested, only the test files that
 * reached it in the coverage run (recorded by `record-coverage.cjs`). Any doubt (no mutant, no
 * record of it) keeps every file Jest found, so the worst a stale record can do is cost time.
 */
const { readFileSync, statSync } = require("node:fs");
const path = require("node:path");

let cache = { key: "", byMutant: new Map() };

function byMutant(file) {
  let key;
  try {
    const stat = statSync(file);
    key = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return new Map();
  }
  if (key === cache.key) return cache.byMutant;
  const map = new Map();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const { file: test, mutants } = JSON.parse(line);
    for (const m of mutants) {
      if (!map.has(m)) map.set(m, new Set());
      map.get(m).add(test);
    }
  }
  cache = { key, byMutant: map };
  return map;
}

module.exports = async (testPaths) => {
  const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
  const record = process.env.INCUBATOR_MUTANT_MAP;
  // INCUBATOR_MUTATE_EVERY_FILE=1 turns the selection off, to check it changes no result.
  const selecting = mutant !== undefined && record && process.env.INCUBATOR_MUTATE_EVERY_FILE !== "1";
  const files = selecting ? byMutant(record).get(mutant) : undefined;
  if (!files) return { filtered: testPaths };
  const kept = testPaths.filter((p) => files.has(path.relative(process.cwd(), p)));
  return { filtered: kept.length > 0 ? kept : testPaths };
};
