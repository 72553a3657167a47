// Every public name is listed here by name (no `export *`): src/index.test.ts snapshots this list.
// Names in the README's API table (the public contract) are the stable surface; the rest are helpers and types.

export {
  GembridgeError,
  googleStatus,
  isGembridgeError,
  openAIErrorType,
} from "./errors/gembridge-error";
export type { GembridgeErrorOptions, GeminiErrorBody, OpenAIErrorBody } from "./errors/gembridge-error";
export type { Translation, TranslationWarning } from "./shared/result";
export type {
  GeminiToOpenAIContext,
  ImageOutputMode,
  OpenAIToGeminiContext,
  SignatureMode,
} from "./context/translation-context";

// OpenAI Chat Completions wire schemas (src/wire/openai).
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
  parseOpenAIChatCompletion,
  parseOpenAIChatCompletionChunk,
  parseOpenAIChatRequest,
  parseOpenAIError,
} from "./wire/openai/index";
export type {
  OpenAIAnnotation,
  OpenAIAssistantMessage,
  OpenAIChatCompletion,
  OpenAIChatCompletionChoice,
  OpenAIChatCompletionChunk,
  OpenAIChatCompletionMessage,
  OpenAIChatRequest,
  OpenAIChunkDelta,
  OpenAIChunkToolCallDelta,
  OpenAIContentPart,
  OpenAIDeveloperMessage,
  OpenAIErrorResponse,
  OpenAIFilePart,
  OpenAIFinishReason,
  OpenAIFunctionMessage,
  OpenAIGoogleExtraBody,
  OpenAIGoogleExtraContent,
  OpenAIImageURLPart,
  OpenAIInputAudioPart,
  OpenAILogprobs,
  OpenAIMessage,
  OpenAIReasoningEffort,
  OpenAIRefusalPart,
  OpenAIResponseFormat,
  OpenAISystemMessage,
  OpenAITextPart,
  OpenAITool,
  OpenAIToolCall,
  OpenAIToolChoice,
  OpenAIToolMessage,
  OpenAIUsage,
  OpenAIUserMessage,
} from "./wire/openai/index";

// Gemini / Vertex generateContent wire schemas (src/wire/gemini).
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
  parseGeminiChunk,
  parseGeminiError,
  parseGeminiRequest,
  parseGeminiResponse,
} from "./wire/gemini/index";
// One-pass, zod-free readers of upstream answers (normalize/; same verdicts and values as the parse* functions).
export { readGeminiResponse } from "./normalize/read-gemini-response";
export type { ReadGeminiResponseOptions } from "./normalize/read-gemini-response";
export { readOpenAIChatRequest } from "./normalize/read-openai-chat-request";
export type {
  GeminiBlob,
  GeminiBlockReason,
  GeminiCandidate,
  GeminiCitationMetadata,
  GeminiCodeExecutionResult,
  GeminiContent,
  GeminiExecutableCode,
  GeminiFileData,
  GeminiFinishReason,
  GeminiFunctionCall,
  GeminiFunctionCallingConfig,
  GeminiFunctionCallingMode,
  GeminiFunctionDeclaration,
  GeminiFunctionResponse,
  GeminiFunctionResponsePart,
  GeminiGenerateContentRequest,
  GeminiGenerateContentResponse,
  GeminiGenerationConfig,
  GeminiGroundingMetadata,
  GeminiHarmCategory,
  GeminiImageConfig,
  GeminiLogprobsResult,
  GeminiMediaResolution,
  GeminiModality,
  GeminiModalityTokenCount,
  GeminiPart,
  GeminiPartialArg,
  GeminiPromptFeedback,
  GeminiRpcStatus,
  GeminiSafetyRating,
  GeminiSafetySetting,
  GeminiSchema,
  GeminiSpeechConfig,
  GeminiStatus,
  GeminiStatusDetail,
  GeminiThinkingConfig,
  GeminiThinkingLevel,
  GeminiTool,
  GeminiToolConfig,
  GeminiTrafficType,
  GeminiUrlContextMetadata,
  GeminiUsageMetadata,
  OpenEnum,
} from "./wire/gemini/index";

// JSON Schema ↔ Gemini Schema (tools and structured output): src/schema/, docs/readme/schema.md
export { jsonSchemaToGeminiSchema } from "./schema/json-schema-to-gemini-schema";
export { geminiSchemaToJsonSchema } from "./schema/gemini-schema-to-json-schema";
export { chooseSchemaTarget } from "./schema/choose-schema-target";
export { SCHEMA_CAPABILITIES } from "./schema/schema-capabilities";
export { isParameterlessSchema } from "./schema/is-parameterless-schema";
export { responseFormatFromZod } from "./schema/response-format-from-zod";
export type { ChooseSchemaTargetInput } from "./schema/choose-schema-target";
export type { SchemaCapabilityRow } from "./schema/schema-capabilities";
export type { OpenAIJsonSchemaResponseFormat, ResponseFormatFromZodOptions } from "./schema/response-format-from-zod";
export type {
  JsonSchemaToGeminiOptions,
  NonStringEnumMode,
  SchemaDialect,
  SchemaTarget,
} from "./schema/schema-options";

