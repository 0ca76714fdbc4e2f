/**
 * The test run of `npm run mutate` (Stryker): the unit tests that exercise the source in-process.
 * Left out: the browser test, the crash tests (they kill the built CLI, which a mutant does not
 * reach) and the pathological timings (they measure, and take long).
 */
const base = require("./jest.config.cjs").projects[0];

module.exports = {
  ...base,
  rootDir: __dirname,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, "/tests/hardening/crash\\.test\\.ts$", "/tests/hardening/pathological\\.test\\.ts$", "/tests/cli/reader-thread\\.test\\.ts$"],
  // Type errors are the checker's job: ts-jest only transpiles here, which is several times faster.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }] },
};
