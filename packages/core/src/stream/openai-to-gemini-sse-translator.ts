import { isGembridgeError } from "../errors/gembridge-error";
import { openaiToGeminiError } from "../errors/openai-to-gemini-error";
import type { OpenAIToGeminiResponseContext } from "../response/openai-to-gemini-response";
import type { TranslationWarning } from "../shared/result";
import { createOpenAIToGeminiStream, type OpenAIToGeminiStream } from "./openai-to-gemini-stream";
import { createSseDecoder, type SseDecoder } from "./sse-parser";

/**
 * One Gemini `alt=sse` event. Google's servers frame each `GenerateContentResponse` as `data: <json>` followed by a
 * CRLF blank line, and send no `[DONE]` sentinel: the stream ends when the body closes (https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent).
 */
export function serializeGeminiSseEvent(value: unknown): string {
  return `data: ${JSON.stringify(value)}\r\n\r\n`;
}

/**
 * OpenAI-compatible SSE bytes → Gemini `alt=sse` text, synchronously: the engine under `openaiSseToGeminiSse`
 * (Web streams) and under a Node gateway driving it from `data` events (decision 0090). Same shape as
 * `GeminiSseToOpenAISseTranslator` in the other direction.
 */
export interface OpenAISseToGeminiSseTranslator {
  /** Feed upstream bytes (boundaries anywhere); returns the Gemini SSE text to send, often `""`. */
  push(bytes: Uint8Array): string;
  /** The upstream ended (many backends omit `[DONE]`): buffered tool calls and the final chunk. */
  finish(): string;
  /** True once a fault became the final error event; nothing more is produced after it. */
  readonly failed: boolean;
  readonly warnings: TranslationWarning[];
}

/**
 * Creates the byte-level translator over the pure `createOpenAIToGeminiStream`, which validates each chunk itself
 * (decision 0110). `[DONE]` or the end of the body flushes buffered calls and the final chunk. An in-band
 * `{"error":…}` event, an event that is not JSON, or an invalid chunk becomes one Gemini error event
 * (`data: {"error":{code,message,status}}`) and ends the output: the HTTP status is already 200, so that is the
 * only way left to tell the client (https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent).
 *
 * @example
 * const translator = createOpenAISseToGeminiSseTranslator({ model: "gemini-2.5-flash" });
 * backend.on("data", (bytes) => response.write(translator.push(bytes)));
 * backend.on("end", () => response.end(translator.finish()));
 */
export function createOpenAISseToGeminiSseTranslator(context: OpenAIToGeminiResponseContext = {}): OpenAISseToGeminiSseTranslator {
  return new ReverseSseTranslator(context);
}

/** A class, not closures: one is created per streamed request (decision 0145). */
class ReverseSseTranslator implements OpenAISseToGeminiSseTranslator {
  readonly warnings: TranslationWarning[];
  failed = false;
  private done = false;
  private out = "";
  private readonly stream: OpenAIToGeminiStream;
  private readonly decoder: SseDecoder;

  constructor(context: OpenAIToGeminiResponseContext) {
    this.stream = createOpenAIToGeminiStream(context);
    this.warnings = this.stream.warnings;
    this.decoder = createSseDecoder((event) => this.onEvent(event.data));
  }

  push(bytes: Uint8Array): string {
    if (!this.done) this.decoder.push(bytes);
    return this.take();
  }

  finish(): string {
    if (!this.done) this.decoder.end();
    if (!this.done) this.write(this.stream.finish());
    this.done = true;
    return this.take();
  }

  private onEvent(raw: string): void {
    if (this.done) return;
    const data = raw.trim();
    if (data === "") return;
    if (data === "[DONE]") {
      this.write(this.stream.finish());
      this.done = true;
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      this.fail(502, { error: { message: "The upstream sent an SSE event that is not JSON.", type: "upstream_error" } });
      return;
    }
    if (typeof json === "object" && json !== null && "error" in json) {
      const code = (json as { error?: { code?: unknown } }).error?.code;
      this.fail(typeof code === "number" ? code : 500, json);
      return;
    }
    try {
      this.write(this.stream.push(json as Parameters<OpenAIToGeminiStream["push"]>[0]));
    } catch (error) {
      if (!isGembridgeError(error)) throw error;
      this.fail(502, {
        error: { message: `The upstream sent an invalid chunk: ${error.message}`, type: "upstream_error", param: error.param },
      });
    }
  }

  private write(values: readonly unknown[]): void {
    for (const value of values) this.out += serializeGeminiSseEvent(value);
  }

  private fail(status: number, body: unknown): void {
    this.write([openaiToGeminiError(status, body).body]);
    this.done = true;
    this.failed = true;
  }

  private take(): string {
    const text = this.out;
    this.out = "";
    return text;
  }
}
