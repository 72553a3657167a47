// Bench-only mock Gemini upstream: one node:http server on 127.0.0.1 that every contender (gembridge gateway,
// Portkey, the floor proxy) talks to. Fixed, realistic bodies, precomputed once, so the upstream costs the same for
// everyone. Run as its own process: `node scripts/bench/mock-upstream.mjs --port N`.
//
//   POST …:generateContent            → a ~1.5 KB text GenerateContentResponse
//   POST …:streamGenerateContent[?…]  → SSE (`data: …\r\n\r\n`), 10 text chunks + a final chunk, written at once;
//                                       a model name containing `slow` gets 50 chunks 20 ms apart (memory bench;
//                                       `slow-N` sets N ms)
//   GET  /stats                       → { "requests": n } (the bench checks that contenders really called us)
// The SSE form is also sent without `?alt=sse`: Portkey's google provider omits it but parses `data:` lines.

import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { sseEvent, streamFinalChunk, streamTextChunk, textResponse } from "./fixtures.mjs";

const UNARY = Buffer.from(JSON.stringify(textResponse()));
const STREAM_EVENTS = [...Array.from({ length: 10 }, (_, i) => sseEvent(streamTextChunk(i))), sseEvent(streamFinalChunk(10))].map((text) => Buffer.from(text));
const SLOW_EVENTS = [...Array.from({ length: 49 }, (_, i) => sseEvent(streamTextChunk(i))), sseEvent(streamFinalChunk(49))].map((text) => Buffer.from(text));

export function createMockUpstream() {
  let requests = 0;
  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (request.method === "GET" && url === "/stats") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ requests }));
      return;
    }
    // Drain the request body before answering (a real upstream reads it all).
    request.on("data", () => {});
    request.on("end", () => {
      requests += 1;
      if (url.includes(":streamGenerateContent")) return stream(url, response);
      if (url.includes(":generateContent")) {
        response.writeHead(200, { "content-type": "application/json; charset=UTF-8", "content-length": UNARY.length });
        response.end(UNARY);
        return;
      }
      response.writeHead(404, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { code: 404, message: `mock: no route for ${url}`, status: "NOT_FOUND" } }));
    });
  });
  server.keepAliveTimeout = 60_000;
  return server;
}

function stream(url, response) {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  if (!url.includes("slow")) {
    for (const event of STREAM_EVENTS) response.write(event);
    response.end();
    return;
  }
  const interval = Number(/slow-(\d+)/.exec(url)?.[1] ?? 20);
  let index = 0;
  const timer = setInterval(() => {
    const event = SLOW_EVENTS[index];
    index += 1;
    if (event === undefined || response.destroyed) {
      clearInterval(timer);
      response.end();
      return;
    }
    response.write(event);
  }, interval);
  response.on("close", () => clearInterval(timer));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "0" } } });
  const server = createMockUpstream();
  server.listen(Number(values.port), "127.0.0.1", () => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
  });
  process.on("SIGTERM", () => process.exit(0));
}
