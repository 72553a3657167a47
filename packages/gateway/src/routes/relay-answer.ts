import type { IncomingMessage, ServerResponse } from "node:http";
import type { TranslationWarning } from "@gembridge/core";
import { pipeSse, SSE_HEADERS } from "../http/pipe-sse";
import { sendJson } from "../http/send-json";
import { tokensFromStreamTail } from "../log";
import type { SseTranslator } from "../streams/sse-translator";
import type { Exchange } from "./exchange";

/** Token counts as either dialect's usage names them, for the request's log line. */
export interface UsageCounts {
  prompt: number;
  completion: number;
  total: number;
}

/** A translated unary answer: log its warnings and tokens, then send it. Both routes end this way. */
export function sendTranslated(
  response: ServerResponse,
  exchange: Exchange,
  translated: { value: unknown; warnings: TranslationWarning[] },
  tokens: UsageCounts | undefined,
): void {
  for (const warning of translated.warnings) exchange.log.warnings.push(warning.code);
  if (tokens !== undefined) exchange.log.tokens = tokens;
  sendJson(response, 200, translated.value);
}

/** A streamed answer: upstream bytes through the synchronous translator to the client, with the idle timeout. */
export async function relayTranslatedStream(
  upstream: IncomingMessage,
  translator: SseTranslator,
  response: ServerResponse,
  exchange: Exchange,
  options: { idleTimeoutMs: number; errorEvent: (error: unknown) => string },
): Promise<void> {
  response.writeHead(200, SSE_HEADERS);
  await pipeSse(upstream, translator, response, {
    idleTimeoutMs: options.idleTimeoutMs,
    errorEvent: options.errorEvent,
    beforeEnd: (tail) => {
      exchange.log.tokens = tokensFromStreamTail(tail);
      for (const warning of translator.warnings) exchange.log.warnings.push(warning.code);
    },
  });
}
