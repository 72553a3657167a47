
import type { GeminiFinishReason } from "../wire/gemini/gemini-enums";
import { OPENAI_TO_GEMINI_FINISH_REASON } from "../tables/finish-reason";

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
