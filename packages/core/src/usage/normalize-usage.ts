import { mapUsage, type UsageAccounting } from "../response/map-usage";
import { openaiToGeminiUsage } from "../response/openai-to-gemini-usage";
import type { TranslationWarning } from "../shared/result";
import type { GeminiUsageMetadata } from "../wire/gemini";
import type { OpenAIUsage } from "../wire/openai";

/**
 * The one usage entry point: unary and stream, forward (Gemini → OpenAI) and reverse (OpenAI → Gemini) all call
 * this, so the counting rule (docs/decisions/0062) and the billing check live in one place. The field mapping
 * itself is the pair `mapUsage` / `openaiToGeminiUsage`; this adds the `usage_mismatch` check on the numbers the
 * upstream reported, before we re-add them (see docs/decisions/0195).
 */
export type NormalizeUsageInput =
  | { from: "gemini"; usage: GeminiUsageMetadata; accounting?: UsageAccounting; path?: string }
  | { from: "openai"; usage: OpenAIUsage; path?: string };

export function normalizeUsage(input: Extract<NormalizeUsageInput, { from: "gemini" }>): {
  value: OpenAIUsage;
  warnings: TranslationWarning[];
};
export function normalizeUsage(input: Extract<NormalizeUsageInput, { from: "openai" }>): {
  value: GeminiUsageMetadata;
  warnings: TranslationWarning[];
};
export function normalizeUsage(input: NormalizeUsageInput): {
  value: OpenAIUsage | GeminiUsageMetadata;
  warnings: TranslationWarning[];
} {
  if (input.from === "gemini") {
    const path = input.path ?? "usageMetadata";
    const options = input.accounting === undefined ? {} : { accounting: input.accounting };
    return { value: mapUsage(input.usage, options), warnings: checkGeminiUsage(input.usage, path) };
  }
  const path = input.path ?? "usage";
  return { value: openaiToGeminiUsage(input.usage), warnings: checkOpenAIUsage(input.usage, path) };
}

function count(value: number | undefined | null): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.trunc(value) : 0;
}

/**
 * Google's own numbers: `totalTokenCount` should be prompt + candidates + thoughts + tool-use prompt
 * (https://ai.google.dev/api/generate-content#UsageMetadata), and the cached part of the prompt cannot exceed it.
 * A stream chunk may carry only a prompt count so far (no total yet): no total, no check.
 */
export function checkGeminiUsage(usage: GeminiUsageMetadata, path = "usageMetadata"): TranslationWarning[] {
  const warnings: TranslationWarning[] = [];
  const prompt = count(usage.promptTokenCount);
  const sum = prompt + count(usage.candidatesTokenCount) + count(usage.thoughtsTokenCount) + count(usage.toolUsePromptTokenCount);
  if (usage.totalTokenCount !== undefined && count(usage.totalTokenCount) !== sum) {
    warnings.push({
      path: `${path}.totalTokenCount`,
      code: "usage_mismatch",
      message: `Gemini reported totalTokenCount ${count(usage.totalTokenCount)}, but prompt + candidates + thoughts + tool-use prompt is ${sum}; OpenAI usage uses the sum`,
    });
  }
  if (count(usage.cachedContentTokenCount) > prompt) {
    warnings.push({
      path: `${path}.cachedContentTokenCount`,
      code: "usage_mismatch",
      message: `Gemini reported ${count(usage.cachedContentTokenCount)} cached tokens, more than the ${prompt} prompt tokens`,
    });
  }
  return warnings;
}

/**
 * OpenAI's definition: prompt + completion = total, reasoning ⊆ completion, cached ⊆ prompt. Google's own compat
 * endpoint counts reasoning outside completion (prompt + completion + reasoning = total), which is also accepted.
 */
export function checkOpenAIUsage(usage: OpenAIUsage, path = "usage"): TranslationWarning[] {
  const warnings: TranslationWarning[] = [];
  const prompt = count(usage.prompt_tokens);
  const completion = count(usage.completion_tokens);
  const total = count(usage.total_tokens);
  const reasoning = count(usage.completion_tokens_details?.reasoning_tokens);
  if (prompt + completion !== total && prompt + completion + reasoning !== total) {
    warnings.push({
      path: `${path}.total_tokens`,
      code: "usage_mismatch",
      message: `total_tokens ${total} is not prompt_tokens + completion_tokens (${prompt + completion}); copied as reported`,
    });
  }
  const cached = count(usage.prompt_tokens_details?.cached_tokens);
  if (cached > prompt) {
    warnings.push({
      path: `${path}.prompt_tokens_details.cached_tokens`,
      code: "usage_mismatch",
      message: `cached_tokens ${cached} exceeds prompt_tokens ${prompt}`,
    });
  }
  return warnings;
}
