// Mutation testing of the core and the CLI (`npm run mutate`, scripts/mutate.mjs; not in CI: it
// takes hours the first time). The script runs Stryker once per group of files below, each with its
// own incremental file (in mutation/, committed): an interrupted run loses only the group it was in,
// and a rerun after a change tests again only the mutants of changed code or of code whose tests changed.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

// The tests read ../shared beside the checkout; Stryker runs them from a copy elsewhere.
process.env.INCUBATOR_SHARED ??= path.resolve(import.meta.dirname, "..", "shared");
// Every test that reaches a mutant runs, to the end (Jest cannot stop at a first failure): property
// tests try a tenth of their inputs here (tests/helpers/property-runs.ts), else the fuzz tests alone
// would cost some 15 seconds for each mutant of the scanner.
process.env.INCUBATOR_PROPERTY_SCALE ??= "0.1";

/** Groups of files, each one Stryker run. */
export const GROUPS = {
  // The process entry and the reader thread's entry run only as a process or a thread of their
  // own, where Stryker sees no coverage: what they call is mutated where it lives.
  cli: ["src/cli/**/*.ts", "!src/cli/index.ts", "!src/cli/read-worker.ts"],
  // The scanner alone: every test reaches it, so its mutants are the slowest to test (about 1,600 in
  // the folder, near three hours); as two groups, an interrupted run loses at most half of that.
  "markdown-scanner": ["src/core/markdown/scanner.ts"],
  // The scanner's helpers, also reached by every test: line kinds, and inline text (masks, plain text).
  "markdown-lines": ["src/core/markdown/{line-kinds,lines,blocks}.ts"],
  "markdown-inline": ["src/core/markdown/{inline-mask,plain-text}.ts"],
  // The note model in five groups of 300 to 650 lines (up to some 900 mutants, an hour and a half each).
  "note-doc": ["src/core/note/note-doc.ts"],
  "note-front": ["src/core/note/{frontmatter,parse-note,model}.ts"],
  "note-meta": ["src/core/note/{tag-screen,upstream,tags,links,encoding,problems}.ts"],
  "note-text": ["src/core/note/{terms,definitions,defines-label,questions}.ts"],
  "note-points": ["src/core/note/{labelled-items,key-points,point-names,comparisons}.ts"],
  quiz: ["src/core/quiz/**/*.ts"],
  promote: ["src/core/promote/**/*.ts"],
  vault: ["src/core/vault/**/*.ts"],
  "core-other": ["src/core/*.ts", "src/core/report/**/*.ts"],
};

const group = process.env.INCUBATOR_MUTATE_GROUP ?? "all";
const mutate = group === "all" ? Object.values(GROUPS).flat() : GROUPS[group];
if (!mutate) throw new Error(`No mutation group "${group}" (groups: ${Object.keys(GROUPS).join(", ")})`);

// Which test files reach each mutant, recorded afresh by each run's coverage run (mutant ids are
// numbered per run): scripts/mutate/record-coverage.cjs writes it, select-tests.cjs reads it.
const mutantMap = path.resolve(import.meta.dirname, "reports", "stryker", `${group}.tests.jsonl`);
mkdirSync(path.dirname(mutantMap), { recursive: true });
rmSync(mutantMap, { force: true });
process.env.INCUBATOR_MUTANT_MAP = mutantMap;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate,
  // What the tests do not need in their copy: generated vaults, preview builds, reports. `dist/cli.js`
  // stays: three CLI tests compare the built CLI with the one run in-process.
  ignorePatterns: ["bench/vaults", "bench/preview-build", "main.js", "preview/build", "reports", "tests/artifacts"],
  testRunner: "jest",
  jest: { configFile: "jest.mutate.config.cjs", enableFindRelatedTests: true },
  coverageAnalysis: "perTest",
  // A mutant in a module-level constant (a cue list, a pattern) runs while the module loads, so
  // Stryker cannot tell which tests reach it and runs every test for each: those alone would take
  // a day on two cores. They are left out of the score (the script prints how many).
  ignoreStatic: true,
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  // Kept in the repository (without the failure messages: scripts/mutate.mjs drops them), so that a
  // fresh checkout tests again only what changed since the last run instead of starting over.
  incremental: true,
  incrementalFile: `mutation/${group}.incremental.json`,
  reporters: ["html", "json", "progress"],
  htmlReporter: { fileName: `reports/mutation/${group}.html` },
  jsonReporter: { fileName: `reports/mutation/${group}.json` },
  // Two test runners and two type checkers (half each): the checkers are idle most of the time.
  concurrency: 4,
  timeoutMS: 8000,
  tempDirName: `reports/.stryker-tmp-${group}`,
  cleanTempDir: true,
};
