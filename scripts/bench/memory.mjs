// Memory: RSS of the gateway process while 1,000 streams are open at once, and after they end, over repeated rounds.
// The mock answers models whose name contains `slow` with 50 chunks 20 ms apart (~1 s per stream), so all streams
// overlap. RSS is read from /proc/<pid>/status every 50 ms; "after" is read 1 s after the round ended, together with
// the live heap after a full GC (scripts/bench/gateway-server.mjs answers over IPC): RSS shows the footprint, the
// post-GC heap shows whether anything is retained between rounds.

import { Agent, request } from "node:http";
import { childMemory, freePort, rssOf, sleep, startServer, stopServer } from "./processes.mjs";

const MB = 1024 * 1024;

function openStream(agent, url, model) {
  return new Promise((resolve) => {
    const body = JSON.stringify({ model, stream: true, messages: [{ role: "user", content: "Tell me a long story." }] });
    const outgoing = request(`${url}/v1/chat/completions`, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
      let bytes = 0;
      let done = false;
      response.on("data", (piece) => {
        bytes += piece.length;
        if (piece.includes("[DONE]")) done = true;
      });
      response.on("end", () => resolve({ ok: response.statusCode === 200 && done, bytes }));
      response.on("error", () => resolve({ ok: false, bytes }));
    });
    outgoing.on("error", () => resolve({ ok: false, bytes: 0 }));
    outgoing.setTimeout(30_000, () => outgoing.destroy());
    outgoing.end(body);
  });
}

export async function runMemory({ smoke, log, upstream }) {
  const streams = smoke ? 20 : 1000;
  const rounds = smoke ? 2 : 5;
  // The mock spaces the 50 chunks 20 ms apart (2 ms in smoke runs), so every stream of a round is open at once.
  const model = smoke ? "gemini-2.5-flash-slow-2" : "gemini-2.5-flash-slow-20";
  const port = await freePort();
  const args = ["--expose-gc", "--import", "tsx", "--conditions=source", "scripts/bench/gateway-server.mjs", "--upstream", "gemini", "--gemini-base-url", upstream, "--gemini-api-key", "bench", "--port", String(port)];
  const handle = await startServer("gembridge (memory)", args, port, {}, { ipc: true });
  const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  try {
    // One small warm-up round so lazy initialisation (JIT, pools) is not counted as growth.
    await Promise.all(Array.from({ length: Math.min(streams, 50) }, () => openStream(agent, handle.url, model)));
    await sleep(smoke ? 200 : 1000);
    const baseline = rssOf(handle.pid);
    const baselineHeap = (await childMemory(handle)).heapUsed;
    const rows = [];
    for (let round = 1; round <= rounds; round++) {
      let peak = rssOf(handle.pid) ?? 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssOf(handle.pid) ?? 0);
      }, 50);
      const started = performance.now();
      const results = await Promise.all(Array.from({ length: streams }, () => openStream(agent, handle.url, model)));
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      await sleep(smoke ? 200 : 1000);
      const heapAfter = (await childMemory(handle)).heapUsed;
      const row = { round, streams, ok: results.filter((result) => result.ok).length, seconds, rssPeak: peak, rssAfter: rssOf(handle.pid), heapAfter };
      rows.push(row);
      log(`  round ${round}: ${row.ok}/${streams} streams complete in ${seconds.toFixed(1)} s; gateway RSS peak ${(row.rssPeak / MB).toFixed(0)} MB, after ${(row.rssAfter / MB).toFixed(0)} MB; heap after GC ${(heapAfter / MB).toFixed(1)} MB (baseline RSS ${(baseline / MB).toFixed(0)} MB, heap ${(baselineHeap / MB).toFixed(1)} MB)`);
    }
    return { baseline, baselineHeap, rows };
  } finally {
    agent.destroy();
    await stopServer(handle);
  }
}
