/**
 * `npm run mutate`, Stryker's first (coverage) run only: records which mutants each test file
 * reaches, so that `select-tests.cjs` can have Jest load only those files for a mutant. Stryker
 * has Jest load every test file that imports the mutated file and filters tests by name inside
 * them; loading is most of a mutant's cost, and most files hold no test that reaches it.
 */
const { appendFileSync } = require("node:fs");
const path = require("node:path");

const out = process.env.INCUBATOR_MUTANT_MAP;
const context = globalThis.__stryker__;
const recording = out && context && process.env.__STRYKER_ACTIVE_MUTANT__ === undefined;

if (recording) {
  const reached = new Set();
  afterEach(() => {
    // Stryker keys a test's coverage by its full name, set when the test starts.
    const id = context.currentTestId;
    const hits = id === undefined ? undefined : context.mutantCoverage?.perTest?.[id];
    if (hits) for (const mutant of Object.keys(hits)) reached.add(mutant);
  });
  afterAll(() => {
    const file = path.relative(process.cwd(), expect.getState().testPath ?? "");
    appendFileSync(out, `${JSON.stringify({ file, mutants: [...reached] })}\n`);
  });
}
