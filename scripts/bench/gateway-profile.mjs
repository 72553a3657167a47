// CPU profile of the gateway process under load: `node --cpu-prof` on scripts/bench/gateway-server.mjs while
// autocannon drives 16 connections of unary or streamed requests; the profile is written when SIGTERM stops it.
// Shows where a gateway request's time goes beyond translation (HTTP, Web streams, logging, validation).

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { freePort, startServer, stopServer } from "./processes.mjs";
import { summarizeProfile } from "./profile.mjs";

export async function runGatewayProfile({ smoke, log, upstream }) {
  const results = [];
  for (const stream of [false, true]) {
    const dir = mkdtempSync(join(tmpdir(), "gembridge-gateway-prof-"));
    const port = await freePort();
    const args = ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", "--conditions=source", "scripts/bench/gateway-server.mjs", "--upstream", "gemini", "--gemini-base-url", upstream, "--gemini-api-key", "bench", "--port", String(port), "--shutdown-grace-ms", "100"];
    const handle = await startServer("gembridge (profiled)", args, port);
    try {
      const load = await autocannon({
        url: `${handle.url}/v1/chat/completions`,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "gemini-2.5-flash", messages: [{ role: "user", content: "What is the capital of France?" }], ...(stream ? { stream: true } : {}) }),
        connections: 16,
        duration: smoke ? 0.3 : 6,
      });
      await stopServer(handle);
      const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
      if (file === undefined) throw new Error("the gateway wrote no CPU profile");
      // Start-up (module loading, building what the imports build) is not request work: count from the first call
      // of the request router (its module's top-level code also runs at start-up, hence the function name).
      const startWhen = (frame) => frame.functionName === "routeRequest" && frame.url.includes("/packages/gateway/src/");
      const summary = summarizeProfile(JSON.parse(readFileSync(join(dir, file), "utf8")), startWhen);
      const result = { mode: stream ? "stream" : "unary", requests: load.requests.total, requestsPerSecond: load.requests.average, ...summary };
      results.push(result);
      log(`  ${result.mode}: ${Math.round(result.requestsPerSecond)} req/s under --cpu-prof; ${result.areas.map((row) => `${row.name} ${(row.share * 100).toFixed(0)}%`).join(", ")}`);
      for (const row of result.top.slice(0, 6)) log(`    ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`);
    } finally {
      await stopServer(handle);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
