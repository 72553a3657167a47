// End to end: the gembridge gateway vs @portkey-ai/gateway vs the floor proxy, each in its own process, all in front
// of the same mock upstream process on 127.0.0.1; autocannon (programmatic) in this process drives the load.

import autocannon from "autocannon";
import { gatewayMainArgs } from "./builds.mjs";
import { cpuPlacement, cpuTimeOf, fetchText, freePort, pinProcess, startServer, stopServer } from "./processes.mjs";

const MODEL = "gemini-2.5-flash";
const body = (stream) => JSON.stringify({ model: MODEL, messages: [{ role: "user", content: "What is the capital of France?" }], ...(stream ? { stream: true } : {}) });

/** How to start each contender and what headers its chat endpoint needs. */
export const CONTENDERS = {
  // The gateway twice: as built (`node packages/gateway/dist/main.js`, the headline) and from source under tsx.
  gembridge: gembridgeContender("dist", "gembridge gateway"),
  "gembridge-source": gembridgeContender("source", "gembridge gateway (tsx)"),
  floor: {
    label: "floor proxy",
    start: (port, upstream) => startServer("floor", ["scripts/bench/floor-proxy.mjs", "--port", String(port), "--upstream", upstream], port),
    headers: () => ({ "content-type": "application/json" }),
  },
  portkey: {
    label: "Portkey 1.15.2",
    // `--headless` skips the console UI; NODE_ENV=production keeps it from trying to open anything interactive.
    start: (port) => startServer("portkey", ["node_modules/@portkey-ai/gateway/build/start-server.js", "--headless", `--port=${port}`], port, { NODE_ENV: "production" }),
    // Provider google + custom host (127.0.0.1 is on Portkey's default trusted-custom-host list); the key goes in
    // Authorization and Portkey appends it as `?key=`.
    headers: (upstream) => ({ "content-type": "application/json", "x-portkey-provider": "google", "x-portkey-custom-host": upstream, authorization: "Bearer bench" }),
  },
};

function gembridgeContender(build, label) {
  return {
    label,
    build,
    start: (port, upstream) =>
      startServer(label, [...gatewayMainArgs(build), "--upstream", "gemini", "--gemini-base-url", upstream, "--gemini-api-key", "bench", "--port", String(port)], port),
    headers: () => ({ "content-type": "application/json" }),
  };
}

/** Seconds per measured round, and rounds per cell (the contenders take turns within each round). */
export const endToEndDuration = (smoke) => (smoke ? 0.3 : 2);
export const endToEndRounds = (smoke) => (smoke ? 1 : 3);

/** One unary and one streamed request, checked for a real answer before any load is applied. */
export async function sanityCheck(name, url, headers, upstream) {
  const before = JSON.parse((await fetchText(`${upstream}/stats`)).body).requests;
  const unary = await fetchText(`${url}/v1/chat/completions`, { method: "POST", headers, body: body(false) });
  if (unary.status !== 200 || !unary.body.includes('"choices"') || !unary.body.includes("quarterly report")) {
    throw new Error(`${name}: unary sanity check failed (${unary.status}): ${unary.body.slice(0, 400)}`);
  }
  const stream = await fetchText(`${url}/v1/chat/completions`, { method: "POST", headers, body: body(true) });
  // Not `[DONE]`: Portkey's google provider ends its stream without it; a final finish_reason is what all send.
  if (stream.status !== 200 || !stream.body.includes("chat.completion.chunk") || !stream.body.includes('"finish_reason":"stop"')) {
    throw new Error(`${name}: stream sanity check failed (${stream.status}): ${stream.body.slice(0, 400)}`);
  }
  const after = JSON.parse((await fetchText(`${upstream}/stats`)).body).requests;
  const done = stream.body.includes("data: [DONE]");
  if (after - before !== 2) throw new Error(`${name}: expected 2 upstream calls, the mock saw ${after - before}`);
  return { streamEndsWithDone: done };
}

function load(url, headers, stream, connections, duration) {
  return autocannon({
    url: `${url}/v1/chat/completions`,
    method: "POST",
    headers,
    body: body(stream),
    connections,
    duration,
    timeout: 20,
  });
}

/**
 * Starts every contender, checks and warms each up, then measures each cell (mode × connections) in rounds: within a
 * round the contenders take turns (order rotated from round to round), so slow drift of the machine hits them alike,
 * and a contender's row is its median round by req/s. Only the contender being measured is under load; the others
 * sit idle. With `cpuPlacement()` the proxies run on their own core, the mock and autocannon on the rest.
 */
