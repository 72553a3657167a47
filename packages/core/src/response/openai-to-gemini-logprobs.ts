import type { GeminiLogprobsResult } from "../wire/gemini/gemini-grounding";
import type { OpenAILogprobs } from "../wire/openai/usage";

/**
 * OpenAI `logprobs.content[]` → Gemini `logprobsResult` + `avgLogprobs`, the inverse of the forward mapping
 * (README "Responses"): one chosen candidate and one top-candidates list per decoding step. `bytes` has no Gemini
 * field and Gemini's `tokenId` has no OpenAI source, so both are absent; `logprobs.refusal` is not expressible.
 * `avgLogprobs` is the mean of the chosen log-probabilities, as Gemini defines it.
 */
export function openaiToGeminiLogprobs(
  logprobs: OpenAILogprobs,
): { logprobsResult: GeminiLogprobsResult; avgLogprobs?: number } | undefined {
  const steps = logprobs.content;
  if (steps === null || steps === undefined) return undefined;
  // The mean is summed from pre-divided terms: a plain sum of very negative logprobs overflows to -Infinity (which
  // JSON writes as null) although the mean itself is finite. A non-finite mean is left out.
  let mean = 0;
  const chosenCandidates: NonNullable<GeminiLogprobsResult["chosenCandidates"]> = [];
  const topCandidates: NonNullable<GeminiLogprobsResult["topCandidates"]> = [];
  for (const step of steps) {
    mean += step.logprob / steps.length;
    chosenCandidates.push({ token: step.token, logProbability: step.logprob });
    topCandidates.push({
      candidates: step.top_logprobs.map((top) => ({ token: top.token, logProbability: top.logprob })),
    });
  }
  const logprobsResult: GeminiLogprobsResult = { chosenCandidates, topCandidates };
  return steps.length === 0 || !Number.isFinite(mean) ? { logprobsResult } : { logprobsResult, avgLogprobs: mean };
}
