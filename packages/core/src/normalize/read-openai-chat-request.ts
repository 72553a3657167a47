import type { OpenAIChatRequest } from "../wire/openai";
import { OPENAI_CHAT_REQUEST_SHAPE } from "./openai-request-shape";
import { readShape } from "./shape";

/**
 * An OpenAI chat request from unknown JSON, read in one pass: the typed value (the input itself: OpenAI's JSON is
 * never rewritten), or a 400 `GembridgeError` naming the first bad parameter (`messages[2].content[0].image_url.url`)
 * with one code per kind of fault (decision 0242). Accepts exactly what `parseOpenAIChatRequest` accepts, without zod.
 */
export function readOpenAIChatRequest(input: unknown): OpenAIChatRequest {
  return readShape(OPENAI_CHAT_REQUEST_SHAPE, input, { party: "client", what: "Chat Completions request" }) as OpenAIChatRequest;
}
