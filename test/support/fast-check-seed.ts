/**
 * Every property test runs with one fixed seed, so `npm test` is reproducible and CI cannot fail on a case
 * nobody can replay. FUZZ_SEED=random explores new cases (a failure prints its seed and path).
 */
import fc from "fast-check";

export const FUZZ_SEED = process.env.FUZZ_SEED === "random" ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261128);

fc.configureGlobal({ seed: FUZZ_SEED });
