import type { GeminiModalityTokenCount, GeminiUsageMetadata } from "../wire/gemini/gemini-usage";
import type { OpenAIUsage } from "../wire/openai/usage";
import { OPENAI_DETAIL_TO_GEMINI_MODALITY } from "../tables/usage";

/**
 * OpenAI `usage` → Gemini `usageMetadata`, the inverse of the forward `mapUsage` (README "Responses"):
 * OpenAI's `completion_tokens` include reasoning, Gemini's `candidatesTokenCount` does not, so reasoning tokens are
 * split off into `thoughtsTokenCount` — except in Google's own compat counting (the seed's recorded responses:
 * 7 + 1120 + 251 = 1378), where `completion_tokens` already excludes reasoning and only
 * prompt + completion + reasoning adds up to the total. `total_tokens` is copied, never recomputed, so totals are preserved even when
 * a backend's total is not prompt + completion. Per-modality details become `[{modality, tokenCount}]` lists.
 * Not expressible: `accepted/rejected_prediction_tokens`, `cache_write_tokens` (no Gemini field; see reverse.md).
 */
export function openaiToGeminiUsage(usage: OpenAIUsage): GeminiUsageMetadata {
  const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? 0;
  const google = usage.extra_properties?.google as Record<string, unknown> | undefined;
  // Our forward translator folds built-in tool prompt tokens into prompt_tokens and says how many it added.
  const toolUse = typeof google?.tool_use_prompt_tokens === "number" ? google.tool_use_prompt_tokens : 0;
  const googleCounting =
    reasoning > 0 && usage.prompt_tokens + usage.completion_tokens + reasoning === usage.total_tokens;
  const out: GeminiUsageMetadata = {
    promptTokenCount: Math.max(0, usage.prompt_tokens - toolUse),
    candidatesTokenCount: googleCounting ? usage.completion_tokens : Math.max(0, usage.completion_tokens - reasoning),
    totalTokenCount: usage.total_tokens,
  };
  const cached = usage.prompt_tokens_details?.cached_tokens;
  if (cached !== undefined) out.cachedContentTokenCount = cached;
  if (reasoning > 0) out.thoughtsTokenCount = reasoning;
  if (toolUse > 0) out.toolUsePromptTokenCount = toolUse;
  const promptDetails = modalityCounts(usage.prompt_tokens_details);
  if (promptDetails.length > 0) out.promptTokensDetails = promptDetails;
  const candidateDetails = modalityCounts(usage.completion_tokens_details);
  if (candidateDetails.length > 0) out.candidatesTokensDetails = candidateDetails;
  if (typeof google?.traffic_type === "string") out.trafficType = google.traffic_type;
  // Gemini API responses carry `usageMetadata.serviceTier` (recorded); the forward side keeps it here.
  if (typeof google?.service_tier === "string") (out as Record<string, unknown>).serviceTier = google.service_tier;
  return out;
}

function modalityCounts(details: Record<string, unknown> | null | undefined): GeminiModalityTokenCount[] {
  const out: GeminiModalityTokenCount[] = [];
  if (details === null || details === undefined) return out;
  for (const [key, modality] of Object.entries(OPENAI_DETAIL_TO_GEMINI_MODALITY)) {
    const count = details[key];
    if (typeof count === "number") out.push({ modality, tokenCount: count });
  }
  return out;
}
