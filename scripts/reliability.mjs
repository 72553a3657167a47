// `pnpm reliability` — issue 14 §3, the heavy run: the gateway (as `pnpm start` builds it, in its own process) in
// front of a scripted Gemini upstream in this process. 1,000 concurrent streams, then 200 rounds of 50 concurrent
// requests mixing healthy unary/stream calls with upstream faults (reset before headers, reset mid-stream, stall,
// non-JSON, truncated JSON, HTML 502, in-band error, endless event) and clients that leave mid-stream. Every request
// must get an answer; afterwards the gateway's open file descriptors (/proc/<pid>/fd) and RSS (/proc/<pid>/status)
// must be back near their baseline, and its live heap after a full GC too. Prints the figures; exit 1 when a check
// fails. Flags: --streams N (1000), --rounds N (200), --per-round N (50). Linux only (/proc).

import { readdirSync } from "node:fs";
import { Agent, createServer, request } from "node:http";
import { parseArgs } from "node:util";
import { childMemory, freePort, rssOf, sleep, startServer, stopAll } from "./bench/processes.mjs";

const { values } = parseArgs({ options: { streams: { type: "string" }, rounds: { type: "string" }, "per-round": { type: "string" } } });
const STREAMS = Number(values.streams ?? 1000);
const ROUNDS = Number(values.rounds ?? 200);
const PER_ROUND = Number(values["per-round"] ?? 50);
const MB = 1024 * 1024;
// Tolerances: a few fds for sockets still closing, RSS for V8's and glibc's retained pages (they rarely go back to
// the OS), the heap for JIT and inline caches.
const FD_TOLERANCE = 10;
const RSS_TOLERANCE = 64 * MB;
const HEAP_TOLERANCE = 16 * MB;

const chunk = (text) => `data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text }] }, index: 0 }] })}\r\n\r\n`;
const last = `data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "." }] }, finishReason: "STOP", index: 0 }], usageMetadata: { promptTokenCount: 3, candidatesTokenCount: 2, totalTokenCount: 5 } })}\r\n\r\n`;
const unary = JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "ok" }] }, finishReason: "STOP", index: 0 }] });

