import type { GeminiToOpenAIContext } from "../context/translation-context";
import type { TranslationWarning } from "../shared/result";
import { createGeminiSseToOpenAISseTranslator } from "./gemini-to-openai-sse-translator";

/** The Web stream, plus the translator's warnings (read them once the stream has ended). */
export type GeminiSseToOpenAISseStream = TransformStream<Uint8Array, Uint8Array> & {
  readonly warnings: TranslationWarning[];
};

/**
 * Gemini `streamGenerateContent?alt=sse` bytes → OpenAI Chat Completions SSE bytes (`data: <chunk>\n\n` …
 * `data: [DONE]\n\n`). A thin Web-stream adapter over `createGeminiSseToOpenAISseTranslator` (our incremental SSE
 * parser, `JSON.parse`, the pure `createGeminiToOpenAIStream` — which checks each chunk's shape itself, so no zod is
 * loaded here — and the serializer). Input chunk boundaries may fall anywhere, including inside a UTF-8 character.
 *
 * Faults — an in-band `{"error": …}` event, an event that is not JSON or not a GenerateContentResponse, or a stream
 * that ends before a `finishReason` — become one OpenAI-style `data: {"error": {…}}` event, after which the output
 * ends without `[DONE]` (so clients waiting for it see the failure) and the input is cancelled. Nothing already
 * sent is contradicted: the error is the last thing on the wire.
 *
 * @example
 * const upstream = await fetch(geminiStreamUrl, { method: "POST", body, headers });
 * return new Response(upstream.body!.pipeThrough(geminiSseToOpenAISse({ model: "gemini-2.5-flash" })), {
 *   headers: { "content-type": "text/event-stream" },
 * });
 */
export function geminiSseToOpenAISse(context: GeminiToOpenAIContext = {}): GeminiSseToOpenAISseStream {
  const encoder = new TextEncoder();
  const translator = createGeminiSseToOpenAISseTranslator(context);
  // One enqueue per input piece (not per event): the text of all its events is encoded at once.
  const emit = (controller: TransformStreamDefaultController<Uint8Array>, text: string) => {
    if (text !== "") controller.enqueue(encoder.encode(text));
    if (translator.failed) controller.terminate();
  };
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(bytes, controller) {
      if (!translator.failed) emit(controller, translator.push(bytes));
    },
    flush(controller) {
      if (!translator.failed) emit(controller, translator.finish());
    },
  });
  return Object.assign(stream, { warnings: translator.warnings });
}
