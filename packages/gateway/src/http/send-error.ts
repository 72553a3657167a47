import type { ServerResponse } from "node:http";
import { GembridgeError, isGembridgeError } from "@gembridge/core";
import { sendJson } from "./send-json";

/** The error body dialect a client understands: the route decides, never the error. */
export type ErrorShape = "openai" | "gemini";

/**
 * Answers with `error` in the client's shape. A `GembridgeError` (ours or core's) carries its status, code and
 * param; anything else is a bug and becomes a 500 whose message hides internals. When headers are already out
 * (a stream failed), nothing can be sent here: the caller writes an in-band event instead.
 */
export function sendError(response: ServerResponse, error: unknown, shape: ErrorShape, headers?: Record<string, string>): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const known = toGembridgeError(error);
  sendJson(response, known.status, shape === "openai" ? known.toOpenAIError() : known.toGeminiError(), headers);
}

export function toGembridgeError(error: unknown): GembridgeError {
  if (isGembridgeError(error)) return error;
  return new GembridgeError("Internal error in the gateway.", { status: 500, code: "internal_error", cause: error });
}