/** The scripted upstream: the model name picks the behaviour. */
const FAULTS = {
  ok: (response, stream) => {
    if (!stream) return response.writeHead(200, { "content-type": "application/json" }).end(unary);
    response.writeHead(200, { "content-type": "text/event-stream" });
    let sent = 0;
    const timer = setInterval(() => {
      if (sent++ < 20) response.write(chunk("word "));
      else {
        clearInterval(timer);
        response.end(last);
      }
    }, 25);
    response.on("close", () => clearInterval(timer));
  },
  reset: (response) => response.socket.destroy(),
  "reset-mid": (response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write(chunk("Hel"));
    setTimeout(() => response.socket?.destroy(), 20);
  },
  stall: () => {},
  "not-json": (response) => response.writeHead(200, { "content-type": "text/plain" }).end("Service temporarily unavailable"),
  truncated: (response) => response.writeHead(200, { "content-type": "application/json" }).end(unary.slice(0, 40)),
  html: (response) => response.writeHead(502, { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1></body></html>"),
  "inband-error": (response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.end(`data: ${JSON.stringify({ error: { code: 503, message: "The model is overloaded.", status: "UNAVAILABLE" } })}\r\n\r\n`);
  },
  endless: (response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write('data: {"candidates": [{"content": {"parts": [{"text": "');
    const piece = "x".repeat(64 * 1024);
    const pump = () => {
      while (!response.destroyed && response.write(piece));
      if (!response.destroyed) response.once("drain", pump);
    };
    pump();
  },
};
const MIX = ["ok", "ok", "ok", "reset", "reset-mid", "stall", "not-json", "truncated", "html", "inband-error", "endless"];

const upstream = createServer((incoming, response) => {
  incoming.resume();
  incoming.on("end", () => {
    const model = /models\/g-([^:]+):/.exec(incoming.url ?? "")?.[1] ?? "ok";
    (FAULTS[model] ?? FAULTS.ok)(response, incoming.url.includes(":streamGenerateContent"));
  });
});
upstream.keepAliveTimeout = 1000; // idle pooled sockets close soon after the load, so the fd count can settle
await new Promise((resolve) => upstream.listen(0, "127.0.0.1", resolve));
const upstreamUrl = `http://127.0.0.1:${upstream.address().port}`;

const port = await freePort();
const args = ["--expose-gc", "--import", "tsx", "--conditions=source", "scripts/bench/gateway-server.mjs"];
const flags = ["--upstream", "gemini", "--gemini-base-url", upstreamUrl, "--gemini-api-key", "reliability", "--port", String(port)];
// Small limits so stalls and endless events fail within the run: 1 s idle timeout, 1 MiB per event.
flags.push("--upstream-timeout-ms", "1000", "--upstream-body-limit-bytes", String(MB));
const gateway = await startServer("gembridge (reliability)", [...args, ...flags], port, {}, { ipc: true });
const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
const fdsOf = (pid) => readdirSync(`/proc/${pid}/fd`).length;

/** One request; resolves with how it was answered: a status, `stream-ok`, `stream-error`, `aborted` or `no-answer`. */
function call(kind, stream, abort = false) {
  const body = JSON.stringify({ model: `g-${kind}`, stream, messages: [{ role: "user", content: "Hi" }] });
  return new Promise((resolve) => {
    const outgoing = request(`${gateway.url}/v1/chat/completions`, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (piece) => {
        text += piece;
        if (abort) {
          outgoing.destroy();
          resolve("aborted");
        }
      });
      response.on("end", () => {
        if (response.statusCode !== 200) return resolve(/^\{"error":\{"message":/.test(text) ? `${response.statusCode}` : "bad-error-body");
        if (!stream) return resolve("200");
        if (text.endsWith("data: [DONE]\n\n")) return resolve("stream-ok");
        resolve(/data: \{"error":\{[^\n]*\}\}\n\n$/.test(text) ? "stream-error" : "bad-stream");
      });
      response.on("error", () => {});
    });
    outgoing.on("error", () => resolve(abort ? "aborted" : "no-answer"));
    outgoing.setTimeout(30_000, () => outgoing.destroy());
    outgoing.end(body);
  });
}

function tally(answers) {
  const counts = {};
  for (const answer of answers) counts[answer] = (counts[answer] ?? 0) + 1;
  return counts;
}
const failedChecks = [];
const check = (ok, what) => {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failedChecks.push(what);
};
async function settle(baselineFds) {
  const started = performance.now();
  while (fdsOf(gateway.pid) > baselineFds + FD_TOLERANCE && performance.now() - started < 20_000) await sleep(250);
  await sleep(1000);
  return performance.now() - started;
}

try {
  await Promise.all(Array.from({ length: 50 }, (_, index) => call(MIX[index % MIX.length], index % 2 === 0))); // warm-up
  await sleep(2000);
  const baseline = { fds: fdsOf(gateway.pid), rss: rssOf(gateway.pid), heap: (await childMemory(gateway)).heapUsed };
  console.log(`gateway pid ${gateway.pid}; baseline: ${baseline.fds} fds, RSS ${(baseline.rss / MB).toFixed(1)} MB, heap after GC ${(baseline.heap / MB).toFixed(1)} MB`);

  let peakFds = baseline.fds;
  let peakRss = baseline.rss;
  const sampler = setInterval(() => {
    peakFds = Math.max(peakFds, fdsOf(gateway.pid));
    peakRss = Math.max(peakRss, rssOf(gateway.pid) ?? 0);
  }, 50);

  let started = performance.now();
  const streams = tally(await Promise.all(Array.from({ length: STREAMS }, () => call("ok", true))));
  console.log(`${STREAMS} concurrent streams in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(streams)}; peak ${peakFds} fds, RSS ${(peakRss / MB).toFixed(1)} MB`);
  check(streams["stream-ok"] === STREAMS, `all ${STREAMS} streams complete`);

  started = performance.now();
  const mixed = {};
  for (let round = 0; round < ROUNDS; round++) {
    const answers = await Promise.all(
      Array.from({ length: PER_ROUND }, (_, index) => {
        const kind = MIX[(round + index) % MIX.length];
        return call(kind, index % 2 === 0 || kind === "reset-mid" || kind === "inband-error" || kind === "endless", kind === "ok" && index % 5 === 0);
      }),
    );
    for (const [answer, count] of Object.entries(tally(answers))) mixed[answer] = (mixed[answer] ?? 0) + count;
  }
  clearInterval(sampler);
  console.log(`${ROUNDS} rounds × ${PER_ROUND} mixed requests in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(mixed)}; peak ${peakFds} fds, RSS ${(peakRss / MB).toFixed(1)} MB`);
  check(!("no-answer" in mixed) && !("bad-stream" in mixed) && !("bad-error-body" in mixed), "every request answered: a status with an OpenAI error body, a complete stream, or a stream ending in one error event");

  const waited = await settle(baseline.fds);
  const after = { fds: fdsOf(gateway.pid), rss: rssOf(gateway.pid), heap: (await childMemory(gateway)).heapUsed };
  console.log(`after (settled in ${(waited / 1000).toFixed(1)} s): ${after.fds} fds, RSS ${(after.rss / MB).toFixed(1)} MB, heap after GC ${(after.heap / MB).toFixed(1)} MB`);
  check(after.fds <= baseline.fds + FD_TOLERANCE, `open fds back to baseline (${after.fds} vs ${baseline.fds}, tolerance +${FD_TOLERANCE})`);
  check(after.rss <= baseline.rss + RSS_TOLERANCE, `RSS back near baseline (+${((after.rss - baseline.rss) / MB).toFixed(1)} MB, tolerance +${RSS_TOLERANCE / MB} MB)`);
  check(after.heap <= baseline.heap + HEAP_TOLERANCE, `heap after GC back near baseline (+${((after.heap - baseline.heap) / MB).toFixed(1)} MB, tolerance +${HEAP_TOLERANCE / MB} MB)`);
  check((await call("ok", false)) === "200", "still serving");
  check(gateway.child.exitCode === null, "gateway process alive");
} finally {
  agent.destroy();
  await stopAll();
  upstream.closeAllConnections();
  upstream.close();
}
console.log(failedChecks.length === 0 ? "reliability: all checks passed" : `reliability: ${failedChecks.length} check(s) failed`);
process.exitCode = failedChecks.length === 0 ? 0 : 1;
