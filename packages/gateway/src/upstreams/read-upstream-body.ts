import type { IncomingMessage } from "node:http";
import { GembridgeError } from "@gembridge/core";
import { readText } from "../http/read-json-body";

/** Upstream bodies can hold generated images; this bounds memory, not normal use. */
export const UPSTREAM_BODY_LIMIT = 256 * 1024 * 1024;

const tooLarge = () =>
  new GembridgeError(`The upstream response is larger than ${UPSTREAM_BODY_LIMIT} bytes.`, { status: 502, code: "upstream_too_large" });

/** The whole upstream body as text (error bodies may be HTML from a proxy: the error translators take any text). */
export function readUpstreamText(response: IncomingMessage): Promise<string> {
  return readText(response, UPSTREAM_BODY_LIMIT, tooLarge);
}

/** A success body parsed as JSON; anything else is the upstream's fault → 502 quoting the start of the body. */
export async function readUpstreamJson(response: IncomingMessage, upstreamName: string): Promise<unknown> {
  const text = await readUpstreamText(response);
  try {
    return JSON.parse(text);
  } catch {
    const start = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    throw new GembridgeError(`The upstream (${upstreamName}) answered HTTP ${response.statusCode} with a body that is not JSON: ${JSON.stringify(start)}`, {
      status: 502,
      code: "upstream_malformed_body",
    });
  }
}

/** Upstream error body: JSON when it is JSON, the raw text otherwise. */
export async function readUpstreamErrorBody(response: IncomingMessage): Promise<unknown> {
  const text = await readUpstreamText(response);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** An upstream `retry-after` header is kept; RetryInfo in the body (mapped by core) wins when both exist. */
export function retryAfter(value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { "retry-after": value };
}
