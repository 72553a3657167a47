import { request } from "node:http";

export interface StreamResult {
  status: number;
  /** The raw SSE text the client received. */
  text: string;
  /** Every `data:` payload that is JSON, parsed, in order (`[DONE]` left out). */
  events: unknown[];
  /** True when the client hung up itself (`abortAfterBytes`). */
  aborted: boolean;
}

/**
 * POSTs a streaming request and collects its SSE events. With `abortAfterBytes` the client destroys its socket once
 * that many bytes arrived (a user closing the tab); the promise then resolves with what came so far.
 */
export function openStream(url: string, body: string, options: { abortAfterBytes?: number } = {}): Promise<StreamResult> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      const done = (aborted: boolean) => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: response.statusCode ?? 0, text, events: parseEvents(text), aborted });
      };
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        bytes += chunk.length;
        if (options.abortAfterBytes !== undefined && bytes >= options.abortAfterBytes) {
          outgoing.destroy();
          done(true);
        }
      });
      response.on("end", () => done(false));
      response.on("error", () => {});
    });
    outgoing.on("error", (error) => {
      if (options.abortAfterBytes === undefined) reject(error);
    });
    outgoing.end(body);
  });
}

function parseEvents(text: string): unknown[] {
  return text
    .split(/\r?\n\r?\n/)
    .map((event) => event.trim())
    .filter((event) => event.startsWith("data: ") && event !== "data: [DONE]")
    .map((event) => JSON.parse(event.slice(6)));
}
