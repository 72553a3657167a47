import type { GeminiModalityTokenCount, GeminiUsageMetadata } from "../wire/gemini";
import type { OpenAIUsage } from "../wire/openai";
import { MODALITY_TO_DETAIL_KEY } from "../tables/usage";

/**
 * How `usage` is counted. `"openai"` (default) follows OpenAI's definitions: `completion_tokens` includes reasoning,
 * `prompt_tokens + completion_tokens = total_tokens`. `"google"` reproduces Google's own OpenAI-compatible endpoint
 * byte for byte (seed): `completion_tokens` = visible output only, `total_tokens` = Gemini's `totalTokenCount`, no
 * per-modality details. See docs/decisions/0062-output-profile-and-usage.md.
 */
export type UsageAccounting = "openai" | "google";

type Details = Record<string, number>;

function addByModality(into: Details, list: readonly GeminiModalityTokenCount[] | undefined): void {
  for (const entry of list ?? []) {
    const key = (MODALITY_TO_DETAIL_KEY as Record<string, string>)[entry.modality ?? ""];
    if (key !== undefined) into[key] = (into[key] ?? 0) + (entry.tokenCount ?? 0);
  }
}

/** Counts are proto int32: absent means 0 (proto3 JSON omits zero values). Negative/non-finite input is clamped. */
function count(value: number | undefined): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.trunc(value) : 0;
}

/**
 * Gemini `usageMetadata` → OpenAI `usage`. Detail objects are omitted when they would be empty (as Google's endpoint
 * does); zero counts inside a present object are kept (`0` is a value).
 *
 * @example mapUsage({ promptTokenCount: 7, candidatesTokenCount: 1120, thoughtsTokenCount: 251, totalTokenCount: 1378 })
 * // { prompt_tokens: 7, completion_tokens: 1371, total_tokens: 1378, completion_tokens_details: { reasoning_tokens: 251 } }
 */
export function mapUsage(usage: GeminiUsageMetadata, options: { accounting?: UsageAccounting } = {}): OpenAIUsage {
  const google = options.accounting === "google";
  const thoughts = count(usage.thoughtsTokenCount);
  const toolUse = count(usage.toolUsePromptTokenCount);
  const prompt = count(usage.promptTokenCount) + toolUse;
  const completion = count(usage.candidatesTokenCount) + (google ? 0 : thoughts);
  const total = google
    ? (usage.totalTokenCount === undefined ? prompt + count(usage.candidatesTokenCount) + thoughts : count(usage.totalTokenCount))
    : prompt + completion;

  const promptDetails: Details = {};
  if (usage.cachedContentTokenCount !== undefined) promptDetails.cached_tokens = count(usage.cachedContentTokenCount);
  const completionDetails: Details = {};
  if (thoughts > 0) completionDetails.reasoning_tokens = thoughts;
  if (!google) {
    addByModality(promptDetails, usage.promptTokensDetails);
    addByModality(promptDetails, usage.toolUsePromptTokensDetails);
    addByModality(completionDetails, usage.candidatesTokensDetails);
  }

  const extra: Record<string, string | number> = {};
  if (usage.trafficType !== undefined) extra.traffic_type = usage.trafficType;
  const serviceTier = (usage as { serviceTier?: unknown }).serviceTier;
  if (!google && typeof serviceTier === "string") extra.service_tier = serviceTier;
  if (!google && toolUse > 0) extra.tool_use_prompt_tokens = toolUse;

  const out: OpenAIUsage = { prompt_tokens: prompt, completion_tokens: completion, total_tokens: total };
  if (Object.keys(promptDetails).length > 0) out.prompt_tokens_details = promptDetails;
  if (Object.keys(completionDetails).length > 0) out.completion_tokens_details = completionDetails;
  if (Object.keys(extra).length > 0) out.extra_properties = { google: extra };
  return out;
}
