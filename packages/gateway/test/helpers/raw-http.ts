import { type IncomingMessage, request } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies and assert on them
  json: () => any;
}

/** A plain HTTP call with full control over the body (invalid JSON, oversized, chunked). */
export function post(url: string, body: string | Buffer, headers: Record<string, string> = {}, chunked = false): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const all = { "content-type": "application/json", ...headers, ...(chunked ? {} : { "content-length": String(Buffer.byteLength(body)) }) };
    const outgoing = request(url, { method: "POST", headers: all }, (response) => collect(response).then(resolve, reject));
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** Any method with the given headers (plus a JSON content-type) and an optional body, sent as is. */
export function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: { "content-type": "application/json", ...headers } }, (response) => collect(response).then(resolve, reject));
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => collect(response).then(resolve, reject))
      .on("error", reject)
      .end();
  });
}

export const chatBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }], ...extra });

/** A minimal recorded-shape Gemini answer (constructed). */
export const geminiText = (text: string) => ({
  candidates: [{ content: { role: "model", parts: [{ text }] }, finishReason: "STOP", index: 0 }],
  usageMetadata: { promptTokenCount: 3, candidatesTokenCount: 2, totalTokenCount: 5 },
  modelVersion: "gemini-2.5-flash",
  responseId: "constructed-1",
});

/** The whole response body, with status and headers. */
function collect(response: IncomingMessage): Promise<RawResponse> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    response.on("data", (chunk: Buffer) => chunks.push(chunk));
    response.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json: () => JSON.parse(text) });
    });
  });
}
