/**
 * Finish reasons, both directions: Gemini `Candidate.finishReason` → OpenAI `finish_reason` and back
 * (https://ai.google.dev/api/generate-content#FinishReason, https://platform.openai.com/docs/api-reference/chat/object).
 * The resolvers that apply the context rules are `response/resolve-finish-reason.ts` (forward) and
 * `response/resolve-gemini-finish-reason.ts` (reverse); docs/readme/response.md renders the forward table.
 */
import type { GeminiFinishReason } from "../wire/gemini/gemini-enums";
import type { OpenAIFinishReason } from "../wire/openai/response";

/**
 * Gemini `Candidate.finishReason` → OpenAI `finish_reason`, for every value of the union enum (https://ai.google.dev/api/generate-content#candidate).
 * The compiler proves the table complete; `resolveFinishReason` applies the one context rule (a function call
 * present → `tool_calls`). The native value always travels beside it as `extra_content.google.finish_reason`.
 *
 * Why the odd rows (docs/decisions/0061-finish-reasons.md):
 * - Safety-like verdicts (SAFETY … MODEL_ARMOR, LANGUAGE) → `content_filter`: output was withheld by a filter.
 * - Tool-protocol failures (MALFORMED_FUNCTION_CALL, UNEXPECTED_TOOL_CALL without a call, TOO_MANY_TOOL_CALLS,
 *   MISSING_THOUGHT_SIGNATURE) → `content_filter`, never `stop`: the message is empty, and an agent loop that sees
 *   `stop` would end the task with an empty answer; `length` would invite it to retry with a bigger budget, which
 *   cannot help; `tool_calls` without calls crashes loops. A `tool_protocol_error` warning lets gateways retry.
 * - OTHER, NO_IMAGE, IMAGE_OTHER, FINISH_REASON_UNSPECIFIED → `stop` (no better OpenAI word; native reason kept).
 */
export const GEMINI_TO_OPENAI_FINISH_REASON = {
  FINISH_REASON_UNSPECIFIED: "stop",
  STOP: "stop",
  MAX_TOKENS: "length",
  SAFETY: "content_filter",
  RECITATION: "content_filter",
  LANGUAGE: "content_filter",
  OTHER: "stop",
  BLOCKLIST: "content_filter",
  PROHIBITED_CONTENT: "content_filter",
  SPII: "content_filter",
  MALFORMED_FUNCTION_CALL: "content_filter",
  IMAGE_SAFETY: "content_filter",
  IMAGE_PROHIBITED_CONTENT: "content_filter",
  IMAGE_OTHER: "stop",
  NO_IMAGE: "stop",
  IMAGE_RECITATION: "content_filter",
  UNEXPECTED_TOOL_CALL: "content_filter",
  TOO_MANY_TOOL_CALLS: "content_filter",
  MISSING_THOUGHT_SIGNATURE: "content_filter",
  MODEL_ARMOR: "content_filter",
} as const satisfies Record<GeminiFinishReason, Exclude<OpenAIFinishReason, "function_call" | "tool_calls">>;

/** Native reasons that mean "the model tried to call a tool and the protocol failed" (see the table's comment). */
export const GEMINI_TOOL_PROTOCOL_FAILURES: ReadonlySet<string> = new Set([
  "MALFORMED_FUNCTION_CALL",
  "UNEXPECTED_TOOL_CALL",
  "TOO_MANY_TOOL_CALLS",
  "MISSING_THOUGHT_SIGNATURE",
]);

/** The OpenAI value for a reason Google added after this table was written. */
export const UNKNOWN_FINISH_REASON_FALLBACK = "stop" satisfies OpenAIFinishReason;

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
