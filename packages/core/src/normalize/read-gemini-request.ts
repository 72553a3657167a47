import type { GeminiGenerateContentRequest } from "../wire/gemini";
import { GEMINI_REQUEST_SHAPE } from "./gemini-request-shape";
import { readShape } from "./shape";

/**
 * A Gemini `GenerateContentRequest` from unknown JSON (a native client's body), read in one pass: the typed value
 * (the input itself unless a snake_case name or a `null` had to be rewritten), or a 400 `GembridgeError` naming the
 * first bad field with one code per kind of fault (decision 0242). Accepts and returns exactly what
 * `parseGeminiRequest` does, without zod.
 */
export function readGeminiRequest(input: unknown): GeminiGenerateContentRequest {
  return readShape(GEMINI_REQUEST_SHAPE, input, { party: "client", what: "Gemini GenerateContentRequest" }) as GeminiGenerateContentRequest;
}
