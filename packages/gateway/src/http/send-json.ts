import type { ServerResponse } from "node:http";

/** Writes one JSON response with a `content-length` (no chunked encoding for small bodies). */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  const text = JSON.stringify(body);
  // setHeader + writeHead(status) rather than a spread object: a header already set on the response
  // (x-request-id) sends writeHead's object through setHeader one key at a time anyway (decision 0200).
  if (headers !== undefined) for (const name of Object.keys(headers)) response.setHeader(name, headers[name] as string);
  response.setHeader("content-type", "application/json");
  response.setHeader("content-length", Buffer.byteLength(text));
  response.writeHead(status);
  response.end(text);
}
