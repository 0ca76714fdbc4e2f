/**
 * Mutation runs: property tests draw the same inputs for every mutant (a fixed seed), so that a
 * mutant's result does not depend on which inputs a run happened to draw.
 */
require("fast-check").configureGlobal({ seed: 20261204 });
