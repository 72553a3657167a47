import {
  createOpenAIToGeminiStream,
  isGembridgeError,
  type OpenAIToGeminiResponseContext,
  openaiToGeminiError,
  parseOpenAIChatCompletionChunk,
} from "@gembridge/core";
import { createSseDecoder, serializeGeminiSseEvent } from "@gembridge/core/sse";
import type { SseTranslator } from "./sse-translator";

/**
 * OpenAI-compatible SSE bytes → Gemini `alt=sse` events, over core's pure `createOpenAIToGeminiStream`. `[DONE]`
 * (or the end of the body — many backends omit it) flushes buffered tool calls and the final chunk; Gemini
 * streams have no terminator. An in-band error or an invalid event becomes one `google.rpc.Status` event.
 */
export function openaiToGeminiSseTranslator(context: OpenAIToGeminiResponseContext): SseTranslator {
  const translator = createOpenAIToGeminiStream(context);
  let out = "";
  let done = false;
  let failed = false;
  const write = (values: readonly unknown[]) => {
    for (const value of values) out += serializeGeminiSseEvent(value);
  };
  const fail = (status: number, body: unknown) => {
    write([openaiToGeminiError(status, body).body]);
    done = true;
    failed = true;
  };
  const decoder = createSseDecoder((event) => {
    if (done) return;
    const data = event.data.trim();
    if (data === "") return;
    if (data === "[DONE]") {
      write(translator.finish());
      done = true;
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return fail(502, { error: { message: "The upstream sent an SSE event that is not JSON.", type: "upstream_error" } });
    }
    if (typeof json === "object" && json !== null && "error" in json) {
      const code = (json as { error?: { code?: unknown } }).error?.code;
      return fail(typeof code === "number" ? code : 500, json);
    }
    try {
      write(translator.push(parseOpenAIChatCompletionChunk(json)));
    } catch (error) {
      if (!isGembridgeError(error)) throw error;
      fail(502, { error: { message: `The upstream sent an invalid chunk: ${error.message}`, type: "upstream_error", param: error.param } });
    }
  });
  const take = () => {
    const text = out;
    out = "";
    return text;
  };
  return {
    push(bytes) {
      if (!done) decoder.push(bytes);
      return take();
    },
    finish() {
      if (!done) decoder.end();
      if (!done) write(translator.finish());
      done = true;
      return take();
    },
    get failed() {
      return failed;
    },
    warnings: translator.warnings,
  };
}
