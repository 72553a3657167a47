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
    let tail: Buffer | undefined;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    // The socket's own idle timeout would also fire while a slow client holds us back (the upstream socket is idle
    // because *we* paused it), so from here the timer runs only while we are waiting for upstream bytes.
    upstream.socket.setTimeout(0);
    const waitForUpstream = () => {
      clearTimeout(timer);
      timer = setTimeout(() => upstream.destroy(upstreamTimeout(options.idleTimeoutMs)), options.idleTimeoutMs);
    };
    const finish = (text: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      upstream.off("data", onData);
      if (!upstream.complete) upstream.destroy(); // a translator fault or a client that left: stop the upstream too
      options.beforeEnd(tail);
      if (!response.destroyed) response.end(text);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      tail = chunk;
      const text = translator.push(chunk);
      if (translator.failed) return finish(text);
      if (text !== "" && !response.write(text)) {
        clearTimeout(timer);
        upstream.pause();
        response.once("drain", () => {
          waitForUpstream();
          upstream.resume();
        });
      } else waitForUpstream();
    };
    upstream.on("data", onData);
    upstream.once("end", () => finish(translator.end()));
    upstream.once("error", (error) => finish(options.errorEvent(error)));
    response.once("close", () => finish(""));
    waitForUpstream();
  });
}
