// Signature store boundedness (issue 16): 100k two-turn tool conversations through core sharing one memory store
// capped at 10,000 entries; the live heap after GC must stay flat once the cap is reached (the LRU evicts).
// Runs in a child with --expose-gc. Smoke: 2,000 conversations, cap 200.
import { execFileSync } from "node:child_process";
import { ROOT } from "./processes.mjs";

export async function runSignatureStore({ smoke, log }) {
  const conversations = smoke ? 2000 : 100_000;
  const maxEntries = smoke ? 200 : 10_000;
  const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "--conditions=source", "scripts/bench/signature-store-target.mjs", String(conversations), String(maxEntries)], { cwd: ROOT, encoding: "utf8" });
  const result = JSON.parse(output.trim().split("\n").at(-1));
  const MB = 1024 * 1024;
  for (const sample of result.samples) {
    log(`  ${String(sample.conversations).padStart(7)} conversations: heap +${(sample.heapBytes / MB).toFixed(1)} MB, ${sample.entries} entries, ${(sample.storeBytes / MB).toFixed(1)} MB in the store`);
  }
  const half = result.samples.slice(Math.floor(result.samples.length / 2));
  const growth = (half.at(-1).heapBytes - half[0].heapBytes) / MB;
  log(`  restored ${result.restored}/${result.conversations} signatures from the store in ${result.seconds.toFixed(1)} s; heap change over the second half: ${growth.toFixed(1)} MB`);
  if (result.restored !== result.conversations) throw new Error("signature store bench: a follow-up turn did not get its signature back");
  return { ...result, secondHalfGrowthMB: growth };
}
