/** Entry of the Gemini / Vertex `generateContent` wire schemas (zod 4) and their inferred types. */
export {
  GEMINI_BLOCK_REASONS,
  GEMINI_CODE_LANGUAGES,
  GEMINI_CODE_OUTCOMES,
  GEMINI_FINISH_REASONS,
  GEMINI_FUNCTION_BEHAVIORS,
  GEMINI_FUNCTION_CALLING_MODES,
  GEMINI_FUNCTION_RESPONSE_SCHEDULINGS,
  GEMINI_HARM_BLOCK_THRESHOLDS,
  GEMINI_HARM_CATEGORIES,
  GEMINI_HARM_PROBABILITIES,
  GEMINI_HARM_SEVERITIES,
  GEMINI_MEDIA_RESOLUTIONS,
  GEMINI_MODALITIES,
  GEMINI_SCHEMA_TYPES,
  GEMINI_THINKING_LEVELS,
  GEMINI_TOOL_TYPES,
  GEMINI_TRAFFIC_TYPES,
  GEMINI_URL_RETRIEVAL_STATUSES,
} from "./gemini-enums";
export type {
  GeminiBlockReason,
  GeminiFinishReason,
  GeminiFunctionCallingMode,
  GeminiHarmBlockThreshold,
  GeminiHarmCategory,
  GeminiHarmProbability,
  GeminiHarmSeverity,
  GeminiMediaResolution,
  GeminiModality,
  GeminiSchemaType,
  GeminiThinkingLevel,
  GeminiTrafficType,
} from "./gemini-enums";
export { openEnum } from "./open-enum";
export { withProtoJsonInput } from "./proto-json-input";
export type { OpenEnum } from "./open-enum";
export {
  geminiAudioTranscriptionSchema,
  geminiBlobSchema,
  geminiCodeExecutionResultSchema,
  geminiContentSchema,
  geminiExecutableCodeSchema,
  geminiFileDataSchema,
  geminiFunctionCallSchema,
  geminiFunctionResponsePartSchema,
  geminiFunctionResponseSchema,
  geminiPartialArgSchema,
  geminiPartMediaResolutionSchema,
  geminiPartSchema,
  geminiToolCallSchema,
  geminiToolResponseSchema,
  geminiVideoMetadataSchema,
  structSchema,
} from "./gemini-content";
export type {
  GeminiBlob,
  GeminiCodeExecutionResult,
  GeminiContent,
  GeminiExecutableCode,
  GeminiFileData,
  GeminiFunctionCall,
  GeminiFunctionResponse,
  GeminiFunctionResponsePart,
  GeminiPart,
  GeminiPartialArg,
} from "./gemini-content";
export { geminiSchemaSchema, int64Schema } from "./gemini-schema";
export type { GeminiInt64, GeminiSchema } from "./gemini-schema";
export {
  geminiGenerationConfigSchema,
  geminiRoutingConfigSchema,
  geminiThinkingConfigSchema,
} from "./gemini-generation-config";
export type { GeminiGenerationConfig, GeminiThinkingConfig } from "./gemini-generation-config";
export {
  geminiAudioTranscriptionConfigSchema,
  geminiImageConfigSchema,
  geminiResponseFormatSchema,
  geminiSpeechConfigSchema,
  geminiVoiceConfigSchema,
} from "./gemini-media-config";
export type { GeminiImageConfig, GeminiSpeechConfig } from "./gemini-media-config";
export {
  geminiComputerUseSchema,
  geminiEnterpriseWebSearchSchema,
  geminiFileSearchSchema,
  geminiGoogleMapsSchema,
  geminiGoogleSearchRetrievalSchema,
  geminiGoogleSearchSchema,
  geminiRetrievalSchema,
  geminiThirdPartySearchSchema,
} from "./gemini-builtin-tools";
export {
  geminiFunctionCallingConfigSchema,
  geminiFunctionDeclarationSchema,
  geminiRetrievalConfigSchema,
  geminiToolConfigSchema,
  geminiToolSchema,
} from "./gemini-tool";
export type {
  GeminiFunctionCallingConfig,
  GeminiFunctionDeclaration,
  GeminiTool,
  GeminiToolConfig,
} from "./gemini-tool";
export { geminiSafetyRatingSchema, geminiSafetySettingSchema } from "./gemini-safety";
export type { GeminiSafetyRating, GeminiSafetySetting } from "./gemini-safety";
export {
  geminiGenerateContentRequestObjectSchema,
  geminiGenerateContentRequestSchema,
  geminiModelArmorConfigSchema,
} from "./gemini-request";
export type { GeminiGenerateContentRequest } from "./gemini-request";
export {
  geminiGroundingAttributionSchema,
  geminiGroundingChunkSchema,
  geminiGroundingMetadataSchema,
  geminiGroundingSupportSchema,
} from "./gemini-grounding";
export type { GeminiGroundingMetadata } from "./gemini-grounding";
export {
  geminiCitationMetadataSchema,
  geminiLogprobsResultSchema,
  geminiUrlContextMetadataSchema,
} from "./gemini-candidate-metadata";
export type {
  GeminiCitationMetadata,
  GeminiLogprobsResult,
  GeminiUrlContextMetadata,
} from "./gemini-candidate-metadata";
export { geminiModalityTokenCountSchema, geminiUsageMetadataSchema } from "./gemini-usage";
export type { GeminiModalityTokenCount, GeminiUsageMetadata } from "./gemini-usage";
export {
  geminiCandidateSchema,
  geminiGenerateContentResponseObjectSchema,
  geminiGenerateContentResponseSchema,
  geminiModelStatusSchema,
  geminiPromptFeedbackSchema,
} from "./gemini-response";
export type { GeminiCandidate, GeminiGenerateContentResponse, GeminiPromptFeedback } from "./gemini-response";
export { geminiRpcStatusSchema, geminiStatusOrArraySchema, geminiStatusSchema } from "./gemini-status";
export type { GeminiRpcStatus, GeminiStatus } from "./gemini-status";
export {
  GEMINI_STATUS_DETAIL_SCHEMAS,
  geminiBadRequestSchema,
  geminiErrorInfoSchema,
  geminiHelpSchema,
  geminiLocalizedMessageSchema,
  geminiQuotaFailureSchema,
  geminiRetryInfoSchema,
  geminiStatusDetailSchema,
} from "./gemini-status-details";
export type {
  GeminiBadRequest,
  GeminiErrorInfo,
  GeminiQuotaFailure,
  GeminiRetryInfo,
  GeminiStatusDetail,
} from "./gemini-status-details";
export { parseGeminiChunk, parseGeminiError, parseGeminiRequest, parseGeminiResponse } from "./parse-gemini";
