import type { OpenAIFinishReason } from "../wire/openai/response";
import type { GeminiFinishReason } from "../wire/gemini/gemini-enums";

/**
 * OpenAI `finish_reason` → Gemini `finishReason`: the inverse of the forward table (`GEMINI_TO_OPENAI_FINISH_REASON`).
 * Gemini has no "tool_calls" reason — it says STOP when it emitted function calls — so `tool_calls` and the
 * deprecated `function_call` both become STOP. `content_filter` becomes SAFETY, the most general of the ten Gemini
 * reasons that the forward table folds into `content_filter`; Google's own reason, when the backend kept it in
 * `extra_content.google.finish_reason`, wins over this table (see `resolveGeminiFinishReason`).
 */
export const OPENAI_TO_GEMINI_FINISH_REASON = {
  stop: "STOP",
  length: "MAX_TOKENS",
  tool_calls: "STOP",
  content_filter: "SAFETY",
  function_call: "STOP",
} as const satisfies Record<OpenAIFinishReason, GeminiFinishReason>;

/**
 * The Gemini reason for a choice. `google` is the backend's `extra_content.google.finish_reason` (Google's compat
 * endpoint and our own forward translator keep the precise reason there); `null`/absent OpenAI reasons yield
 * `undefined` (Gemini omits `finishReason` until a candidate is done). Unknown strings from lenient backends → OTHER.
 */
export function resolveGeminiFinishReason(
  finishReason: string | null | undefined,
  google?: string,
): GeminiFinishReason | (string & {}) | undefined {
  if (finishReason === null || finishReason === undefined) return google;
  if (google !== undefined && google !== "") return google;
  return (OPENAI_TO_GEMINI_FINISH_REASON as Record<string, GeminiFinishReason>)[finishReason] ?? "OTHER";
}
