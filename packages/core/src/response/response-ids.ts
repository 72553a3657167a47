import type { GeminiGenerateContentResponse } from "../wire/gemini";

/**
 * Ids and timestamps. Core has no clock and no randomness, so the defaults are derived from the response itself:
 * `id` = `responseId` (as Google's endpoint does), else `newId("completion", 0)`, else `chatcmpl-` + a hash of the
 * response; tool-call ids = Gemini's `functionCall.id`, else `newId("tool_call", i)`, else `call_<completion id>_<i>`
 * (`i` = position among all function calls of the response). Responses are unique per turn, so default ids do not
 * repeat across a conversation. `created` = `createTime`, else `now()`, else 0.
 */

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: a stable fingerprint, not a security hash. */
export function fnv1aHex(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The completion id when neither `responseId` nor `newId` is available. */
export function defaultCompletionId(response: GeminiGenerateContentResponse): string {
  return `chatcmpl-${fnv1aHex(JSON.stringify(response))}`;
}

/** Deterministic tool-call id for the `index`-th function call of a completion. */
export function defaultToolCallId(completionId: string, index: number): string {
  return `call_${completionId}_${index}`;
}

/** RFC 3339 `createTime` → Unix seconds; `undefined` when absent or unparseable. */
export function createTimeToUnixSeconds(createTime: string | undefined): number | undefined {
  if (createTime === undefined) return undefined;
  const millis = Date.parse(createTime);
  return Number.isFinite(millis) ? Math.floor(millis / 1000) : undefined;
}
