import { GembridgeError, isGembridgeError } from "@gembridge/core";

/** A stream that broke after the headers went out (connection lost, idle timeout): the error for the last event. */
export function midStreamError(error: unknown): GembridgeError {
  if (isGembridgeError(error)) return error;
  return new GembridgeError("The upstream stream failed before it finished.", { status: 502, code: "upstream_stream_failed", cause: error });
}
