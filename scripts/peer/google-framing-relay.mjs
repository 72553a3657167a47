// A loopback relay between a gateway and the mock upstream that only changes stream framing to Google's wire form:
// SSE events end with "\r\n\r\n" (as in every .sse file recorded from Google in fixtures/), and a stream without
// `alt=sse` is Google's JSON array, one element per chunk, framed "[{…}\n,\r\n{…}\n]". The mock sends "\n\n" for
// streams recorded as JSONL and a one-line JSON array; Portkey splits Google streams on exactly Google's framing,
// so without this relay it would fail on the mock, not on its translation. Bodies and status are otherwise untouched.
import { createServer } from "node:http";

const HOP = new Set(["connection", "content-length", "transfer-encoding", "keep-alive"]);

export async function startGoogleFramingRelay(target) {
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !HOP.has(k) && k !== "host"));
    try {
      const upstream = await fetch(`${target}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined, signal: AbortSignal.timeout(15_000) });
      let text = await upstream.text();
      const type = upstream.headers.get("content-type") ?? "";
      if (type.startsWith("text/event-stream")) text = googleSse(text);
      else if (upstream.status === 200 && req.url.includes(":streamGenerateContent") && !req.url.includes("alt=sse")) text = googleJsonArray(text);
      res.writeHead(upstream.status, { "content-type": type || "application/json" });
      res.end(text);
    } catch (error) {
      res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: 502, message: `relay: ${error.message}`, status: "UNAVAILABLE" } }));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

export function googleSse(text) {
  const events = text.split(/\r?\n\r?\n/).filter((event) => event.trim() !== "");
  return events.map((event) => `${event.split(/\r?\n/).join("\r\n")}\r\n\r\n`).join("");
}

export function googleJsonArray(text) {
  let items;
  try {
    items = JSON.parse(text);
  } catch {
    return text;
  }
  if (!Array.isArray(items)) return text;
  return `[${items.map((item) => JSON.stringify(item, null, 2)).join("\n,\r\n")}\n]`;
}
