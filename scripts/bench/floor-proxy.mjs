// The floor proxy: the least work any OpenAI → Gemini proxy must do, and nothing more. It parses the OpenAI body,
// sends a trivial Gemini body (the last message's text) to the upstream over a keep-alive pool, parses the answer
// and re-serializes a minimal OpenAI completion (or one minimal chunk per SSE event, then `[DONE]`).
// No validation, no mapping tables, no logging. `node scripts/bench/floor-proxy.mjs --port N --upstream URL`.

import { Agent, createServer, request as httpRequest } from "node:http";
import { parseArgs } from "node:util";

export function createFloorProxy(upstream) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  const base = new URL(upstream);
  let sequence = 0;

  return createServer((request, response) => {
    const pieces = [];
    request.on("data", (piece) => pieces.push(piece));
    request.on("end", () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(pieces).toString("utf8"));
      } catch {
        response.writeHead(400, { "content-type": "application/json" });
        response.end('{"error":{"message":"bad json"}}');
        return;
      }
      const last = body.messages?.[body.messages.length - 1];
      const text = typeof last?.content === "string" ? last.content : "";
      const stream = body.stream === true;
      const payload = JSON.stringify({ contents: [{ role: "user", parts: [{ text }] }] });
      const path = `/v1beta/models/${body.model}:${stream ? "streamGenerateContent?alt=sse" : "generateContent"}`;
      const outgoing = httpRequest(
        { host: base.hostname, port: base.port, path, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), "x-goog-api-key": "bench" } },
        (upstreamResponse) => (stream ? relayStream(upstreamResponse, response, body.model, ++sequence) : relayUnary(upstreamResponse, response, body.model, ++sequence)),
      );
      outgoing.on("error", () => {
        if (!response.headersSent) response.writeHead(502);
        response.end();
      });
      outgoing.end(payload);
    });
  });
}

function relayUnary(upstream, response, model, sequence) {
  const pieces = [];
  upstream.on("data", (piece) => pieces.push(piece));
  upstream.on("end", () => {
    const gemini = JSON.parse(Buffer.concat(pieces).toString("utf8"));
    const candidate = gemini.candidates?.[0];
    const completion = {
      id: `chatcmpl-${sequence}`,
      object: "chat.completion",
      created: 0,
      model,
      choices: [{ index: 0, message: { role: "assistant", content: candidate?.content?.parts?.[0]?.text ?? "" }, finish_reason: "stop" }],
      usage: { prompt_tokens: gemini.usageMetadata?.promptTokenCount ?? 0, completion_tokens: gemini.usageMetadata?.candidatesTokenCount ?? 0, total_tokens: gemini.usageMetadata?.totalTokenCount ?? 0 },
    };
    const out = JSON.stringify(completion);
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(out) });
    response.end(out);
  });
}

function relayStream(upstream, response, model, sequence) {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  let buffer = "";
  upstream.setEncoding("utf8");
  upstream.on("data", (text) => {
    buffer += text;
    let end = buffer.indexOf("\r\n\r\n");
    while (end !== -1) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 4);
      if (event.startsWith("data: ")) {
        const gemini = JSON.parse(event.slice(6));
        const candidate = gemini.candidates?.[0];
        const chunk = {
          id: `chatcmpl-${sequence}`,
          object: "chat.completion.chunk",
          created: 0,
          model,
          choices: [{ index: 0, delta: { content: candidate?.content?.parts?.[0]?.text ?? "" }, finish_reason: candidate?.finishReason === undefined ? null : "stop" }],
        };
        response.write(`data: ${JSON.stringify(chunk)}\n\n`);
      }
      end = buffer.indexOf("\r\n\r\n");
    }
  });
  upstream.on("end", () => response.end("data: [DONE]\n\n"));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "0" }, upstream: { type: "string" } } });
  if (values.upstream === undefined) throw new Error("--upstream URL is required");
  const server = createFloorProxy(values.upstream);
  server.keepAliveTimeout = 60_000;
  server.listen(Number(values.port), "127.0.0.1", () => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
  });
  process.on("SIGTERM", () => process.exit(0));
}
