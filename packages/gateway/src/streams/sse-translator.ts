import type { TranslationWarning } from "@gembridge/core";

/**
 * SSE bytes of one dialect in, SSE text of the other out, synchronously (core's `GeminiSseToOpenAISseTranslator` has
 * this shape). The gateway drives these from Node
 * stream events instead of piping through core's Web `TransformStream`s (`@gembridge/core/sse`), which cost
 * ~5× more per event on Node 20 (docs/decisions/0090-gateway-streams-without-web-streams.md).
 *
 * Same contract as core's adapters: a fault (in-band error, malformed event, truncated stream) becomes one final
 * error event in the client's dialect, after which `failed` is true and nothing more is produced.
 */
export interface SseTranslator {
  /** Translate a chunk of upstream bytes; returns the SSE text to send (possibly empty). */
  push(bytes: Uint8Array): string;
  /** The upstream ended: the closing events (and the dialect's terminator, if any). */
  finish(): string;
  readonly failed: boolean;
  readonly warnings: TranslationWarning[];
}
