import { parseWithSchema } from "../parse-with-schema";
import { type OpenAIChatCompletionChunk, openAIChatCompletionChunkSchema } from "./chunk";
import { type OpenAIErrorResponse, openAIErrorResponseSchema } from "./error";
import { type OpenAIChatRequest, openAIChatRequestSchema } from "./request";
import { type OpenAIChatCompletion, openAIChatCompletionSchema } from "./response";

/**
 * Validates a Chat Completions request body. Unknown keys are kept; the first wrong field throws a
 * `GembridgeError` whose `param` is its path.
 * @example parseOpenAIChatRequest(await request.json()).messages
 */
export function parseOpenAIChatRequest(input: unknown): OpenAIChatRequest {
  return parseWithSchema(openAIChatRequestSchema, input, "chat completion request");
}

/** Validates a `chat.completion` response body (throws `GembridgeError` with the param path). */
export function parseOpenAIChatCompletion(input: unknown): OpenAIChatCompletion {
  return parseWithSchema(openAIChatCompletionSchema, input, "chat completion");
}

/** Validates one `chat.completion.chunk` (one SSE `data:` payload, already JSON-parsed). */
export function parseOpenAIChatCompletionChunk(input: unknown): OpenAIChatCompletionChunk {
  return parseWithSchema(openAIChatCompletionChunkSchema, input, "chat completion chunk");
}

/** Validates an OpenAI error body `{error:{message,type,param,code}}`. */
export function parseOpenAIError(input: unknown): OpenAIErrorResponse {
  return parseWithSchema(openAIErrorResponseSchema, input, "OpenAI error body");
}
