import { GembridgeError, isGembridgeError } from "@gembridge/core";

/**
 * Validates an upstream body with one of core's parse functions. A shape error there is the upstream's fault, not
 * the client's: 502 with the path core found, instead of core's 400.
 */
export function parseUpstreamBody<T>(parse: (json: unknown) => T, json: unknown, what: string): T {
  try {
    return parse(json);
  } catch (error) {
    if (!isGembridgeError(error)) throw error;
    const where = error.param === null ? "" : ` at ${error.param}`;
    throw new GembridgeError(`The upstream sent an invalid ${what}${where}: ${error.message}`, { status: 502, code: "upstream_malformed_body" });
  }
}

/** A stream that broke after the headers went out (connection lost, idle timeout): the error for the last event. */
export function midStreamError(error: unknown): GembridgeError {
  if (isGembridgeError(error)) return error;
  return new GembridgeError("The upstream stream failed before it finished.", { status: 502, code: "upstream_stream_failed", cause: error });
}
