/**
 * Usage, both directions: Gemini `usageMetadata` ↔ OpenAI `usage`
 * (https://ai.google.dev/api/generate-content#UsageMetadata, https://platform.openai.com/docs/api-reference/chat/object#chat/object-usage).
 * `USAGE_MAPPING` is the field-by-field rule (rendered into docs/readme/response.md); the arithmetic is
 * `response/map-usage.ts` (forward) and `response/openai-to-gemini-usage.ts` (reverse).
 */
import type { GeminiModalityTokenCount } from "../wire/gemini";

/** Gemini modality → OpenAI `*_tokens_details` key. VIDEO/DOCUMENT have no OpenAI field (kept in the raw metadata). */
export const MODALITY_TO_DETAIL_KEY = {
  TEXT: "text_tokens",
  IMAGE: "image_tokens",
  AUDIO: "audio_tokens",
} as const satisfies Record<string, string>;

/** One row per OpenAI usage field: where it comes from (rendered into docs/readme/response.md). */
export const USAGE_MAPPING = [
  ["prompt_tokens", "promptTokenCount + toolUsePromptTokenCount", "promptTokenCount + toolUsePromptTokenCount"],
  ["completion_tokens", "candidatesTokenCount + thoughtsTokenCount", "candidatesTokenCount"],
  ["total_tokens", "prompt_tokens + completion_tokens", "totalTokenCount (else the sum of the counts)"],
  ["completion_tokens_details.reasoning_tokens", "thoughtsTokenCount (when > 0)", "thoughtsTokenCount (when > 0)"],
  ["completion_tokens_details.{text,image,audio}_tokens", "candidatesTokensDetails by modality", "—"],
  ["prompt_tokens_details.cached_tokens", "cachedContentTokenCount", "cachedContentTokenCount"],
  [
    "prompt_tokens_details.{text,image,audio}_tokens",
    "promptTokensDetails + toolUsePromptTokensDetails by modality",
    "—",
  ],
  ["extra_properties.google.traffic_type", "trafficType (Vertex)", "trafficType (Vertex)"],
  ["extra_properties.google.service_tier", "serviceTier (Gemini API)", "—"],
  ["extra_properties.google.tool_use_prompt_tokens", "toolUsePromptTokenCount (when > 0)", "—"],
] as const satisfies ReadonlyArray<readonly [string, string, string]>;

/** Which OpenAI `*_tokens` detail key is which Gemini modality. */
export const OPENAI_DETAIL_TO_GEMINI_MODALITY = {
  text_tokens: "TEXT",
  image_tokens: "IMAGE",
  audio_tokens: "AUDIO",
} as const satisfies Record<string, GeminiModalityTokenCount["modality"] & string>;
