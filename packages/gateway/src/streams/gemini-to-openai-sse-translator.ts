import type { GeminiToOpenAIContext } from "@gembridge/core";
import { createGeminiSseToOpenAISseTranslator } from "@gembridge/core/sse";
import type { SseTranslator } from "./sse-translator";

/**
 * Gemini `alt=sse` bytes → OpenAI `chat.completion.chunk` events and `data: [DONE]`: core's synchronous byte-level
 * translator itself (the engine under `geminiSseToOpenAISse`, decision 0142), which checks each event's shape
 * structurally (no zod per event) and turns an in-band `{"error":…}` event into the error event with the upstream's
 * status.
 */
export function geminiToOpenAISseTranslator(context: GeminiToOpenAIContext): SseTranslator {
  return createGeminiSseToOpenAISseTranslator(context);
}
