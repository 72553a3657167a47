// Micro-checks for hot spots the profile pointed at in core: each pair builds the same objects the old way and the way
// core does it now (decision 0140), and serializes them, so the report keeps showing what the change is worth.

import { Bench } from "tinybench";

const KEYS = ["type", "description", "properties", "required", "items", "enum", "minimum", "maximum", "additionalProperties", "format"];
const DESCRIPTOR = { enumerable: true, writable: true, configurable: true };

/** What core/schema/json-value.ts `defineOwn` did for every key of every translated schema node before 0140. */
function buildWithDefineProperty() {
  const out = {};
  for (const key of KEYS) Object.defineProperty(out, key, { ...DESCRIPTOR, value: key });
  return JSON.stringify(out);
}

/** What it does now: plain assignment, defineProperty only for the one key where assignment is unsafe. */
function buildWithAssignment() {
  const out = {};
  for (const key of KEYS) {
    if (key === "__proto__") Object.defineProperty(out, key, { ...DESCRIPTOR, value: key });
    else out[key] = key;
  }
  return JSON.stringify(out);
}

export async function runHotSpots({ smoke, log }) {
  const bench = new Bench(smoke ? { time: 10, iterations: 10 } : { time: 1000, warmupTime: 200 });
  bench.add("defineProperty per key (defineOwn before 0140)", buildWithDefineProperty).add("assignment, defineProperty only for __proto__", buildWithAssignment);
  await bench.run();
  const [current, proposed] = bench.tasks.map((task) => task.result.latency.p50);
  const result = { name: "defineOwn: build a 10-key schema node + JSON.stringify", currentUs: current * 1000, proposedUs: proposed * 1000, speedup: current / proposed };
  log(`  ${result.name}: defineProperty ${result.currentUs.toFixed(2)} µs, assignment ${result.proposedUs.toFixed(2)} µs (${result.speedup.toFixed(1)}× faster)`);
  return [result];
}
