import type { IncomingMessage, ServerResponse } from "node:http";
import type { SseTranslator } from "../streams/sse-translator";
import { upstreamTimeout } from "../upstreams/send-upstream";

export const SSE_HEADERS = { "content-type": "text/event-stream", "cache-control": "no-cache" } as const;

export interface PipeSseOptions {
  /** No upstream bytes for this long, while we are waiting for them → the stream ends with a 504 error event. */
  idleTimeoutMs: number;
  /** A failure only the gateway sees (connection lost, timeout) as the final SSE event, in the client's dialect. */
  errorEvent: (error: unknown) => string;
  /** Called once, with the last upstream chunk, just before the response ends: the request log reads tokens here. */
  beforeEnd: (tail: Buffer | undefined) => void;
}

/**
 * Streams an upstream SSE body through a synchronous translator into the client response, with backpressure:
 * when the client socket is full the upstream is paused (Node then stops reading its socket, and TCP pushes back
 * on the upstream) until the client has drained.
 *
 * Resolves once the response has ended or the client has gone away. Never rejects.
 */
export function pipeSse(upstream: IncomingMessage, translator: SseTranslator, response: ServerResponse, options: PipeSseOptions) {
  return new Promise<void>((resolve) => {
    new SsePipe(upstream, translator, response, options, resolve).start();
  });
}

/**
 * One piped stream's state and handlers. A class with handlers bound once (not a dozen closures per request): under
 * load every allocation per request shows (decision 0145).
 */
class SsePipe {
  private tail: Buffer | undefined;
  private timer: NodeJS.Timeout | undefined;
  private settled = false;
  private readonly onData = (chunk: Buffer) => this.data(chunk);
  private readonly onDrain = () => {
    this.waitForUpstream();
    this.upstream.resume();
  };
  private readonly onTimeout = () => this.upstream.destroy(upstreamTimeout(this.options.idleTimeoutMs));

  constructor(
    private readonly upstream: IncomingMessage,
    private readonly translator: SseTranslator,
    private readonly response: ServerResponse,
    private readonly options: PipeSseOptions,
    private readonly resolve: () => void,
  ) {}

  start(): void {
    // The socket's own idle timeout would also fire while a slow client holds us back (the upstream socket is idle
    // because *we* paused it), so from here the timer runs only while we are waiting for upstream bytes.
    this.upstream.socket.setTimeout(0);
    this.upstream.on("data", this.onData);
    this.upstream.once("end", () => this.finish(this.translator.finish()));
    this.upstream.once("error", (error) => this.finish(this.options.errorEvent(error)));
    this.response.once("close", () => this.finish(""));
    this.waitForUpstream();
  }

  /** (Re)arms the idle timer: one timer per stream, refreshed per chunk rather than cleared and created again. */
  private waitForUpstream(): void {
    if (this.timer === undefined) this.timer = setTimeout(this.onTimeout, this.options.idleTimeoutMs);
    else this.timer.refresh();
  }

  private finish(text: string): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    this.upstream.off("data", this.onData);
    if (!this.upstream.complete) this.upstream.destroy(); // a translator fault or a client that left: stop the upstream too
    this.options.beforeEnd(this.tail);
    if (!this.response.destroyed) this.response.end(text);
    this.resolve();
  }

  private data(chunk: Buffer): void {
    this.tail = chunk;
    const text = this.translator.push(chunk);
    if (this.translator.failed) {
      this.finish(text);
      return;
    }
    if (text !== "" && !this.response.write(text)) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.upstream.pause();
      this.response.once("drain", this.onDrain);
    } else this.waitForUpstream();
  }
}
