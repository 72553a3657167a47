import { z } from "zod";
import { openAIImageURLPartSchema } from "./content-parts";
import { openAIExtraContentSchema } from "./google-extensions";
import { openAIResponseAudioSchema } from "./response-audio";
import { openAIFunctionCallSchema, openAIToolCallSchema } from "./tools";
import { openAILogprobsSchema, openAIUsageSchema } from "./usage";
import { OPENAI_FINISH_REASONS } from "./enums";

export { OPENAI_FINISH_REASONS };

/** `chat.completion` (https://platform.openai.com/docs/api-reference/chat/object). */

export type OpenAIFinishReason = (typeof OPENAI_FINISH_REASONS)[number];
export const openAIFinishReasonSchema = z.enum(OPENAI_FINISH_REASONS);

/** Moderation results of a moderated completion (`input`/`output`: results or error objects, kept as-is). */
export const openAIModerationResultSchema = z.looseObject({
  input: z.record(z.string(), z.unknown()).optional(),
  output: z.record(z.string(), z.unknown()).optional(),
});
export type OpenAIModerationResult = z.infer<typeof openAIModerationResultSchema>;

export const openAIAnnotationSchema = z.looseObject({
  type: z.literal("url_citation"),
  url_citation: z.looseObject({
    start_index: z.int(),
    end_index: z.int(),
    url: z.string(),
    title: z.string(),
  }),
});
export type OpenAIAnnotation = z.infer<typeof openAIAnnotationSchema>;


export const openAIChatCompletionMessageSchema = z.looseObject({
  role: z.literal("assistant"),
  /** OpenAI always sends it (null with tool calls); Google's endpoint omits it then (recorded), so absent is allowed. */
  content: z.string().nullish(),
  refusal: z.string().nullish(),
  tool_calls: z.array(openAIToolCallSchema).optional(),
  annotations: z.array(openAIAnnotationSchema).optional(),
  audio: openAIResponseAudioSchema.nullish(),
  function_call: openAIFunctionCallSchema.nullish(),
  /** Thought summary text, where OpenAI-compatible clients look for it. */
  reasoning_content: z.string().nullish(),
  /** Generated images (OpenRouter-style). */
  images: z.array(openAIImageURLPartSchema).optional(),
  extra_content: openAIExtraContentSchema.optional(),
  /** Google's 2025 format put the signature here too (recorded); `extra_content.google.thought_signature` replaced it. */
  thought_signature: z.string().optional(),
});
export type OpenAIChatCompletionMessage = z.infer<typeof openAIChatCompletionMessageSchema>;

export const openAIChatCompletionChoiceSchema = z.looseObject({
  index: z.int(),
  message: openAIChatCompletionMessageSchema,
  finish_reason: openAIFinishReasonSchema.nullable(),
  logprobs: openAILogprobsSchema.nullish(),
});
export type OpenAIChatCompletionChoice = z.infer<typeof openAIChatCompletionChoiceSchema>;

export const openAIChatCompletionSchema = z.looseObject({
  id: z.string(),
  object: z.literal("chat.completion"),
  created: z.int(),
  model: z.string(),
  choices: z.array(openAIChatCompletionChoiceSchema),
  usage: openAIUsageSchema.optional(),
  service_tier: z.string().nullish(),
  system_fingerprint: z.string().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  moderation: openAIModerationResultSchema.nullish(),
});
export type OpenAIChatCompletion = z.infer<typeof openAIChatCompletionSchema>;
