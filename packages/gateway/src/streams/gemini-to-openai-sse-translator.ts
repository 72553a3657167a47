import {
  createGeminiToOpenAIStream,
  GembridgeError,
  type GeminiToOpenAIContext,
  isGembridgeError,
  parseGeminiChunk,
} from "@gembridge/core";
import { createSseDecoder, SSE_DONE_EVENT, serializeSseEvent } from "@gembridge/core/sse";
import type { SseTranslator } from "./sse-translator";

type GeminiChunk = Parameters<ReturnType<typeof createGeminiToOpenAIStream>["push"]>[0];

/**
 * Gemini `alt=sse` bytes → OpenAI `chat.completion.chunk` events and `data: [DONE]`, over core's pure
 * `createGeminiToOpenAIStream`. Each event is validated with `parseGeminiChunk`; an in-band `{"error":…}` event
 * is handed to the translator, which throws it as a `GembridgeError` with the upstream's status.
 */
export function geminiToOpenAISseTranslator(context: GeminiToOpenAIContext): SseTranslator {
  const translator = createGeminiToOpenAIStream(context);
  let out = "";
  let failed = false;
  let eventCount = 0;
  const fail = (error: unknown) => {
    failed = true;
    out += serializeSseEvent(asGembridgeError(error).toOpenAIError());
  };
  const decoder = createSseDecoder((event) => {
    if (failed) return;
    try {
      for (const chunk of translator.push(parseEvent(event.data, eventCount++))) out += serializeSseEvent(chunk);
    } catch (error) {
      fail(error);
    }
  });
  const take = () => {
    const text = out;
    out = "";
    return text;
  };
  return {
    push(bytes) {
      if (!failed) decoder.push(bytes);
      return take();
    },
    end() {
      if (failed) return take();
      try {
        decoder.end();
        if (!failed) {
          for (const chunk of translator.finish()) out += serializeSseEvent(chunk);
          out += SSE_DONE_EVENT;
        }
      } catch (error) {
        fail(error);
      }
      return take();
    },
    get failed() {
      return failed;
    },
    warnings: translator.warnings,
  };
}

function parseEvent(data: string, index: number): GeminiChunk {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw malformed(index, "not JSON");
  }
  // Some Google front ends wrap an error body in a one-element array.
  const unwrapped = Array.isArray(json) && json.length === 1 ? json[0] : json;
  if (typeof unwrapped === "object" && unwrapped !== null && "error" in unwrapped) return unwrapped as GeminiChunk;
  try {
    return parseGeminiChunk(json);
  } catch (error) {
    throw malformed(index, isGembridgeError(error) ? error.message : "not a GenerateContentResponse");
  }
}

function malformed(index: number, detail: string): GembridgeError {
  return new GembridgeError(`Malformed event in the Gemini stream at chunks[${index}]: ${detail}`, {
    status: 502,
    code: "upstream_malformed_event",
  });
}

function asGembridgeError(error: unknown): GembridgeError {
  if (isGembridgeError(error)) return error;
  return new GembridgeError("Internal error while translating the stream.", { status: 500, code: "internal_error", cause: error });
}
