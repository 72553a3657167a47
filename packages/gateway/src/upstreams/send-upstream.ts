import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { GembridgeError } from "@gembridge/core";
import type { Cancellation } from "../routes/cancellation";
import type { IdleSweep, IdleWatch } from "./idle-sweep";

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
  /** The gateway's idle timeout (its `timeoutMs`): no response headers, or no body bytes, for that long → 504. */
  idle: IdleSweep;
  /** Aborted when the client goes away: the upstream request is torn down with it. */
  signal: Cancellation;
  agents: UpstreamAgents;
}

/** An upstream answer whose headers have arrived. Its body is the caller's to read or stream. */
export interface UpstreamAnswer {
  response: IncomingMessage;
  /**
   * The call's idle clock, still running: whoever reads the body touches it on each chunk (pauses it while holding
   * the upstream back) and ends it when the body is done. An answer left unread is torn down as idle.
   */
  idle: IdleWatch;
}

/**
 * POSTs a JSON body with `node:http(s)` and resolves as soon as the response headers arrive. (Not global `fetch`:
 * `request` with a keep-alive agent is measurably cheaper, and a paused `IncomingMessage` pushes back on the
 * upstream socket.) Network failures become 502, the idle timeout 504 — on the request before headers, and on the
 * response body after.
 */
export function sendUpstream(call: UpstreamCall): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const target = parseTarget(call.url);
    const https = target.protocol === "https:";
    // Copied (the caller's headers may be shared between calls), then the length added: one object, no spread.
    const headers: Record<string, string> = Object.assign({}, call.headers);
    headers["content-length"] = String(Buffer.byteLength(call.body));
    let response: IncomingMessage | undefined;
    // The shared sweep, not `request.setTimeout`: no timer per call (armed, re-armed per chunk and cleared, its cost
    // showed under load). It covers connecting, the headers and, through `UpstreamAnswer.idle`, the body.
    const idle = call.idle.watch(() => teardown(upstreamTimeout(call.idle.timeoutMs)));
    const { options } = target;
    const request = (https ? httpsRequest : httpRequest)(
      { protocol: options.protocol, hostname: options.hostname, port: options.port, path: options.path, auth: options.auth, method: "POST", headers, agent: https ? call.agents.https : call.agents.http },
      (incoming) => {
        response = incoming;
        idle.touch();
        resolve({ response: incoming, idle });
      },
    );
    function teardown(error: Error): void {
      idle.end();
      response?.destroy(error);
      request.destroy(error);
    }
    // The client leaving tears down the upstream call (and its response, when it is being read or streamed).
    call.signal.onAbort(() => teardown(abortError()));
    request.on("error", (error) => {
      idle.end();
      reject(networkError(error, target.origin));
    });
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
