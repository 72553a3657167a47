import type { GeminiToOpenAIContext } from "../context/translation-context";
import { GembridgeError, isGembridgeError, type OpenAIErrorBody } from "../errors/gembridge-error";
import type { TranslationWarning } from "../shared/result";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import { createGeminiToOpenAIStream, type GeminiToOpenAIStream } from "./gemini-to-openai-stream";
import { createSseDecoder, type SseDecoder } from "./sse-parser";
import { SSE_DONE_EVENT, serializeSseEvent } from "./sse-serializer";

/**
 * Gemini `alt=sse` bytes → OpenAI SSE text, synchronously: the engine under `geminiSseToOpenAISse` (Web streams)
 * and under a Node gateway driving it from `data` events (decision 0090: no promise per chunk there).
 */
export interface GeminiSseToOpenAISseTranslator {
  /** Feed upstream bytes (boundaries anywhere, even inside a UTF-8 character); returns the SSE text to send, often `""`. */
  push(bytes: Uint8Array): string;
  /** The upstream ended: the closing events and `data: [DONE]` — or the error event when it was cut short. */
  finish(): string;
  /** True once a fault became the final error event; `push`/`finish` return `""` from then on. */
  readonly failed: boolean;
  /** The translator's warnings (complete once `finish` has run). */
  readonly warnings: TranslationWarning[];
}

/**
 * Creates the byte-level translator. Events are `JSON.parse`d and handed to `createGeminiToOpenAIStream`, whose
 * `push` checks the shape it reads (`readGeminiResponse`, no zod on this path, decision 0242). Faults — an event that is not JSON, a
 * malformed event, an in-band `{"error": …}`, a stream without a `finishReason` — become one OpenAI-style
 * `data: {"error": {…}}` event, the last thing produced (no `[DONE]` after it, so clients see the failure).
 *
 * @example
 * const translator = createGeminiSseToOpenAISseTranslator({ model: "gemini-2.5-flash" });
 * upstream.on("data", (bytes) => response.write(translator.push(bytes)));
 * upstream.on("end", () => response.end(translator.finish()));
 */
export function createGeminiSseToOpenAISseTranslator(context: GeminiToOpenAIContext = {}): GeminiSseToOpenAISseTranslator {
  return new SseTranslator(context);
}

/** A class, not closures: one is created per streamed request (decision 0145). */
class SseTranslator implements GeminiSseToOpenAISseTranslator {
  private readonly translator: GeminiToOpenAIStream;
  private readonly decoder: SseDecoder;
  private out = "";
  private eventCount = 0;
  failed = false;
  readonly warnings: TranslationWarning[];

  constructor(context: GeminiToOpenAIContext) {
    this.translator = createGeminiToOpenAIStream(context);
    this.warnings = this.translator.warnings;
    this.decoder = createSseDecoder((event) => this.onEvent(event.data));
  }

  push(bytes: Uint8Array): string {
    if (!this.failed) this.decoder.push(bytes);
    return this.take();
  }

  finish(): string {
    if (this.failed) return this.take();
    this.decoder.end();
    if (!this.failed) {
      try {
        for (const chunk of this.translator.finish()) this.out += serializeSseEvent(chunk);
        this.out += SSE_DONE_EVENT;
      } catch (error) {
        this.fail(error);
      }
    }
    return this.take();
  }

  private onEvent(data: string): void {
    if (this.failed) return;
    const index = this.eventCount++;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch (cause) {
      this.fail(new GembridgeError(`Malformed event in the Gemini stream at chunks[${index}]: not JSON.`, { status: 502, code: "upstream_malformed_event", cause }));
      return;
    }
    try {
      for (const chunk of this.translator.push(json as GeminiGenerateContentResponse)) this.out += serializeSseEvent(chunk);
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    this.failed = true;
    this.out += serializeSseEvent(toOpenAIErrorBody(error));
  }

  private take(): string {
    const text = this.out;
    this.out = "";
    return text;
  }
}

/** The client-facing error body: an in-band upstream error keeps Google's translated details (`cause.openAIError`). */
function toOpenAIErrorBody(error: unknown): OpenAIErrorBody {
  if (isGembridgeError(error)) {
    const translated = (error.cause as { openAIError?: OpenAIErrorBody } | undefined)?.openAIError;
    return translated ?? error.toOpenAIError();
  }
  return { error: { message: "Internal error while translating the stream.", type: "server_error", param: null, code: null } };
}
