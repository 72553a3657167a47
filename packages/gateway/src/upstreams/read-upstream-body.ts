import { GembridgeError, isGembridgeError } from "@gembridge/core";
import { readText } from "../http/read-json-body";
import type { UpstreamAnswer } from "./send-upstream";

const tooLarge = (limitBytes: number) => () =>
  new GembridgeError(`The upstream response is larger than the gateway's limit of ${limitBytes} bytes.`, { status: 502, code: "upstream_too_large" });

/**
 * The whole upstream body as text, at most `limitBytes` (`--upstream-body-limit-bytes`; error bodies may be HTML
 * from a proxy: the error translators take any text). A declared `content-length` over the limit is refused before
 * reading; past the limit while reading, or when the body breaks off, the upstream response is destroyed rather than
 * drained, so a huge or endless body costs neither memory nor bandwidth.
 */
export async function readUpstreamText(upstream: UpstreamAnswer, limitBytes: number): Promise<string> {
  const { response, idle } = upstream;
  try {
    if (Number(response.headers["content-length"]) > limitBytes) throw tooLarge(limitBytes)();
    return await readText(response, limitBytes, tooLarge(limitBytes), idle);
  } catch (error) {
    response.destroy();
    if (isGembridgeError(error)) throw error;
    // A reset or a close before the declared length: the upstream's fault, not an internal error.
    throw new GembridgeError("The upstream connection broke off before the response body was complete.", {
      status: 502,
      code: "upstream_body_incomplete",
      cause: error,
    });
  } finally {
    idle.end();
  }
}

/** A success body parsed as JSON; anything else is the upstream's fault → 502 quoting the start of the body. */
export async function readUpstreamJson(upstream: UpstreamAnswer, upstreamName: string, limitBytes: number): Promise<unknown> {
  const text = await readUpstreamText(upstream, limitBytes);
  try {
    return JSON.parse(text);
  } catch {
    const start = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    throw new GembridgeError(`The upstream (${upstreamName}) answered HTTP ${upstream.response.statusCode} with a body that is not JSON: ${JSON.stringify(start)}`, {
      status: 502,
      code: "upstream_malformed_body",
    });
  }
}

/** Upstream error body: JSON when it is JSON, the raw text otherwise. */
export async function readUpstreamErrorBody(upstream: UpstreamAnswer, limitBytes: number): Promise<unknown> {
  const text = await readUpstreamText(upstream, limitBytes);
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
