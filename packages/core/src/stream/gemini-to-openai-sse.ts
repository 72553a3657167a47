import type { GeminiToOpenAIContext } from "../context/translation-context";
import { GembridgeError, isGembridgeError, type OpenAIErrorBody } from "../errors/gembridge-error";
import type { TranslationWarning } from "../shared/result";
import { parseGeminiChunk } from "../wire/gemini";
import { createGeminiToOpenAIStream } from "./gemini-to-openai-stream";
import { createSseDecoder, type SseEvent } from "./sse-parser";
import { SSE_DONE_EVENT, serializeSseEvent } from "./sse-serializer";

/** The Web stream, plus the translator's warnings (read them once the stream has ended). */
export type GeminiSseToOpenAISseStream = TransformStream<Uint8Array, Uint8Array> & {
  readonly warnings: TranslationWarning[];
};

/**
 * Gemini `streamGenerateContent?alt=sse` bytes → OpenAI Chat Completions SSE bytes (`data: <chunk>\n\n` …
 * `data: [DONE]\n\n`). A thin adapter: our incremental SSE parser, `parseGeminiChunk` at the edge, then the pure
 * `createGeminiToOpenAIStream`. Input chunk boundaries may fall anywhere, including inside a UTF-8 character.
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
  const translator = createGeminiToOpenAIStream(context);
  let failed = false;
  let eventCount = 0;
  let output: TransformStreamDefaultController<Uint8Array> | undefined;

  const fail = (error: unknown) => {
    if (failed || output === undefined) return;
    failed = true;
    output.enqueue(encoder.encode(serializeSseEvent(toOpenAIErrorBody(error))));
    output.terminate();
  };
  const onEvent = (event: SseEvent) => {
    if (failed || output === undefined) return;
    const path = `chunks[${eventCount}]`;
    eventCount += 1;
    try {
      const chunks = translator.push(parseEvent(event, path));
      for (const chunk of chunks) output.enqueue(encoder.encode(serializeSseEvent(chunk)));
    } catch (error) {
      fail(error);
    }
  };
  const decoder = createSseDecoder(onEvent);

  const stream = new TransformStream<Uint8Array, Uint8Array>({
    start(controller) {
      output = controller;
    },
    transform(bytes) {
      if (!failed) decoder.push(bytes);
    },
    flush(controller) {
      if (failed) return;
      decoder.end();
      if (failed) return;
      try {
        for (const chunk of translator.finish()) controller.enqueue(encoder.encode(serializeSseEvent(chunk)));
        controller.enqueue(encoder.encode(SSE_DONE_EVENT));
      } catch (error) {
        fail(error);
      }
    },
  });
  return Object.assign(stream, { warnings: translator.warnings });
}

/** One SSE event → a validated chunk (or an in-band error body, which the translator turns into a throw). */
function parseEvent(event: SseEvent, path: string) {
  let json: unknown;
  try {
    json = JSON.parse(event.data);
  } catch (cause) {
    throw new GembridgeError(`Malformed event in the Gemini stream at ${path}: not JSON.`, {
      status: 502,
      code: "upstream_malformed_event",
      cause,
    });
  }
  // Some Google front ends wrap an error body in a one-element array.
  const unwrapped = Array.isArray(json) && json.length === 1 ? json[0] : json;
  if (typeof unwrapped === "object" && unwrapped !== null && "error" in unwrapped) {
    return unwrapped as Parameters<ReturnType<typeof createGeminiToOpenAIStream>["push"]>[0];
  }
  try {
    return parseGeminiChunk(json);
  } catch (cause) {
    const detail = isGembridgeError(cause) ? cause.message : "invalid chunk";
    throw new GembridgeError(`Malformed event in the Gemini stream at ${path}: ${detail}`, {
      status: 502,
      code: "upstream_malformed_event",
      cause,
    });
  }
}

function toOpenAIErrorBody(error: unknown): OpenAIErrorBody {
  if (isGembridgeError(error)) {
    const translated = (error.cause as { openAIError?: OpenAIErrorBody } | undefined)?.openAIError;
    return translated ?? error.toOpenAIError();
  }
  return { error: { message: "Internal error while translating the stream.", type: "server_error", param: null, code: null } };
}
