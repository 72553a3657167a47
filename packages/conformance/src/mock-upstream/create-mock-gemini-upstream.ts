/**
 * A mock Gemini upstream on loopback for gateway tests, the bench and `pnpm start` without credentials. Speaks the
 * Gemini API (`/v1beta/models/{m}:generateContent`, `:streamGenerateContent?alt=sse`) and Vertex AI
 * (`/v1/projects/{p}/locations/{l}/publishers/google/models/{m}:…`) URL shapes, answers from fixture cases and
 * records every request it received.
 *
 * Which case answers: the next one queued with `respondWith(...)`; else a request equal to the expected upstream
 * body of a request case gets the response case of the same name (if any); else, a reasonable recorded text
 * response ("replay"). Error cases answer with their recorded HTTP status and body.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type LoadedCase, loadCases } from "../cases/load-cases";
import { toSse } from "../cases/parse-payload";
import { comparePayloads } from "../compare/compare-payloads";
import { enforceThoughtSignatures } from "./enforce-thought-signatures";
import { type GeminiRoute, routeGeminiUrl } from "./route-gemini-url";

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly route?: GeminiRoute;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  /** The case that answered (direction/name) or "404". */
  readonly answeredWith: string;
}

export interface MockGeminiUpstreamOptions {
  /** Default: every case in fixtures/cases. */
  readonly cases?: readonly LoadedCase[];
  /** Default 0 (a free port). */
  readonly port?: number;
  readonly host?: string;
  readonly log?: (line: string) => void;
  /** Answer 400 as Google does when a Gemini 3 request lacks a required thought signature. Default true. */
  readonly enforceThoughtSignatures?: boolean;
}

export interface MockGeminiUpstream {
  readonly url: string;
  readonly received: ReceivedRequest[];
  /** Queue the case (direction/name, or a LoadedCase) that answers the next request. */
  respondWith(caseRef: string | LoadedCase): void;
  close(): Promise<void>;
}

const DEFAULT_TEXT = "gemini-to-openai-response/vercel-gemini3-pro-text-thoughtsig";
const DEFAULT_STREAM = "gemini-to-openai-stream/vercel-gemini3-pro-text-stream";
const id = (c: LoadedCase) => `${c.case.direction}/${c.case.name}`;

export async function createMockGeminiUpstream(options: MockGeminiUpstreamOptions = {}): Promise<MockGeminiUpstream> {
  const cases = options.cases ?? loadCases();
  const byId = new Map(cases.map((c) => [id(c), c]));
  const queue: LoadedCase[] = [];
  const received: ReceivedRequest[] = [];
  const pick = (route: GeminiRoute, body: unknown): LoadedCase | undefined => {
    const queued = queue.shift();
    if (queued) return queued;
    const stream = route.method === "streamGenerateContent";
    const matched = cases.find(
      (c) => c.case.direction === "openai-to-gemini-request" && c.expected !== undefined && comparePayloads((c.expected as { body: unknown }).body, body).length === 0,
    );
    const named = matched && byId.get(`gemini-to-openai-${stream ? "stream" : "response"}/${matched.case.name}`);
    return named ?? byId.get(stream ? DEFAULT_STREAM : DEFAULT_TEXT) ?? cases.find((c) => c.case.direction === (stream ? "gemini-to-openai-stream" : "gemini-to-openai-response"));
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // recorded as text
      }
      const route = routeGeminiUrl(req.url ?? "/");
      const rejected = route && req.method === "POST" && options.enforceThoughtSignatures !== false ? enforceThoughtSignatures(route.dialect, route.model, body) : undefined;
      if (route && rejected) {
        received.push({ method: req.method ?? "", url: req.url ?? "", route, headers: req.headers, body, answeredWith: "400" });
        options.log?.(`${req.method} ${req.url} → 400 missing thought_signature`);
        return send(res, 400, rejected);
      }
      const answer = route && req.method === "POST" ? pick(route, body) : undefined;
      received.push({ method: req.method ?? "", url: req.url ?? "", ...(route ? { route } : {}), headers: req.headers, body, answeredWith: answer ? id(answer) : "404" });
      options.log?.(`${req.method} ${req.url} → ${answer ? id(answer) : 404}`);
      if (!route || !answer) return send(res, 404, { error: { code: 404, message: `no route for ${req.url}`, status: "NOT_FOUND" } });
      reply(res, route, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    received,
    respondWith(ref) {
      const c = typeof ref === "string" ? byId.get(ref) : ref;
      if (!c) throw new Error(`unknown case ${String(ref)}`);
      queue.push(c);
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8" });
  res.end(JSON.stringify(body));
}

function reply(res: ServerResponse, route: GeminiRoute, c: LoadedCase): void {
  if (c.case.direction.endsWith("-error")) {
    res.writeHead(c.case.input.status ?? 500, { "content-type": "application/json; charset=UTF-8" });
    res.end(c.inputText);
    return;
  }
  const isStreamCase = Array.isArray(c.input);
  const chunks = isStreamCase ? (c.input as unknown[]) : [c.input];
  if (route.method === "streamGenerateContent") {
    res.writeHead(200, { "content-type": route.alt === "sse" ? "text/event-stream" : "application/json; charset=UTF-8" });
    // alt=sse: the recorded SSE text as sent when we have it; otherwise our serialization. Without alt: a JSON array.
    if (route.alt !== "sse") res.end(JSON.stringify(chunks));
    else res.end(c.case.input.format === "sse" ? c.inputText : toSse(chunks, false));
    return;
  }
  // Unary call answered from a stream case: the chunks are the only truth we have; send the first complete one.
  send(res, 200, isStreamCase ? chunks[chunks.length - 1] : c.input);
}

