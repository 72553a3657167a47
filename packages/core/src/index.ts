/**
 * `@gembridge/core`: the stable surface, the names gateways and the conformance kit call (the API table in
 * README.md). Each translator is pure and returns `{ value, warnings }`; bad input throws `GembridgeError`.
 * Mapping tables, building blocks and zod schemas are in `@gembridge/core/internal` (no semver promise);
 * SSE byte adapters in `@gembridge/core/sse`. A plain list of named exports (no `export *`):
 * src/index.test.ts pins it.
 */

export { GembridgeError, isGembridgeError } from "./errors/gembridge-error";
export type { GembridgeErrorOptions, GeminiErrorBody, OpenAIErrorBody } from "./errors/gembridge-error";
export type { Translation, TranslationWarning } from "./shared/result";
export type {
  GeminiToOpenAIContext,
  ImageOutputMode,
  OpenAIToGeminiContext,
  SignatureMode,
} from "./context/translation-context";

// OpenAI client → Gemini upstream.
export { openaiToGeminiRequest } from "./request/openai-to-gemini-request";
export type { OpenAIToGeminiRequestValue } from "./request/openai-to-gemini-request";
export { SKIP_THOUGHT_SIGNATURE } from "./request/openai-to-gemini-options";
export type { OpenAIToGeminiRequestOptions } from "./request/openai-to-gemini-options";
export { geminiEndpoint } from "./endpoint/gemini-endpoint";
export type { GeminiEndpoint, GeminiEndpointOptions } from "./endpoint/gemini-endpoint";
export { geminiToOpenAIResponse } from "./response/gemini-to-openai-response";
export type { GeminiToOpenAIResponseContext, OpenAIOutputProfile } from "./response/response-options";
export { createGeminiToOpenAIStream } from "./stream/gemini-to-openai-stream";
export type { GeminiToOpenAIStream } from "./stream/gemini-to-openai-stream";
export { geminiToOpenAIError } from "./errors/gemini-to-openai-error";
export type { OpenAIErrorResult } from "./errors/gemini-to-openai-error";

// Gemini client → OpenAI-compatible upstream (docs/readme/reverse.md).
export { geminiToOpenAIRequest } from "./request/gemini-to-openai-request";
export type { GeminiToOpenAIRequestOptions } from "./request/gemini-to-openai-options";
export { openaiToGeminiResponse } from "./response/openai-to-gemini-response";
export type { OpenAIToGeminiResponseContext } from "./response/openai-to-gemini-response";
export { createOpenAIToGeminiStream } from "./stream/openai-to-gemini-stream";
export type { OpenAIToGeminiStream } from "./stream/openai-to-gemini-stream";
export { openaiToGeminiError } from "./errors/openai-to-gemini-error";

// JSON Schema ↔ Gemini Schema (tool parameters and structured output; docs/readme/schema.md).
export { jsonSchemaToGeminiSchema } from "./schema/json-schema-to-gemini-schema";
export { geminiSchemaToJsonSchema } from "./schema/gemini-schema-to-json-schema";
export { chooseSchemaTarget } from "./schema/choose-schema-target";
export type { ChooseSchemaTargetInput } from "./schema/choose-schema-target";
export { isParameterlessSchema } from "./schema/is-parameterless-schema";
export { responseFormatFromZod } from "./schema/response-format-from-zod";
export type { OpenAIJsonSchemaResponseFormat, ResponseFormatFromZodOptions } from "./schema/response-format-from-zod";
export type {
  JsonSchemaToGeminiOptions,
  NonStringEnumMode,
  SchemaDialect,
  SchemaTarget,
} from "./schema/schema-options";

// Folding a stream into the non-streamed shape.
export { accumulateOpenAIChatChunks } from "./stream/accumulate-openai-chat-chunks";
export { accumulateGeminiChunks } from "./stream/accumulate-gemini-chunks";

// Thought signatures across turns (docs/readme/signatures.md).
export { createMemorySignatureStore } from "./signature/create-memory-signature-store";
export type { MemorySignatureStore, MemorySignatureStoreOptions } from "./signature/create-memory-signature-store";
export type { SignatureStore } from "./signature/signature-store";
export { collectSignatureKeys } from "./signature/collect-signature-keys";
export { checkThoughtSignatures } from "./signature/check-thought-signatures";
export type { CheckThoughtSignaturesOptions, ThoughtSignatureIssue, ThoughtSignatureRepair } from "./signature/check-thought-signatures";

// What a model accepts (the capability table, docs/readme/request.md).
export { modelCapabilities } from "./model/model-capabilities";
export type { MediaLevel, ModelCapabilities, ThinkingCapability, ThinkingLevel } from "./model/model-capabilities";

// Validation of unknown JSON: the zod-backed parse* functions, and the one-pass readers gateways use at
// their entries (same verdicts and values, no zod; decision 0242).
export {
  parseOpenAIChatCompletion,
  parseOpenAIChatCompletionChunk,
  parseOpenAIChatRequest,
  parseOpenAIError,
} from "./wire/openai/parse-openai";
export { parseGeminiChunk, parseGeminiError, parseGeminiRequest, parseGeminiResponse } from "./wire/gemini/parse-gemini";
export { readGeminiResponse } from "./normalize/read-gemini-response";
export type { ReadGeminiResponseOptions } from "./normalize/read-gemini-response";
export { readOpenAIChatRequest } from "./normalize/read-openai-chat-request";
export { readGeminiRequest } from "./normalize/read-gemini-request";
export { readOpenAIChatCompletion, readOpenAIChatCompletionChunk } from "./normalize/read-openai-chat-completion";
export type { ReadOpenAIChatCompletionOptions } from "./normalize/read-openai-chat-completion";

// Wire types of both APIs.
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
