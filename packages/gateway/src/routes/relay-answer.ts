import type { ServerResponse } from "node:http";
import type { TranslationWarning } from "@gembridge/core";
import { pipeSse, SSE_HEADERS } from "../http/pipe-sse";
import { sendJson } from "../http/send-json";
import { tokensFromStreamTail, tokensFromUsage, type UsageSpelling } from "../log";
import type { SseTranslator } from "../streams/sse-translator";
import type { UpstreamAnswer } from "../upstreams/send-upstream";
import type { Exchange } from "./exchange";

/**
 * A translated unary answer: log its warnings and the token counts of its usage (OpenAI `usage` or Gemini
 * `usageMetadata`), then send it. Both routes end this way.
 */
export function sendTranslated(
  response: ServerResponse,
  exchange: Exchange,
  translated: { value: unknown; warnings: TranslationWarning[] },
  usage: object | null | undefined,
): void {
  for (const warning of translated.warnings) exchange.log.warnings.push(warning.code);
  const tokens = tokensFromUsage(usage);
  if (tokens !== null) exchange.log.tokens = tokens;
  sendJson(response, 200, translated.value);
}

/** A streamed answer: upstream bytes through the synchronous translator to the client, with the idle timeout. */
export async function relayTranslatedStream(
  upstream: UpstreamAnswer,
  translator: SseTranslator,
  response: ServerResponse,
  exchange: Exchange,
  options: { maxEventBytes: number; errorEvent: (error: unknown) => string; upstreamUsage: UsageSpelling },
): Promise<void> {
  response.writeHead(200, SSE_HEADERS);
  await pipeSse(upstream, translator, response, {
    maxEventBytes: options.maxEventBytes,
    errorEvent: options.errorEvent,
    beforeEnd: (tail) => {
      exchange.log.tokens = tokensFromStreamTail(tail, options.upstreamUsage);
      for (const warning of translator.warnings) exchange.log.warnings.push(warning.code);
    },
  });
}
