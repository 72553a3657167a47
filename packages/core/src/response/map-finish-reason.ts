import type { GeminiFinishReason } from "../wire/gemini";
import type { OpenAIFinishReason } from "../wire/openai";

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

export interface ResolvedFinishReason {
  finishReason: OpenAIFinishReason;
  /** Gemini's value as received (`undefined` when the candidate had none). */
  nativeReason: string | undefined;
  /** False for a value not in {@link GEMINI_TO_OPENAI_FINISH_REASON} (caller warns). */
  known: boolean;
}

/**
 * Maps a candidate's finish reason. Rule: when the candidate carries at least one function call the answer is
 * `tool_calls` — Gemini says STOP after calls — except where the table says `length` or `content_filter` for a
 * truncation or a safety verdict: those outrank the calls (OpenAI itself reports `length` when a tool-call turn hits
 * the token limit), and the calls are still delivered in `message.tool_calls`. Tool-protocol failures with a call
 * present (UNEXPECTED_TOOL_CALL with the undeclared call) give `tool_calls`: the call is real, the client decides.
 *
 * @example resolveFinishReason("STOP", { hasToolCalls: true }) // { finishReason: "tool_calls", nativeReason: "STOP", known: true }
 */
export function resolveFinishReason(
  geminiReason: string | undefined,
  { hasToolCalls }: { hasToolCalls: boolean },
): ResolvedFinishReason {
  const table = GEMINI_TO_OPENAI_FINISH_REASON as Record<string, OpenAIFinishReason>;
  const known = geminiReason === undefined || Object.hasOwn(table, geminiReason);
  // Own-property lookup: a reason named like an Object.prototype member ("toString") must not resolve to it.
  const mapped = geminiReason === undefined || !known ? UNKNOWN_FINISH_REASON_FALLBACK : (table[geminiReason] ?? "stop");
  const toolCallsWin = hasToolCalls && (mapped === "stop" || GEMINI_TOOL_PROTOCOL_FAILURES.has(geminiReason ?? ""));
  return { finishReason: toolCallsWin ? "tool_calls" : mapped, nativeReason: geminiReason, known };
}
