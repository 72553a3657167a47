/**
 * Known values of the Gemini / Vertex enums we branch on, as the union of both dialects (https://ai.google.dev/api/generate-content#request-body, https://ai.google.dev/api/generate-content#generatecontentresponse).
 * Sources: generativelanguage v1beta protos (googleapis@f8291d2b), aiplatform v1 discovery rev 20260815, and
 * @google/genai types for values newer than both. Schemas accept other strings too (see `openEnum`).
 */

/** `Candidate.finishReason`, GA ∪ VX ∪ SDK. */
export const GEMINI_FINISH_REASONS = [
  "FINISH_REASON_UNSPECIFIED",
  "STOP",
  "MAX_TOKENS",
  "SAFETY",
  "RECITATION",
  "LANGUAGE",
  "OTHER",
  "BLOCKLIST",
  "PROHIBITED_CONTENT",
  "SPII",
  "MALFORMED_FUNCTION_CALL",
  "IMAGE_SAFETY",
  "IMAGE_PROHIBITED_CONTENT",
  "IMAGE_OTHER",
  "NO_IMAGE",
  "IMAGE_RECITATION",
  "UNEXPECTED_TOOL_CALL",
  "TOO_MANY_TOOL_CALLS",
  "MISSING_THOUGHT_SIGNATURE",
  "MODEL_ARMOR",
] as const;
export type GeminiFinishReason = (typeof GEMINI_FINISH_REASONS)[number];

/** `PromptFeedback.blockReason`: GA spells the default `BLOCK_REASON_UNSPECIFIED`, VX `BLOCKED_REASON_UNSPECIFIED`. */
export const GEMINI_BLOCK_REASONS = [
  "BLOCK_REASON_UNSPECIFIED",
  "BLOCKED_REASON_UNSPECIFIED",
  "SAFETY",
  "OTHER",
  "BLOCKLIST",
  "PROHIBITED_CONTENT",
  "IMAGE_SAFETY",
  "MODEL_ARMOR",
  "JAILBREAK",
] as const;
export type GeminiBlockReason = (typeof GEMINI_BLOCK_REASONS)[number];

/** `HarmCategory` (safety settings and ratings). The PaLM-era values stay listed because GA still returns them in enums. */
export const GEMINI_HARM_CATEGORIES = [
  "HARM_CATEGORY_UNSPECIFIED",
  "HARM_CATEGORY_DEROGATORY",
  "HARM_CATEGORY_TOXICITY",
  "HARM_CATEGORY_VIOLENCE",
  "HARM_CATEGORY_SEXUAL",
  "HARM_CATEGORY_MEDICAL",
  "HARM_CATEGORY_DANGEROUS",
  "HARM_CATEGORY_HARASSMENT",
  "HARM_CATEGORY_HATE_SPEECH",
  "HARM_CATEGORY_SEXUALLY_EXPLICIT",
  "HARM_CATEGORY_DANGEROUS_CONTENT",
  "HARM_CATEGORY_CIVIC_INTEGRITY",
  "HARM_CATEGORY_IMAGE_HATE",
  "HARM_CATEGORY_IMAGE_DANGEROUS_CONTENT",
  "HARM_CATEGORY_IMAGE_HARASSMENT",
  "HARM_CATEGORY_IMAGE_SEXUALLY_EXPLICIT",
  "HARM_CATEGORY_JAILBREAK",
] as const;
export type GeminiHarmCategory = (typeof GEMINI_HARM_CATEGORIES)[number];

/** `SafetySetting.threshold` (also VX `SafetyRating.overwrittenThreshold`). */
export const GEMINI_HARM_BLOCK_THRESHOLDS = [
  "HARM_BLOCK_THRESHOLD_UNSPECIFIED",
  "BLOCK_LOW_AND_ABOVE",
  "BLOCK_MEDIUM_AND_ABOVE",
  "BLOCK_ONLY_HIGH",
  "BLOCK_NONE",
  "OFF",
] as const;
export type GeminiHarmBlockThreshold = (typeof GEMINI_HARM_BLOCK_THRESHOLDS)[number];

/** `SafetyRating.probability`. */
export const GEMINI_HARM_PROBABILITIES = ["HARM_PROBABILITY_UNSPECIFIED", "NEGLIGIBLE", "LOW", "MEDIUM", "HIGH"] as const;
export type GeminiHarmProbability = (typeof GEMINI_HARM_PROBABILITIES)[number];

/** `HarmSeverity` (VX ratings only). */
export const GEMINI_HARM_SEVERITIES = [
  "HARM_SEVERITY_UNSPECIFIED",
  "HARM_SEVERITY_NEGLIGIBLE",
  "HARM_SEVERITY_LOW",
  "HARM_SEVERITY_MEDIUM",
  "HARM_SEVERITY_HIGH",
] as const;
export type GeminiHarmSeverity = (typeof GEMINI_HARM_SEVERITIES)[number];

