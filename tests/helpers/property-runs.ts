/**
 * How many inputs a property test tries. Mutation runs (`npm run mutate`) run every test that
 * reaches a mutant, for each of thousands of mutants, and Jest cannot stop at the first failure:
 * there the counts are scaled down (INCUBATOR_PROPERTY_SCALE, set by stryker.config.mjs), with a
 * fixed seed, so that a mutant gets the same inputs on every run. `npm test` uses the full counts.
 */
export function propertyRuns(runs: number): number {
  const scale = Number(process.env.INCUBATOR_PROPERTY_SCALE ?? "1");
  return scale > 0 && scale < 1 ? Math.max(50, Math.round(runs * scale)) : runs;
}
