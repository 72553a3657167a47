import { z } from "zod";
import { parseWithSchema } from "../parse-with-schema";
import { openAIChatCompletionChunkSchema } from "./chunk";
import { openAIChatCompletionSchema } from "./response";
import { withoutNullEnvelope } from "../../normalize/read-openai-chat-completion";

/**
 * A backend's reply as the reverse translators read it (decision 0153). OpenAI always sends the envelope fields
 * `id`, `object`, `created` and `model`, but several OpenAI-compatible servers omit some of them (or send `null`);
 * none of them is needed to translate the reply, so they are optional here (the translator falls back to the
 * context's `newId`, `now` and `model`). A present value must still have its type. Everything that is translated
 * (choices, message, delta, tool calls, usage) keeps the strict shape of `parseOpenAIChatCompletion[Chunk]`.
 */
const envelope = {
  id: z.string().optional(),
  object: z.string().optional(),
  created: z.number().optional(),
  model: z.string().optional(),
};

export const openAIUpstreamChatCompletionSchema = z.preprocess(withoutNullEnvelope, openAIChatCompletionSchema.extend(envelope));
export type OpenAIUpstreamChatCompletion = z.infer<typeof openAIUpstreamChatCompletionSchema>;

export const openAIUpstreamChatCompletionChunkSchema = z.preprocess(withoutNullEnvelope, openAIChatCompletionChunkSchema.extend(envelope));
export type OpenAIUpstreamChatCompletionChunk = z.infer<typeof openAIUpstreamChatCompletionChunkSchema>;

/** Validates a backend's `chat.completion` with optional envelope fields (400 + param; the caller makes it a 502). */
export function parseUpstreamChatCompletion(input: unknown): OpenAIUpstreamChatCompletion {
  return parseWithSchema(openAIUpstreamChatCompletionSchema, input, "chat completion");
}

/** Validates a backend's `chat.completion.chunk` with optional envelope fields. */
export function parseUpstreamChatCompletionChunk(input: unknown): OpenAIUpstreamChatCompletionChunk {
  return parseWithSchema(openAIUpstreamChatCompletionChunkSchema, input, "chat completion chunk");
}
