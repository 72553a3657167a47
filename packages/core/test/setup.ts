import fc from "fast-check";

// Fixed seed in CI so a red run can be replayed; fast-check prints the seed and path of any failure.
const seed = Number(process.env.FC_SEED ?? 20261125);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) });
