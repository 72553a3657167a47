import type { GeminiLogprobsResult } from "../wire/gemini/gemini-grounding";
import type { OpenAILogprobs } from "../wire/openai/usage";

/**
 * OpenAI `logprobs.content[]` → Gemini `logprobsResult` + `avgLogprobs`, the inverse of the forward mapping
 * (SPEC-DIGEST §8.2): one chosen candidate and one top-candidates list per decoding step. `bytes` has no Gemini
 * field and Gemini's `tokenId` has no OpenAI source, so both are absent; `logprobs.refusal` is not expressible.
 * `avgLogprobs` is the mean of the chosen log-probabilities, as Gemini defines it.
 */
export function openaiToGeminiLogprobs(
  logprobs: OpenAILogprobs,
): { logprobsResult: GeminiLogprobsResult; avgLogprobs?: number } | undefined {
  const steps = logprobs.content;
  if (steps === null || steps === undefined) return undefined;
  let sum = 0;
  const chosenCandidates: NonNullable<GeminiLogprobsResult["chosenCandidates"]> = [];
  const topCandidates: NonNullable<GeminiLogprobsResult["topCandidates"]> = [];
  for (const step of steps) {
    sum += step.logprob;
    chosenCandidates.push({ token: step.token, logProbability: step.logprob });
    topCandidates.push({
      candidates: step.top_logprobs.map((top) => ({ token: top.token, logProbability: top.logprob })),
    });
  }
  const logprobsResult: GeminiLogprobsResult = { chosenCandidates, topCandidates };
  return steps.length === 0 ? { logprobsResult } : { logprobsResult, avgLogprobs: sum / steps.length };
}
