import type { GeminiGenerateContentResponse } from "../wire/gemini";
import { GEMINI_RESPONSE_SHAPE } from "./gemini-response-shape";
import { readShape } from "./shape";

export interface ReadGeminiResponseOptions {
  /** Path prefix of faults: `chunks[3]` for a stream event; default none. */
  root?: string;
  /** Code instead of `invalid_upstream_response` (the stream keeps `upstream_malformed_event`). */
  code?: string;
}

/**
 * A Gemini `GenerateContentResponse` (a unary answer, or one stream event) from unknown JSON, read in one pass:
 * the typed value (the input itself unless a snake_case name or a `null` had to be rewritten), or a 502
 * `GembridgeError` naming the first bad field (decision 0242). Accepts and returns exactly what
 * `parseGeminiResponse` does, without zod.
 */
export function readGeminiResponse(input: unknown, options: ReadGeminiResponseOptions = {}): GeminiGenerateContentResponse {
  return readShape(
    GEMINI_RESPONSE_SHAPE,
    input,
    { party: "upstream", what: "Gemini GenerateContentResponse", ...(options.code === undefined ? {} : { code: options.code }) },
    options.root ?? "",
  ) as GeminiGenerateContentResponse;
}
