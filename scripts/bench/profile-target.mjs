// Child process for the CPU profile: loops one translation case for a fixed time under `node --cpu-prof`.
// `node --cpu-prof --cpu-prof-dir=D --import tsx --conditions=source scripts/bench/profile-target.mjs <case> <variant> <ms> [smoke]`

import { translationCases } from "./translation.mjs";

const [caseName, variant, ms, smoke] = process.argv.slice(2);
const testCase = translationCases({ smoke: smoke === "smoke" }).find((candidate) => candidate.name === caseName);
if (testCase === undefined) throw new Error(`unknown case ${caseName}`);
const run = testCase[variant];
const deadline = performance.now() + Number(ms);
let iterations = 0;
while (performance.now() < deadline) {
  run();
  iterations += 1;
}
process.stdout.write(`${JSON.stringify({ iterations })}\n`);
