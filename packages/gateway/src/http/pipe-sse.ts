import type { IncomingMessage, ServerResponse } from "node:http";
import { GembridgeError } from "@gembridge/core";
import type { SseTranslator } from "../streams/sse-translator";
import type { IdleWatch } from "../upstreams/idle-sweep";
import type { UpstreamAnswer } from "../upstreams/send-upstream";

export const SSE_HEADERS = { "content-type": "text/event-stream", "cache-control": "no-cache" } as const;

export interface PipeSseOptions {
  /**
   * Largest single upstream event (bytes since the last blank line): the SSE parser buffers an unfinished event
   * whole, so an upstream that never ends its event would otherwise grow memory without bound → 502 error event.
   */
  maxEventBytes: number;
  /** A failure only the gateway sees (connection lost, timeout) as the final SSE event, in the client's dialect. */
  errorEvent: (error: unknown) => string;
  /** Called once, with the last upstream chunk, just before the response ends: the request log reads tokens here. */
  beforeEnd: (tail: Buffer | undefined) => void;
}

/**
 * Streams an upstream SSE body through a synchronous translator into the client response, with backpressure:
 * when the client socket is full the upstream is paused (Node then stops reading its socket, and TCP pushes back
 * on the upstream) until the client has drained. The upstream's idle clock (`UpstreamAnswer.idle`) runs only while
 * we wait for its bytes: its teardown destroys the upstream with a 504, which ends the stream with an error event.
 *
 * Resolves once the response has ended or the client has gone away. Never rejects.
 */
export function pipeSse(upstream: UpstreamAnswer, translator: SseTranslator, response: ServerResponse, options: PipeSseOptions) {
  return new Promise<void>((resolve) => {
    new SsePipe(upstream.response, upstream.idle, translator, response, options, resolve).start();
  });
}

/**
 * One piped stream's state and handlers. A class with handlers bound once (not a dozen closures per request): under
 * load every allocation per request shows (decision 0145).
 */
class SsePipe {
  private tail: Buffer | undefined;
  private settled = false;
  /** Bytes received since the last event boundary, and the last byte seen (a boundary may straddle two chunks). */
  private pending = 0;
  private lastByte = 0;
  private readonly onData = (chunk: Buffer) => this.data(chunk);
  private readonly onDrain = () => {
    this.idle.resume();
    this.upstream.resume();
  };

  constructor(
    private readonly upstream: IncomingMessage,
    private readonly idle: IdleWatch,
    private readonly translator: SseTranslator,
    private readonly response: ServerResponse,
    private readonly options: PipeSseOptions,
    private readonly resolve: () => void,
  ) {}

  start(): void {
    this.upstream.on("data", this.onData);
    this.upstream.once("end", () => this.finish(this.translator.finish()));
    this.upstream.once("error", (error) => this.finish(this.options.errorEvent(error)));
    this.response.once("close", () => this.finish(""));
  }

  private finish(text: string): void {
    if (this.settled) return;
    this.settled = true;
    this.idle.end();
    this.upstream.off("data", this.onData);
    if (!this.upstream.complete) this.upstream.destroy(); // a translator fault or a client that left: stop the upstream too
    this.options.beforeEnd(this.tail);
    if (!this.response.destroyed) this.response.end(text);
    this.resolve();
  }

  private data(chunk: Buffer): void {
    this.idle.touch();
    this.tail = chunk;
    this.pending = pendingAfter(chunk, this.pending, this.lastByte);
    this.lastByte = chunk[chunk.length - 1] ?? this.lastByte;
    if (this.pending > this.options.maxEventBytes) {
      this.finish(this.options.errorEvent(eventTooLarge(this.options.maxEventBytes)));
      return;
    }
    const text = this.translator.push(chunk);
    if (this.translator.failed) {
      this.finish(text);
      return;
    }
    if (text !== "" && !this.response.write(text)) {
      // A slow client is not an idle upstream: the clock stops while we hold the upstream back.
      this.idle.pause();
      this.upstream.pause();
      this.response.once("drain", this.onDrain);
    }
  }
}

/**
 * Bytes of `chunk` after its last blank line (an event boundary: two line ends in a row, whatever mix of CR / LF:
 * the last `\n\n`, `\r\r` or `\n\r`), or `pending` plus the whole chunk when it has none. Exported for its test.
 *
 * Walks the line ends from the back with native byte searches, one per line end: the usual chunk ends with its
 * event, so two searches find the boundary. (Three `lastIndexOf` of two-byte needles scanned the whole chunk for
 * the needle that never occurs, ~0.7 µs on a 4 KB chunk.) Each search resumes below the previous hit of its byte,
 * so a chunk of many lines and no blank line costs one pass, not one per line.
 */
export function pendingAfter(chunk: Uint8Array, pending: number, previous: number): number {
  let lf = chunk.lastIndexOf(LF);
  let cr = chunk.lastIndexOf(CR);
  while (lf > 0 || cr > 0) {
    const end = Math.max(lf, cr);
    const before = chunk[end - 1];
    if (before === LF || (before === CR && end === cr)) return chunk.length - end - 1;
    // Searching from -1 would mean "from the end": stop at the chunk's first byte instead.
    if (end === lf) lf = lf === 0 ? -1 : chunk.lastIndexOf(LF, lf - 1);
    else cr = cr === 0 ? -1 : chunk.lastIndexOf(CR, cr - 1);
  }
  const first = chunk[0];
  if ((previous === LF && (first === LF || first === CR)) || (previous === CR && first === CR)) return chunk.length - 1;
  return pending + chunk.length;
}

const LF = 0x0a;
const CR = 0x0d;

function eventTooLarge(maxEventBytes: number): GembridgeError {
  return new GembridgeError(`The upstream sent an SSE event larger than the gateway's limit of ${maxEventBytes} bytes.`, {
    status: 502,
    code: "upstream_event_too_large",
  });
}
