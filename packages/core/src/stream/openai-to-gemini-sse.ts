import type { OpenAIToGeminiResponseContext } from "../response/openai-to-gemini-response";
import type { TranslationWarning } from "../shared/result";
import { createOpenAISseToGeminiSseTranslator } from "./openai-to-gemini-sse-translator";

/**
 * OpenAI-compatible SSE bytes in → Gemini `streamGenerateContent?alt=sse` bytes out, over the pure
 * `createOpenAIToGeminiStream`. `[DONE]` (or the end of the body) flushes buffered calls and the final chunk.
 * An in-band `{"error":…}` event, or a chunk that is not valid JSON / not a chunk, becomes one Gemini error event
 * (`data: {"error":{code,message,status}}`) and ends the output: the HTTP status is already 200, so that is the
 * only way left to tell the client (https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent). Translation warnings are on `.warnings`.
 *
 * @example
 * const geminiBody = backendResponse.body.pipeThrough(openaiSseToGeminiSse());
 */
export function openaiSseToGeminiSse(
  context: OpenAIToGeminiResponseContext = {},
): TransformStream<Uint8Array, Uint8Array> & { readonly warnings: TranslationWarning[] } {
  const encoder = new TextEncoder();
  const translator = createOpenAISseToGeminiSseTranslator(context);
  // One enqueue per input piece (not per event): the text of all its events is encoded at once.
  const emit = (controller: TransformStreamDefaultController<Uint8Array>, text: string) => {
    if (text !== "") controller.enqueue(encoder.encode(text));
  };
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(bytes, controller) {
      emit(controller, translator.push(bytes));
    },
    flush(controller) {
      emit(controller, translator.finish());
    },
  });
  return Object.assign(stream, { warnings: translator.warnings });
}