/** `Modality`: `responseModalities` (VX adds VIDEO) and `ModalityTokenCount.modality` (adds DOCUMENT). */
export const GEMINI_MODALITIES = ["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "VIDEO", "AUDIO", "DOCUMENT"] as const;
export type GeminiModality = (typeof GEMINI_MODALITIES)[number];

/** `ThinkingConfig.thinkingLevel` (Gemini 3); each model supports a subset. */
export const GEMINI_THINKING_LEVELS = ["THINKING_LEVEL_UNSPECIFIED", "MINIMAL", "LOW", "MEDIUM", "HIGH"] as const;
export type GeminiThinkingLevel = (typeof GEMINI_THINKING_LEVELS)[number];

/** `UsageMetadata.trafficType` (VX). */
export const GEMINI_TRAFFIC_TYPES = [
  "TRAFFIC_TYPE_UNSPECIFIED",
  "ON_DEMAND",
  "ON_DEMAND_PRIORITY",
  "ON_DEMAND_FLEX",
  "ON_DEMAND_OFFPEAK",
  "PROVISIONED_THROUGHPUT",
] as const;
export type GeminiTrafficType = (typeof GEMINI_TRAFFIC_TYPES)[number];

/** `FunctionCallingConfig.mode`; `VALIDATED` = call or text, calls constrained to the schemas. */
export const GEMINI_FUNCTION_CALLING_MODES = ["MODE_UNSPECIFIED", "AUTO", "ANY", "NONE", "VALIDATED"] as const;
export type GeminiFunctionCallingMode = (typeof GEMINI_FUNCTION_CALLING_MODES)[number];

/** Request-level `mediaResolution`; `Part.mediaResolution.level` also allows ULTRA_HIGH (images). */
export const GEMINI_MEDIA_RESOLUTIONS = [
  "MEDIA_RESOLUTION_UNSPECIFIED",
  "MEDIA_RESOLUTION_LOW",
  "MEDIA_RESOLUTION_MEDIUM",
  "MEDIA_RESOLUTION_HIGH",
  "MEDIA_RESOLUTION_ULTRA_HIGH",
] as const;
export type GeminiMediaResolution = (typeof GEMINI_MEDIA_RESOLUTIONS)[number];

/** Gemini `Schema.type` (`NULL` is GA/SDK; VX v1 uses `nullable`). */
export const GEMINI_SCHEMA_TYPES = [
  "TYPE_UNSPECIFIED",
  "STRING",
  "NUMBER",
  "INTEGER",
  "BOOLEAN",
  "ARRAY",
  "OBJECT",
  "NULL",
] as const;
export type GeminiSchemaType = (typeof GEMINI_SCHEMA_TYPES)[number];

/** `ExecutableCode.language`. */
export const GEMINI_CODE_LANGUAGES = ["LANGUAGE_UNSPECIFIED", "PYTHON"] as const;
/** `CodeExecutionResult.outcome`. */
export const GEMINI_CODE_OUTCOMES = [
  "OUTCOME_UNSPECIFIED",
  "OUTCOME_OK",
  "OUTCOME_FAILED",
  "OUTCOME_DEADLINE_EXCEEDED",
] as const;
/** `FunctionResponse.scheduling` (GA, NON_BLOCKING functions). */
export const GEMINI_FUNCTION_RESPONSE_SCHEDULINGS = ["SCHEDULING_UNSPECIFIED", "SILENT", "WHEN_IDLE", "INTERRUPT"] as const;
/** `FunctionDeclaration.behavior` (Live API). */
export const GEMINI_FUNCTION_BEHAVIORS = ["UNSPECIFIED", "BLOCKING", "NON_BLOCKING"] as const;
/** `toolCall.toolType` / `toolResponse.toolType` (GA server-side tool invocations). */
export const GEMINI_TOOL_TYPES = [
  "TOOL_TYPE_UNSPECIFIED",
  "GOOGLE_SEARCH_WEB",
  "GOOGLE_SEARCH_IMAGE",
  "URL_CONTEXT",
  "GOOGLE_MAPS",
  "FILE_SEARCH",
] as const;
/** `UrlMetadata.urlRetrievalStatus`; PAYWALL and UNSAFE are GA only. */
export const GEMINI_URL_RETRIEVAL_STATUSES = [
  "URL_RETRIEVAL_STATUS_UNSPECIFIED",
  "URL_RETRIEVAL_STATUS_SUCCESS",
  "URL_RETRIEVAL_STATUS_ERROR",
  "URL_RETRIEVAL_STATUS_PAYWALL",
  "URL_RETRIEVAL_STATUS_UNSAFE",
] as const;
