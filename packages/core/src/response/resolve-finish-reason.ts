
import type { OpenAIFinishReason } from "../wire/openai";
import { GEMINI_TO_OPENAI_FINISH_REASON, GEMINI_TOOL_PROTOCOL_FAILURES, UNKNOWN_FINISH_REASON_FALLBACK } from "../tables/finish-reason";

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
