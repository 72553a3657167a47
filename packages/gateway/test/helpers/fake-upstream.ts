import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What a fake upstream received: tests assert on the translated request the gateway sent. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: unknown;
}

export type FakeHandler = (request: ReceivedRequest, response: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export interface FakeUpstream {
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/**
 * A scripted upstream on loopback (constructed test double, not a recording): records each request and lets the
 * test answer it — JSON, SSE, errors, silence, slow streams. Used for the faults the replay upstream cannot stage.
 */
export async function startFakeUpstream(handler: FakeHandler): Promise<FakeUpstream> {
  const received: ReceivedRequest[] = [];
  const server = createServer(async (raw, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const request = { method: raw.method ?? "", url: raw.url ?? "", headers: raw.headers, body: text === "" ? undefined : JSON.parse(text) };
    received.push(request);
    await handler(request, response, raw);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function replyJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/** Gemini frames `alt=sse` events with CRLF; OpenAI with LF and a final `[DONE]`. */
export function replySse(response: ServerResponse, events: readonly unknown[], style: "gemini" | "openai"): void {
  response.writeHead(200, { "content-type": "text/event-stream" });
  const end = style === "gemini" ? "\r\n\r\n" : "\n\n";
  for (const event of events) response.write(`data: ${JSON.stringify(event)}${end}`);
  if (style === "openai") response.write("data: [DONE]\n\n");
  response.end();
}
