// Child process for the CPU profile: loops one translation case for a fixed time under `node --cpu-prof`.
// `node --cpu-prof --cpu-prof-dir=D --import tsx --conditions=source scripts/bench/profile-target.mjs <case> <variant> <ms> [smoke]`

import { importCore } from "./builds.mjs";
import { translationCases } from "./translation.mjs";

const [caseName, variant, ms, smoke] = process.argv.slice(2);
// Profiles run from source: under tsx every frame is named after its source file (see the report's note on `__name`).
const testCase = translationCases({ smoke: smoke === "smoke", core: await importCore("source") }).find((candidate) => candidate.name === caseName);
if (testCase === undefined) throw new Error(`unknown case ${caseName}`);
const run = testCase[variant];
const deadline = performance.now() + Number(ms);
let iterations = 0;
while (performance.now() < deadline) {
  run();
  iterations += 1;
}
process.stdout.write(`${JSON.stringify({ iterations })}\n`);
