import { z } from "zod";
import { openAIImageURLPartSchema } from "./content-parts";
import { openAIExtraContentSchema } from "./google-extensions";
import { openAIFinishReasonSchema, openAIModerationResultSchema } from "./response";
import { openAILogprobsSchema, openAIUsageSchema } from "./usage";

/** `chat.completion.chunk` (https://platform.openai.com/docs/api-reference/chat-streaming). */

/** A fragment of a tool call; `index` says which call it extends, the other keys arrive on the first fragment. */
export const openAIChunkToolCallDeltaSchema = z.looseObject({
  index: z.int(),
  id: z.string().optional(),
  type: z.enum(["function", "custom"]).optional(),
  function: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
  custom: z.looseObject({ name: z.string().optional(), input: z.string().optional() }).optional(),
  extra_content: openAIExtraContentSchema.optional(),
});
export type OpenAIChunkToolCallDelta = z.infer<typeof openAIChunkToolCallDeltaSchema>;

export const openAIChunkDeltaSchema = z.looseObject({
  role: z.enum(["assistant", "developer", "system", "user", "tool"]).optional(),
  content: z.string().nullish(),
  reasoning_content: z.string().nullish(),
  refusal: z.string().nullish(),
  tool_calls: z.array(openAIChunkToolCallDeltaSchema).optional(),
  function_call: z.looseObject({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
  images: z.array(openAIImageURLPartSchema).optional(),
  extra_content: openAIExtraContentSchema.optional(),
});
export type OpenAIChunkDelta = z.infer<typeof openAIChunkDeltaSchema>;

export const openAIChunkChoiceSchema = z.looseObject({
  index: z.int(),
  delta: openAIChunkDeltaSchema,
  finish_reason: openAIFinishReasonSchema.nullish(),
  logprobs: openAILogprobsSchema.nullish(),
});
export type OpenAIChunkChoice = z.infer<typeof openAIChunkChoiceSchema>;

export const openAIChatCompletionChunkSchema = z.looseObject({
  id: z.string(),
  object: z.literal("chat.completion.chunk"),
  created: z.int(),
  model: z.string(),
  choices: z.array(openAIChunkChoiceSchema),
  usage: openAIUsageSchema.nullish(),
  service_tier: z.string().nullish(),
  system_fingerprint: z.string().nullish(),
  obfuscation: z.string().optional(),
  moderation: openAIModerationResultSchema.nullish(),
});
export type OpenAIChatCompletionChunk = z.infer<typeof openAIChatCompletionChunkSchema>;
