/**
 * Where thought signatures wait between a response and the follow-up request that must send them back, for clients
 * that drop `extra_content` and shorten tool-call ids (docs/decisions/0190-signature-store.md). Synchronous so core
 * stays pure and allocation-free around it; an asynchronous backend (Redis) is wrapped by the embedder: it fetches
 * the keys of `collectSignatureKeys(request)` before translating and writes what the response side set afterwards.
 */
export interface SignatureStore {
  get(key: string): string | undefined;
  set(key: string, signature: string): void;
}

/**
 * Key of a function call's signature: the plain tool-call id we emitted (before any `gbts1_` encoding). Ids are
 * unique across choices (the response-wide call counter numbers generated ids), so `n > 1` does not collide.
 */
export function toolCallSignatureKey(toolCallId: string): string {
  return `tc:${toolCallId}`;
}

/**
 * Key of a signature on a non-call part (text, thought, image): completion id, choice index and part index, which
 * are unique per emitted part. The request side cannot see the completion id, so these entries serve embedders that
 * keep it (logs, replays); requests restore function calls, the signatures Gemini enforces.
 */
export function partSignatureKey(completionId: string, choiceIndex: number, partIndex: number): string {
  return `part:${completionId}:${choiceIndex}:${partIndex}`;
}
