/**
 * `@gembridge/core/internal`: the building blocks under the stable surface — mapping tables, single-field
 * mappers, the zod wire schemas and enum lists, signature-key helpers. Gateways may use them, but they follow
 * the code, not semver: a minor release may rename or reshape any of them (CHANGELOG.md lists each change).
 * A plain list of named exports (no `export *`): src/index.test.ts pins it.
 */

export { googleStatus, openAIErrorType } from "./errors/gembridge-error";

// Zod wire schemas and enum lists (src/wire).
export {
  OPENAI_FINISH_REASONS,
  OPENAI_MESSAGE_ROLES,
  OPENAI_MODALITIES,
  OPENAI_REASONING_EFFORTS,
  OPENAI_TOOL_CHOICE_MODES,
  openAIChatCompletionChunkSchema,
  openAIChatCompletionSchema,
  openAIChatRequestSchema,
  openAIErrorResponseSchema,
} from "./wire/openai/index";
export {
  GEMINI_BLOCK_REASONS,
  GEMINI_FINISH_REASONS,
  GEMINI_FUNCTION_CALLING_MODES,
  GEMINI_HARM_BLOCK_THRESHOLDS,
  GEMINI_HARM_CATEGORIES,
  GEMINI_HARM_PROBABILITIES,
  GEMINI_MEDIA_RESOLUTIONS,
  GEMINI_MODALITIES,
  GEMINI_SCHEMA_TYPES,
  GEMINI_THINKING_LEVELS,
  GEMINI_TRAFFIC_TYPES,
  geminiGenerateContentRequestSchema,
  geminiGenerateContentResponseSchema,
  geminiStatusOrArraySchema,
  geminiStatusSchema,
} from "./wire/gemini/index";

// The schema target table (docs/readme/schema.md).
export { SCHEMA_CAPABILITIES } from "./schema/schema-capabilities";
export type { SchemaCapabilityRow } from "./schema/schema-capabilities";

// Readers of an OpenAI-compatible backend's answers as the reverse translators take them (envelope optional; decision 0153).
export { readOpenAIUpstreamChatCompletion, readOpenAIUpstreamChatCompletionChunk } from "./normalize/read-openai-chat-completion";

// Response-side mappers and tables.
export { resolveFinishReason } from "./response/resolve-finish-reason";
export { GEMINI_TO_OPENAI_FINISH_REASON } from "./tables/finish-reason";
export type { ResolvedFinishReason } from "./response/resolve-finish-reason";
export { mapUsage } from "./response/map-usage";
export type { UsageAccounting } from "./response/map-usage";
export { type NormalizeUsageInput, normalizeUsage } from "./usage/normalize-usage";
export { mapLogprobs } from "./response/map-logprobs";
export { geminiPartToOpenAI } from "./response/gemini-part-to-openai";
export type { OpenAIPartFragment } from "./response/gemini-part-to-openai";
export { OPENAI_TO_GEMINI_FINISH_REASON } from "./tables/finish-reason";
export { openaiToGeminiUsage } from "./response/openai-to-gemini-usage";
export { openaiToGeminiLogprobs } from "./response/openai-to-gemini-logprobs";

// Thought-signature keys, ids and rules.
export {
  DEFAULT_MAX_TOOL_CALL_ID_LENGTH,
  decodeToolCallIdSignature,
  encodeToolCallIdSignature,
} from "./signature/tool-call-id-signature";
export type { DecodedToolCallId } from "./signature/tool-call-id-signature";
export { partSignatureKey, toolCallSignatureKey } from "./signature/signature-store";
export { SKIP_THOUGHT_SIGNATURE_VALUES, THOUGHT_SIGNATURE_RULES, thoughtSignatureRule } from "./signature/thought-signature-rules";
export type { ThoughtSignatureRule } from "./signature/thought-signature-rules";

// Models: the capability table and its lookups.
export { MODEL_CAPABILITIES, modelMatch, UNKNOWN_MODEL_CAPABILITIES } from "./model/model-capabilities";
export type { ModelMatch } from "./model/model-capabilities";
export { MODEL_TABLE } from "./tables/model-capabilities";
export type { ModelRow, Sourced } from "./tables/model-capabilities";
export { thinkingFromReasoningEffort } from "./model/reasoning-effort";
export { REASONING_EFFORT_TABLE } from "./tables/reasoning-effort";
export type { ReasoningEffort } from "./tables/reasoning-effort";
export { normalizeModelName } from "./model/normalize-model-name";
