// Mutation testing of the core and the CLI (`npm run mutate`; not in CI: it takes long).
// Incremental: a run reuses the results of the last one for code and tests that did not change.
import path from "node:path";

// The tests read ../shared beside the checkout; Stryker runs them from a copy elsewhere.
process.env.INCUBATOR_SHARED ??= path.resolve(import.meta.dirname, "..", "shared");

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ["src/core/**/*.ts", "src/cli/**/*.ts"],
  // What the tests do not need in their copy: generated vaults, builds, reports.
  ignorePatterns: ["bench/vaults", "bench/preview-build", "dist", "main.js", "preview/build", "reports", "tests/artifacts"],
  testRunner: "jest",
  jest: { configFile: "jest.mutate.config.cjs", enableFindRelatedTests: true },
  coverageAnalysis: "perTest",
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["html", "clear-text", "progress", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: "reports/.stryker-tmp",
  cleanTempDir: true,
};
