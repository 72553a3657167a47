import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { GembridgeError } from "@gembridge/core";
import type { Cancellation } from "../routes/cancellation";

/** Keep-alive connection pools, one pair per gateway (closed with it). Sockets are reused, never request state. */
export interface UpstreamAgents {
  http: HttpAgent;
  https: HttpsAgent;
}

export function createUpstreamAgents(): UpstreamAgents {
  // LIFO reuses the warmest socket, so idle ones time out instead of all staying half-alive.
  const options = { keepAlive: true, keepAliveMsecs: 15_000, scheduling: "lifo" as const };
  return { http: new HttpAgent(options), https: new HttpsAgent(options) };
}

export interface UpstreamCall {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Idle timeout: no response headers, or no body bytes, for this long → 504. */
  timeoutMs: number;
  /** Aborted when the client goes away: the upstream request is torn down with it. */
  signal: Cancellation;
  agents: UpstreamAgents;
}

/**
 * POSTs a JSON body with `node:http(s)` and resolves with the response as soon as its headers arrive; the body is
 * the caller's to read or stream. (Not global `fetch`: `request` with a keep-alive agent is measurably cheaper,
 * and a paused `IncomingMessage` pushes back on the upstream socket.) Network failures become 502, the idle
 * timeout 504 — on the request before headers, and on the response body after.
 */
export function sendUpstream(call: UpstreamCall): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const target = parseTarget(call.url);
    const https = target.protocol === "https:";
    // Copied (the caller's headers may be shared between calls), then the length added: one object, no spread.
    const headers: Record<string, string> = Object.assign({}, call.headers);
    headers["content-length"] = String(Buffer.byteLength(call.body));
    let response: IncomingMessage | undefined;
    const { options } = target;
    const request = (https ? httpsRequest : httpRequest)(
      { protocol: options.protocol, hostname: options.hostname, port: options.port, path: options.path, auth: options.auth, method: "POST", headers, agent: https ? call.agents.https : call.agents.http },
      (incoming) => {
        response = incoming;
        resolve(incoming);
      },
    );
    // The client leaving tears down the upstream call (and its response, when it is being read or streamed).
    call.signal.onAbort(() => {
      const error = abortError();
      response?.destroy(error);
      request.destroy(error);
    });
    request.setTimeout(call.timeoutMs, () => {
      const error = upstreamTimeout(call.timeoutMs);
      response?.destroy(error);
      request.destroy(error);
    });
    request.on("error", (error) => reject(networkError(error, target.origin)));
    request.end(call.body);
  });
}

interface Target {
  protocol: string;
  origin: string;
  options: { protocol: string; hostname: string; port: string; path: string; auth?: string };
}

/**
 * Parsed upstream URLs, by URL text: a gateway calls a handful of URLs (one per model and method) over and over, and
 * `new URL` + Node's URL-to-options conversion per request showed in the profile. Bounded: cleared when full.
 */
const targets = new Map<string, Target>();

function parseTarget(text: string): Target {
  let target = targets.get(text);
  if (target === undefined) {
    const url = new URL(text);
    const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
    target = { protocol: url.protocol, origin: url.origin, options: { protocol: url.protocol, hostname, port: url.port, path: `${url.pathname}${url.search}` } };
    if (url.username !== "" || url.password !== "") target.options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    if (targets.size >= 256) targets.clear();
    targets.set(text, target);
  }
  return target;
}

function abortError(): Error {
  const error = new Error("The client went away.");
  error.name = "AbortError";
  return error;
}

/** 504 in the client's shape: the upstream sent nothing for `timeoutMs`. */
export function upstreamTimeout(timeoutMs: number): GembridgeError {
  return new GembridgeError(`The upstream sent nothing for ${timeoutMs} ms.`, { status: 504, code: "upstream_timeout" });
}

function networkError(error: Error, origin: string): Error {
  if (error instanceof GembridgeError || error.name === "AbortError") return error;
  const code = (error as NodeJS.ErrnoException).code ?? error.message;
  return new GembridgeError(`Could not reach the upstream at ${origin} (${code}).`, { status: 502, code: "upstream_unreachable", cause: error });
}
