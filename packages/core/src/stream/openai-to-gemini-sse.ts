import type { OpenAIToGeminiResponseContext } from "../response/openai-to-gemini-response";
import { isGembridgeError } from "../errors/gembridge-error";
import { openaiToGeminiError } from "../errors/openai-to-gemini-error";
import { parseOpenAIChatCompletionChunk } from "../wire/openai/parse-openai";
import { createOpenAIToGeminiStream } from "./openai-to-gemini-stream";
import { createSseDecoder } from "./sse-parser";

/**
 * One Gemini `alt=sse` event. Google's servers frame each `GenerateContentResponse` as `data: <json>` followed by a
 * CRLF blank line, and send no `[DONE]` sentinel: the stream ends when the body closes (SPEC-DIGEST §1.3).
 */
export function serializeGeminiSseEvent(value: unknown): string {
  return `data: ${JSON.stringify(value)}\r\n\r\n`;
}

/**
 * OpenAI-compatible SSE bytes in → Gemini `streamGenerateContent?alt=sse` bytes out, over the pure
 * `createOpenAIToGeminiStream`. `[DONE]` (or the end of the body) flushes buffered calls and the final chunk.
 * An in-band `{"error":…}` event, or a chunk that is not valid JSON / not a chunk, becomes one Gemini error event
 * (`data: {"error":{code,message,status}}`) and ends the output: the HTTP status is already 200, so that is the
 * only way left to tell the client (SPEC-DIGEST §1.3). Translation warnings are on `.warnings`.
 *
 * @example
 * const geminiBody = backendResponse.body.pipeThrough(openaiSseToGeminiSse());
 */
export function openaiSseToGeminiSse(
  context: OpenAIToGeminiResponseContext = {},
): TransformStream<Uint8Array, Uint8Array> & { readonly warnings: ReturnType<typeof createOpenAIToGeminiStream>["warnings"] } {
  const encoder = new TextEncoder();
  const stream = createOpenAIToGeminiStream(context);
  let done = false;
  let pending: string[] = [];
  const write = (values: readonly unknown[]) => {
    for (const value of values) pending.push(serializeGeminiSseEvent(value));
  };
  const fail = (status: number, body: unknown) => {
    write([openaiToGeminiError(status, body).body]);
    done = true;
  };
  const decoder = createSseDecoder((event) => {
    if (done) return;
    const data = event.data.trim();
    if (data === "") return;
    if (data === "[DONE]") {
      write(stream.finish());
      done = true;
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      fail(502, { error: { message: "Upstream sent an SSE event that is not JSON", type: "upstream_error" } });
      return;
    }
    if (typeof json === "object" && json !== null && "error" in json) {
      const code = (json as { error?: { code?: unknown } }).error?.code;
      fail(typeof code === "number" ? code : 500, json);
      return;
    }
    try {
      write(stream.push(parseOpenAIChatCompletionChunk(json)));
    } catch (error) {
      if (!isGembridgeError(error)) throw error;
      fail(502, { error: { message: `Upstream sent an invalid chunk: ${error.message}`, type: "upstream_error", param: error.param } });
    }
  });
  const drain = (controller: TransformStreamDefaultController<Uint8Array>) => {
    if (pending.length === 0) return;
    controller.enqueue(encoder.encode(pending.join("")));
    pending = [];
  };
  const transform = new TransformStream<Uint8Array, Uint8Array>({
    transform(bytes, controller) {
      decoder.push(bytes);
      drain(controller);
    },
    flush(controller) {
      decoder.end();
      if (!done) write(stream.finish());
      done = true;
      drain(controller);
    },
  });
  return Object.assign(transform, { warnings: stream.warnings });
}
