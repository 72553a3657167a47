import { z } from "zod";
import {
  openAIAssistantContentPartSchema,
  openAIImageURLPartSchema,
  openAITextPartSchema,
  openAIUserContentPartSchema,
} from "./content-parts";
import { openAIExtraContentSchema } from "./google-extensions";
import { unionByJsonType } from "./json-type-union";
import { openAIResponseAudioSchema } from "./response-audio";
import { openAIFunctionCallSchema, openAIToolCallSchema } from "./tools";
import { OPENAI_MESSAGE_ROLES } from "./enums";

export { OPENAI_MESSAGE_ROLES };

/** Request messages, discriminated by `role` (https://platform.openai.com/docs/api-reference/chat/create). */

const textContent = unionByJsonType({ string: z.string(), array: z.array(openAITextPartSchema) });
const extraContent = { extra_content: openAIExtraContentSchema.optional() };

export const openAISystemMessageSchema = z.looseObject({
  role: z.literal("system"),
  content: textContent,
  name: z.string().optional(),
  ...extraContent,
});
export type OpenAISystemMessage = z.infer<typeof openAISystemMessageSchema>;

export const openAIDeveloperMessageSchema = z.looseObject({
  role: z.literal("developer"),
  content: textContent,
  name: z.string().optional(),
  ...extraContent,
});
export type OpenAIDeveloperMessage = z.infer<typeof openAIDeveloperMessageSchema>;

export const openAIUserMessageSchema = z.looseObject({
  role: z.literal("user"),
  content: unionByJsonType({ string: z.string(), array: z.array(openAIUserContentPartSchema) }),
  name: z.string().optional(),
  ...extraContent,
});
export type OpenAIUserMessage = z.infer<typeof openAIUserMessageSchema>;

export const openAIAssistantMessageSchema = z.looseObject({
  role: z.literal("assistant"),
  /** May be null (or absent) when `tool_calls` / `function_call` is present. */
  content: unionByJsonType({ string: z.string(), array: z.array(openAIAssistantContentPartSchema) }).nullish(),
  refusal: z.string().nullish(),
  name: z.string().optional(),
  tool_calls: z.array(openAIToolCallSchema).optional(),
  function_call: openAIFunctionCallSchema.nullish(),
  /**
   * OpenAI: `{id}` referencing a previous audio response. Clients replaying Google's image output echo the whole
   * response object instead (`{data, extra_content.google.mime_type}`), so `id` is optional here. (Decision 0013.)
   */
  audio: openAIResponseAudioSchema.nullish(),
  /** Thought text as OpenAI-compatible clients (DeepSeek-style) echo it back. */
  reasoning_content: z.string().nullish(),
  /** Generated images (OpenRouter-style), echoed back in history. */
  images: z.array(openAIImageURLPartSchema).optional(),
  ...extraContent,
});
export type OpenAIAssistantMessage = z.infer<typeof openAIAssistantMessageSchema>;

export const openAIToolMessageSchema = z.looseObject({
  role: z.literal("tool"),
  tool_call_id: z.string(),
  content: textContent,
  ...extraContent,
});
export type OpenAIToolMessage = z.infer<typeof openAIToolMessageSchema>;

/** Deprecated result of a `function_call`. */
export const openAIFunctionMessageSchema = z.looseObject({
  role: z.literal("function"),
  name: z.string(),
  content: z.string().nullable(),
  ...extraContent,
});
export type OpenAIFunctionMessage = z.infer<typeof openAIFunctionMessageSchema>;

export const openAIMessageSchema = z.discriminatedUnion("role", [
  openAISystemMessageSchema,
  openAIDeveloperMessageSchema,
  openAIUserMessageSchema,
  openAIAssistantMessageSchema,
  openAIToolMessageSchema,
  openAIFunctionMessageSchema,
]);
export type OpenAIMessage = z.infer<typeof openAIMessageSchema>;

export type OpenAIMessageRole = (typeof OPENAI_MESSAGE_ROLES)[number];
