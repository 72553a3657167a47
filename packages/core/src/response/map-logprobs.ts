import type { GeminiLogprobsResult } from "../wire/gemini";
import type { OpenAILogprobs, OpenAITokenLogprob } from "../wire/openai";

const encoder = new TextEncoder();

type GeminiLogprobsCandidate = NonNullable<GeminiLogprobsResult["chosenCandidates"]>[number];

/** OpenAI gives each token's UTF-8 bytes; Gemini gives the string, whose UTF-8 encoding is exactly that. */
function tokenBytes(token: string): number[] {
  return Array.from(encoder.encode(token));
}

function topLogprob(candidate: GeminiLogprobsCandidate): { token: string; logprob: number; bytes: number[] } {
  const token = candidate.token ?? "";
  // proto3 JSON omits a log probability of exactly 0 (certainty): absent means 0, not "unknown".
  return { token, logprob: candidate.logProbability ?? 0, bytes: tokenBytes(token) };
}

/**
 * Gemini `logprobsResult` → OpenAI `choices[].logprobs`: one entry per decoding step (`chosenCandidates[i]`), its
 * alternatives from `topCandidates[i]` (already sorted, as OpenAI's are). Steps without alternatives get `[]`.
 * `tokenId` has no OpenAI field and is dropped by design (documented in docs/readme/response.md).
 *
 * @example mapLogprobs({ chosenCandidates: [{ token: "2", logProbability: -0.02 }] })
 * // { content: [{ token: "2", logprob: -0.02, bytes: [50], top_logprobs: [] }], refusal: null }
 */
export function mapLogprobs(result: GeminiLogprobsResult): OpenAILogprobs & { refusal: null } {
  const top = result.topCandidates ?? [];
  const content: OpenAITokenLogprob[] = (result.chosenCandidates ?? []).map((chosen, step) => ({
    ...topLogprob(chosen),
    top_logprobs: (top[step]?.candidates ?? []).map(topLogprob),
  }));
  return { content, refusal: null };
}
