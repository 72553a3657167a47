/**
 * OpenAI Chat Completions wire shapes (zod 4 schemas + inferred types), with Google's extensions typed.
 * Loose objects everywhere: unknown keys survive parsing; wrong types fail with the field's path.
 */
export {
  OPENAI_IMAGE_DETAILS,
  openAIAssistantContentPartSchema,
  openAIContentPartSchema,
  openAIFilePartSchema,
  openAIImageURLPartSchema,
  openAIImageURLSchema,
  openAIInputAudioPartSchema,
  openAIRefusalPartSchema,
  openAITextPartSchema,
  openAIUserContentPartSchema,
} from "./content-parts";
export type {
  OpenAIAssistantContentPart,
  OpenAIContentPart,
  OpenAIFilePart,
  OpenAIImageDetail,
  OpenAIImageURL,
  OpenAIImageURLPart,
  OpenAIInputAudioPart,
  OpenAIRefusalPart,
  OpenAITextPart,
  OpenAIUserContentPart,
} from "./content-parts";
export {
  openAIExtraBodySchema,
  openAIExtraContentSchema,
  openAIGoogleExtraBodySchema,
  openAIGoogleExtraContentSchema,
  openAIGoogleFunctionResponsePartSchema,
  openAIGoogleSafetySettingSchema,
  openAIGoogleThinkingConfigSchema,
} from "./google-extensions";
export type {
  OpenAIExtraBody,
  OpenAIExtraContent,
  OpenAIGoogleExtraBody,
  OpenAIGoogleExtraContent,
  OpenAIGoogleFunctionResponsePart,
  OpenAIGoogleSafetySetting,
  OpenAIGoogleThinkingConfig,
} from "./google-extensions";
export {
  OPENAI_MESSAGE_ROLES,
  openAIAssistantMessageSchema,
  openAIDeveloperMessageSchema,
  openAIFunctionMessageSchema,
  openAIMessageSchema,
  openAISystemMessageSchema,
  openAIToolMessageSchema,
  openAIUserMessageSchema,
} from "./messages";
export type {
  OpenAIAssistantMessage,
  OpenAIDeveloperMessage,
  OpenAIFunctionMessage,
  OpenAIMessage,
  OpenAIMessageRole,
  OpenAISystemMessage,
  OpenAIToolMessage,
  OpenAIUserMessage,
} from "./messages";
export {
  OPENAI_TOOL_CHOICE_MODES,
  openAICustomToolCallSchema,
  openAICustomToolSchema,
  openAIFunctionCallSchema,
  openAIFunctionDefinitionSchema,
  openAIFunctionToolCallSchema,
  openAIFunctionToolSchema,
  openAILegacyFunctionCallOptionSchema,
  openAILegacyFunctionSchema,
  openAIToolCallSchema,
  openAIToolChoiceSchema,
  openAIToolSchema,
} from "./tools";
export type {
  OpenAICustomTool,
  OpenAICustomToolCall,
  OpenAIFunctionCall,
  OpenAIFunctionDefinition,
  OpenAIFunctionTool,
  OpenAIFunctionToolCall,
  OpenAILegacyFunction,
  OpenAILegacyFunctionCallOption,
  OpenAITool,
  OpenAIToolCall,
  OpenAIToolChoice,
  OpenAIToolChoiceMode,
} from "./tools";
export { openAIResponseFormatSchema } from "./response-format";
export type { OpenAIResponseFormat } from "./response-format";
export {
  OPENAI_MODALITIES,
  OPENAI_REASONING_EFFORTS,
  openAIAudioOutputOptionsSchema,
  openAIChatRequestSchema,
  openAIPredictionSchema,
  openAIStreamOptionsSchema,
  openAIWebSearchOptionsSchema,
} from "./request";
export type {
  OpenAIAudioOutputOptions,
  OpenAIChatRequest,
  OpenAIModality,
  OpenAIPrediction,
  OpenAIReasoningEffort,
  OpenAIStreamOptions,
  OpenAIWebSearchOptions,
} from "./request";
export { openAILogprobsSchema, openAITokenLogprobSchema, openAIUsageSchema } from "./usage";
export type { OpenAILogprobs, OpenAITokenLogprob, OpenAIUsage } from "./usage";
export {
  OPENAI_FINISH_REASONS,
  openAIAnnotationSchema,
  openAIChatCompletionChoiceSchema,
  openAIChatCompletionMessageSchema,
  openAIChatCompletionSchema,
  openAIFinishReasonSchema,
  openAIModerationResultSchema,
} from "./response";
export { openAIResponseAudioSchema } from "./response-audio";
export type { OpenAIResponseAudio } from "./response-audio";
export type {
  OpenAIAnnotation,
  OpenAIChatCompletion,
  OpenAIChatCompletionChoice,
  OpenAIChatCompletionMessage,
  OpenAIFinishReason,
  OpenAIModerationResult,
} from "./response";
export {
  openAIChatCompletionChunkSchema,
  openAIChunkChoiceSchema,
  openAIChunkDeltaSchema,
  openAIChunkToolCallDeltaSchema,
} from "./chunk";
export type { OpenAIChatCompletionChunk, OpenAIChunkChoice, OpenAIChunkDelta, OpenAIChunkToolCallDelta } from "./chunk";
export { openAIErrorResponseSchema } from "./error";
export type { OpenAIErrorResponse } from "./error";
export {
  parseOpenAIChatCompletion,
  parseOpenAIChatCompletionChunk,
  parseOpenAIChatRequest,
  parseOpenAIError,
} from "./parse-openai";
