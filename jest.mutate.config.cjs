/**
 * The test run of `npm run mutate` (Stryker): the tests that exercise the core and the CLI
 * in-process, in Node. For every mutant Stryker has Jest load each test file that imports the
 * mutated file, so what a file costs to load is paid thousands of times: the DOM environment and
 * the plugin's tests (which reach the core only through the glue that is not mutated) are left out.
 * Also left out: the browser test, the crash tests (they kill the built CLI, which a mutant does
 * not reach) and the pathological inputs (timings and sizes: they take seconds, paid again for each mutant).
 */
const base = require("./jest.config.cjs").projects[0];

module.exports = {
  ...base,
  rootDir: __dirname,
  // Stryker asks Jest for the tests related to a mutated file: Jest follows imports only through
  // files under its roots, so `src` must be one for tests that reach the file through others.
  roots: ["<rootDir>/tests", "<rootDir>/src"],
  testEnvironment: "node",
  setupFiles: [],
  // Only the test files that reach the mutant are loaded (see scripts/mutate/select-tests.cjs).
  setupFilesAfterEnv: [...base.setupFilesAfterEnv, "<rootDir>/scripts/mutate/record-coverage.cjs", "<rootDir>/scripts/mutate/fixed-seed.cjs"],
  filter: "<rootDir>/scripts/mutate/select-tests.cjs",
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    "/tests/plugin/",
    "/tests/hardening/crash\\.test\\.ts$",
    "/tests/hardening/pathological\\.test\\.ts$",
  ],
  // Type errors are the checker's job: ts-jest only transpiles here, which is several times faster.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }] },
};
