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
  const tests = new Set();
  afterEach(() => {
    // Stryker keys a test's coverage by its full name, set when the test starts.
    if (context.currentTestId !== undefined) tests.add(context.currentTestId);
  });
  afterAll(() => {
    // Read once every hook has run: coverage a later hook adds to a test counts too.
    const reached = new Set();
    for (const id of tests) for (const mutant of Object.keys(context.mutantCoverage?.perTest?.[id] ?? {})) reached.add(mutant);
    const file = path.relative(process.cwd(), expect.getState().testPath ?? "");
    appendFileSync(out, `${JSON.stringify({ file, mutants: [...reached] })}\n`);
  });
}
