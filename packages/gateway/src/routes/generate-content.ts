import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import {
  geminiToOpenAIRequest,
  openaiToGeminiError,
  openaiToGeminiResponse,
  parseGeminiRequest,
  parseOpenAIChatCompletion,
} from "@gembridge/core";
import { createOpenAISseToGeminiSseTranslator } from "@gembridge/core/sse";
import { pipeSse, SSE_HEADERS } from "../http/pipe-sse";
import { readJsonBody } from "../http/read-json-body";
import { sendJson } from "../http/send-json";
import { tokensFromStreamTail } from "../log";
import { readUpstreamErrorBody, readUpstreamJson, retryAfter } from "../upstreams/read-upstream-body";
import { midStreamError, parseUpstreamBody } from "../upstreams/parse-upstream-body";
import { sendUpstream } from "../upstreams/send-upstream";
import type { Exchange, GatewayServices } from "./exchange";

/** What the URL says: `/v1beta/models/{model}:{method}` (Gemini API) or `/v1/projects/…/models/{model}:{method}` (Vertex). */
export interface GenerateContentTarget {
  model: string;
  stream: boolean;
  dialect: "gemini" | "vertex";
}

/**
 * `POST …:generateContent` / `…:streamGenerateContent?alt=sse`: a native Gemini request (from `@google/genai`,
 * Gemini CLI, Vertex clients) → Chat Completions on an OpenAI-compatible backend → a `GenerateContentResponse`
 * or its SSE stream. Every failure answers as a `google.rpc.Status`.
 */
export async function generateContent(
  request: IncomingMessage,
  response: ServerResponse,
  exchange: Exchange,
  services: GatewayServices,
  target: GenerateContentTarget,
) {
  const { config, openai } = services;
  const body = parseGeminiRequest(await readJsonBody(request, config.bodyLimitBytes));
  const model = openai.model(target.model);
  const translated = geminiToOpenAIRequest(body, { model, stream: target.stream });
  Object.assign(exchange.log, { model, stream: target.stream, upstream: openai.name });
  for (const warning of translated.warnings) exchange.log.warnings.push(warning.code);

  const endpoint = openai.endpoint();
  const upstream = await sendUpstream({
    url: endpoint.url,
    headers: endpoint.headers,
    body: JSON.stringify(translated.value),
    timeoutMs: config.upstreamTimeoutMs,
    signal: exchange.signal,
    agents: services.agents,
  });
  const status = upstream.statusCode ?? 502;
  if (status >= 400) {
    const mapped = openaiToGeminiError(status, await readUpstreamErrorBody(upstream));
    sendJson(response, mapped.status, mapped.body, retryAfter(upstream.headers["retry-after"]));
    return;
  }

  const id = randomUUID().replaceAll("-", "");
  const context = { model: target.model, dialect: target.dialect, now: () => Math.floor(Date.now() / 1000), newId: () => id };
  if (!target.stream) {
    const completion = parseUpstreamBody(parseOpenAIChatCompletion, await readUpstreamJson(upstream, openai.name), "chat.completion");
    const translatedResponse = openaiToGeminiResponse(completion, context);
    for (const warning of translatedResponse.warnings) exchange.log.warnings.push(warning.code);
    const usage = completion.usage;
    if (usage !== undefined && usage !== null) {
      exchange.log.tokens = { prompt: usage.prompt_tokens, completion: usage.completion_tokens, total: usage.total_tokens };
    }
    sendJson(response, 200, translatedResponse.value);
    return;
  }
  response.writeHead(200, SSE_HEADERS);
  const translator = createOpenAISseToGeminiSseTranslator(context);
  await pipeSse(upstream, translator, response, {
    idleTimeoutMs: config.upstreamTimeoutMs,
    errorEvent: geminiErrorEvent,
    beforeEnd: (tail) => {
      exchange.log.tokens = tokensFromStreamTail(tail);
      for (const warning of translator.warnings) exchange.log.warnings.push(warning.code);
    },
  });
}


/** Mid-stream failure seen by the gateway → Gemini-style in-band error event (Google frames events with CRLF). */
function geminiErrorEvent(error: unknown): string {
  return `data: ${JSON.stringify(midStreamError(error).toGeminiError())}\r\n\r\n`;
}