// Gemini response → OpenAI chat.completion, and Google errors → OpenAI errors (src/response, src/errors; issue 4).
export { geminiToOpenAIResponse } from "./response/gemini-to-openai-response";
export type { GeminiToOpenAIResponseContext, OpenAIOutputProfile } from "./response/response-options";
export {
  GEMINI_TO_OPENAI_FINISH_REASON,
  resolveFinishReason,
} from "./response/map-finish-reason";
export type { ResolvedFinishReason } from "./response/map-finish-reason";
export { mapUsage } from "./response/map-usage";
export { type NormalizeUsageInput, normalizeUsage } from "./usage/normalize-usage";
export type { UsageAccounting } from "./response/map-usage";
export { mapLogprobs } from "./response/map-logprobs";
export { geminiPartToOpenAI } from "./response/gemini-part-to-openai";
export type { OpenAIPartFragment } from "./response/gemini-part-to-openai";
export { geminiToOpenAIError } from "./errors/gemini-to-openai-error";
export type { OpenAIErrorResult } from "./errors/gemini-to-openai-error";
export {
  DEFAULT_MAX_TOOL_CALL_ID_LENGTH,
  decodeToolCallIdSignature,
  encodeToolCallIdSignature,
} from "./signature/tool-call-id-signature";
export type { DecodedToolCallId } from "./signature/tool-call-id-signature";
export { partSignatureKey, toolCallSignatureKey } from "./signature/signature-store";
export type { SignatureStore } from "./signature/signature-store";
export { createMemorySignatureStore } from "./signature/create-memory-signature-store";
export type { MemorySignatureStore, MemorySignatureStoreOptions } from "./signature/create-memory-signature-store";
export { collectSignatureKeys } from "./signature/collect-signature-keys";
export { checkThoughtSignatures } from "./signature/check-thought-signatures";
export type { CheckThoughtSignaturesOptions, ThoughtSignatureIssue, ThoughtSignatureRepair } from "./signature/check-thought-signatures";
export { SKIP_THOUGHT_SIGNATURE_VALUES, THOUGHT_SIGNATURE_RULES, thoughtSignatureRule } from "./signature/thought-signature-rules";
export type { ThoughtSignatureRule } from "./signature/thought-signature-rules";

// Gemini client → OpenAI-compatible backend (the reverse direction): docs/readme/reverse.md
export { geminiToOpenAIRequest } from "./request/gemini-to-openai-request";
export type { GeminiToOpenAIRequestOptions } from "./request/gemini-to-openai-options";
export { openaiToGeminiResponse } from "./response/openai-to-gemini-response";
export type { OpenAIToGeminiResponseContext } from "./response/openai-to-gemini-response";
export { OPENAI_TO_GEMINI_FINISH_REASON } from "./response/openai-to-gemini-finish-reason";
export { openaiToGeminiUsage } from "./response/openai-to-gemini-usage";
export { openaiToGeminiLogprobs } from "./response/openai-to-gemini-logprobs";
export { createOpenAIToGeminiStream } from "./stream/openai-to-gemini-stream";
export type { OpenAIToGeminiStream } from "./stream/openai-to-gemini-stream";
export { openaiToGeminiError } from "./errors/openai-to-gemini-error";

// OpenAI chat request → Gemini generateContent request, endpoint and model tables (issue 3): docs/readme/request.md
export { openaiToGeminiRequest } from "./request/openai-to-gemini-request";
export type { OpenAIToGeminiRequestValue } from "./request/openai-to-gemini-request";
export { SKIP_THOUGHT_SIGNATURE } from "./request/openai-to-gemini-options";
export type { OpenAIToGeminiRequestOptions } from "./request/openai-to-gemini-options";
export { geminiEndpoint } from "./endpoint/gemini-endpoint";
export type { GeminiEndpoint, GeminiEndpointOptions } from "./endpoint/gemini-endpoint";
export { MODEL_CAPABILITIES, modelCapabilities, modelMatch, UNKNOWN_MODEL_CAPABILITIES } from "./model/model-capabilities";
export type { MediaLevel, ModelCapabilities, ModelMatch, ThinkingCapability, ThinkingLevel } from "./model/model-capabilities";
export { MODEL_TABLE } from "./tables/model-capabilities";
export type { ModelRow, Sourced } from "./tables/model-capabilities";
export { REASONING_EFFORT_TABLE, thinkingFromReasoningEffort } from "./model/reasoning-effort";
export type { ReasoningEffort } from "./model/reasoning-effort";
export { normalizeModelName } from "./model/normalize-model-name";

// Gemini stream → OpenAI chunks, and the stream accumulators (src/stream; issue 5): docs/readme/stream.md
export { createGeminiToOpenAIStream } from "./stream/gemini-to-openai-stream";
export type { GeminiToOpenAIStream } from "./stream/gemini-to-openai-stream";
export { accumulateOpenAIChatChunks } from "./stream/accumulate-openai-chat-chunks";
export { accumulateGeminiChunks } from "./stream/accumulate-gemini-chunks";