export async function runEndToEnd({ smoke, log, upstream, upstreamPid, contenders }) {
  const connectionLevels = smoke ? [1] : [1, 16, 128];
  const duration = endToEndDuration(smoke);
  const rounds = endToEndRounds(smoke);
  const placement = cpuPlacement();
  const handles = [];
  try {
    if (placement !== null) {
      pinProcess(process.pid, placement.load);
      if (upstreamPid !== undefined) pinProcess(upstreamPid, placement.load);
      log(`  placement: proxies on CPU ${placement.proxy}, mock upstream and autocannon on CPU ${placement.load} (taskset)`);
    } else log("  placement: none (fewer than 2 CPUs or no taskset): proxies, mock and autocannon share the cores");
    for (const name of contenders) {
      const contender = CONTENDERS[name];
      const handle = await contender.start(await freePort(), upstream);
      handles.push(handle);
      if (placement !== null) pinProcess(handle.pid, placement.proxy);
      const headers = contender.headers(upstream);
      const checked = await sanityCheck(name, handle.url, headers, upstream);
      if (!checked.streamEndsWithDone) log(`  note: ${contender.label} ends its stream without data: [DONE]`);
      // JIT warm-up of both paths, not recorded.
      await load(handle.url, headers, false, 16, smoke ? 0.2 : 1);
      await load(handle.url, headers, true, 16, smoke ? 0.2 : 1);
    }
    const rows = [];
    for (const stream of [false, true]) {
      for (const connections of connectionLevels) {
        const samples = contenders.map(() => []);
        for (let round = 0; round < rounds; round++) {
          for (let turn = 0; turn < contenders.length; turn++) {
            const index = (turn + round) % contenders.length;
            const contender = CONTENDERS[contenders[index]];
            samples[index].push(await measure(handles[index], contender.headers(upstream), stream, connections, duration, upstreamPid));
          }
        }
        contenders.forEach((name, index) => {
          const contender = CONTENDERS[name];
          const row = {
            contender: name,
            label: contender.label,
            ...(contender.build === undefined ? {} : { build: contender.build }),
            mode: stream ? "stream" : "unary",
            connections,
            ...medianRound(samples[index]),
            placement: placement === null ? null : { proxy: placement.proxy, load: placement.load },
          };
          rows.push(row);
          log(`  ${contender.label.padEnd(18)} ${row.mode.padEnd(6)} c=${String(connections).padEnd(4)} ${row.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms${row.cpuMicrosPerRequest === null ? "" : `  cpu ${row.cpuMicrosPerRequest.toFixed(0)} µs/req (mock ${row.mockCpuMicrosPerRequest?.toFixed(0) ?? "–"})`}  rounds ${row.roundRequestsPerSecond.map((value) => value.toFixed(0)).join(" / ")}${row.non2xx + row.errors > 0 ? `  (${row.non2xx} non-2xx, ${row.errors} errors)` : ""}`);
        });
      }
    }
    return rows;
  } finally {
    await Promise.all(handles.map((handle) => stopServer(handle)));
    if (placement !== null) {
      pinProcess(process.pid, placement.all);
      if (upstreamPid !== undefined) pinProcess(upstreamPid, placement.all);
    }
  }
}

/** One round of one cell for one contender: autocannon's figures plus CPU time per request of the proxy and the mock. */
async function measure(handle, headers, stream, connections, duration, upstreamPid) {
  // CPU time per request of the proxy process (and of the mock): it moves far less with the machine's load than
  // req/s does, and it says what the proxy itself costs.
  const cpuBefore = cpuTimeOf(handle.pid);
  const mockBefore = upstreamPid === undefined ? null : cpuTimeOf(upstreamPid);
  const result = await load(handle.url, headers, stream, connections, duration);
  const cpuAfter = cpuTimeOf(handle.pid);
  const mockAfter = upstreamPid === undefined ? null : cpuTimeOf(upstreamPid);
  const perRequest = (before, after) => (before === null || after === null || result.requests.total === 0 ? null : (after - before) / result.requests.total);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMicrosPerRequest: perRequest(cpuBefore, cpuAfter),
    mockCpuMicrosPerRequest: perRequest(mockBefore, mockAfter),
  };
}

/**
 * The round with the median req/s stands for the cell (its latencies and CPU come with it, so a row is one real
 * measurement, not a mix); requests, non-2xx and errors are summed over all rounds, and every round's req/s is kept.
 */
export function medianRound(samples) {
  const sorted = [...samples].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  const sum = (key) => samples.reduce((total, sample) => total + sample[key], 0);
  return { ...median, total: sum("total"), non2xx: sum("non2xx"), errors: sum("errors"), roundRequestsPerSecond: samples.map((sample) => sample.requestsPerSecond) };
}
