import { parseWithSchema } from "../parse-with-schema";
import { type GeminiGenerateContentRequest, geminiGenerateContentRequestSchema } from "./gemini-request";
import { type GeminiGenerateContentResponse, geminiGenerateContentResponseSchema } from "./gemini-response";
import { type GeminiStatus, geminiStatusOrArraySchema } from "./gemini-status";

/*
 * All four read proto3 JSON the way Google's parsers do before validating (proto-json-input.ts): snake_case field
 * names are renamed to camelCase and `null` on a declared field is dropped as "unset". The result is a new object;
 * the input is never mutated.
 */

/**
 * Validates an unknown JSON value as a Gemini/Vertex `GenerateContentRequest` body.
 * Throws `GembridgeError` (400, `param` = path of the first bad field, e.g. `contents[1].parts[0].inlineData.data`).
 * @example parseGeminiRequest({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] })
 */
export function parseGeminiRequest(input: unknown): GeminiGenerateContentRequest {
  return parseWithSchema(geminiGenerateContentRequestSchema, input, "Gemini generateContent request");
}

/**
 * Validates an unknown JSON value as a `GenerateContentResponse` (unary). Unknown fields and enum values survive.
 * @example parseGeminiResponse({ candidates: [{ content: { role: "model", parts: [{ text: "Hi" }] }, finishReason: "STOP" }] })
 */
export function parseGeminiResponse(input: unknown): GeminiGenerateContentResponse {
  return parseWithSchema(geminiGenerateContentResponseSchema, input, "Gemini generateContent response");
}

/**
 * Validates one streamed chunk (one SSE `data:` payload of `streamGenerateContent?alt=sse`). Same shape as a
 * response, carrying only the delta; the separate name keeps error messages precise.
 * @example parseGeminiChunk({ candidates: [{ content: { role: "model", parts: [{ text: "Hel" }] } }] })
 */
export function parseGeminiChunk(input: unknown): GeminiGenerateContentResponse {
  return parseWithSchema(geminiGenerateContentResponseSchema, input, "Gemini stream chunk");
}

/**
 * Validates a Google error body (`{ error: google.rpc.Status }`), also accepting it wrapped in a one-element array;
 * always returns the unwrapped body.
 * @example parseGeminiError([{ error: { code: 429, message: "Quota exceeded", status: "RESOURCE_EXHAUSTED" } }])
 */
export function parseGeminiError(input: unknown): GeminiStatus {
  return parseWithSchema(geminiStatusOrArraySchema, input, "Gemini error body");
}
