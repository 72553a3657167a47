#!/usr/bin/env node
// Long fuzz run over every public function of @gembridge/core (issue 10; not part of `pnpm test`).
// Usage: pnpm fuzz [--cases 120000] [--seed 20261125] [--only name,name]
// Runs under tsx (see package.json) so it can import the TypeScript sources and the conformance arbitraries.
import fc from "fast-check";
import { checkTarget } from "../packages/core/test/hardening/check-target.ts";
import { invalidInputs, TARGETS } from "../packages/core/test/hardening/targets.ts";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
// 120,000 planned so that at least 100,000 run even when known-open-bug properties stop at their first counterexample.
const total = Number(option("cases", process.env.FUZZ_CASES ?? 120_000));
const seed = Number(option("seed", process.env.FC_SEED ?? 20261125));
const only = option("only", undefined)?.split(",");
const targets = TARGETS.filter((t) => only === undefined || only.includes(t.name));
const weightSum = targets.reduce((sum, t) => sum + t.weight, 0);

const started = performance.now();
const rows = [];
let failures = 0;
for (const [position, target] of targets.entries()) {
  const share = Math.max(20, Math.round((total * target.weight) / weightSum));
  const modes = target.blame === "typed" ? [["valid", share]] : [["valid", Math.ceil(share / 2)], ["invalid", Math.floor(share / 2)]];
  for (const [mode, numRuns] of modes) {
    const counts = { ok: 0, rejected: 0 };
    let slowest = 0;
    const arbitrary = mode === "valid" ? target.valid : invalidInputs(target);
    const runSeed = seed + position * 2 + (mode === "valid" ? 0 : 1);
    const t0 = performance.now();
    const details = fc.check(
      fc.property(arbitrary, (input) => {
        const result = checkTarget(target, input, mode);
        slowest = Math.max(slowest, result.millis);
        if (result.kind === "failure") throw new Error(result.message);
        counts[result.kind] += 1;
      }),
      { numRuns, seed: runSeed },
    );
    const row = { target: target.name, mode, cases: details.numRuns, ok: counts.ok, rejected: counts.rejected, slowestMs: Math.round(slowest), ms: Math.round(performance.now() - t0), result: "pass" };
    if (details.failed) {
      const known = mode === "invalid" && target.knownOpenBug !== undefined;
      row.result = known ? "known open bug" : "FAIL";
      if (!known) failures += 1;
      console.log(`\n${row.result}: ${target.name} (${mode}) seed=${runSeed} path=${details.counterexamplePath}`);
      console.log(`  ${String(details.errorInstance?.message ?? details.error).split("\n").join("\n  ").slice(0, 800)}`);
      console.log(`  counterexample: ${fc.stringify(details.counterexample).slice(0, 800)}`);
      if (known) console.log(`  (known: ${target.knownOpenBug})`);
    }
    rows.push(row);
    process.stdout.write(".");
  }
}
const seconds = (performance.now() - started) / 1000;
console.log("\n");
console.table(rows);
const cases = rows.reduce((sum, r) => sum + r.cases, 0);
console.log(`${cases} cases over ${targets.length} functions in ${seconds.toFixed(1)} s (seed ${seed}); ${failures} failing properties; ${rows.filter((r) => r.result === "known open bug").length} known open bugs.`);
process.exitCode = failures === 0 ? 0 : 1;
