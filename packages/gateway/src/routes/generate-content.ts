import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import {
  geminiToOpenAIRequest,
  openaiToGeminiError,
  openaiToGeminiResponse,
  readGeminiRequest,
} from "@gembridge/core";
import { createOpenAISseToGeminiSseTranslator } from "@gembridge/core/sse";
import { readJsonBody } from "../http/read-json-body";
import { readUpstreamErrorBody, readUpstreamJson, retryAfter } from "../upstreams/read-upstream-body";
import { midStreamError } from "../upstreams/parse-upstream-body";
import { sendJson } from "../http/send-json";
import { sendUpstream } from "../upstreams/send-upstream";
import type { Exchange, GatewayServices } from "./exchange";
import { relayTranslatedStream, sendTranslated } from "./relay-answer";

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
  // One-pass reader, no zod (decision 0242); the translator's own read of the same value is a walk that copies nothing.
  const body = readGeminiRequest(await readJsonBody(request, config.bodyLimitBytes));
  const model = openai.model(target.model);
  const translated = geminiToOpenAIRequest(body, { model, stream: target.stream });
  Object.assign(exchange.log, { model, stream: target.stream, upstream: openai.name });
  for (const warning of translated.warnings) exchange.log.warnings.push(warning.code);

  const endpoint = openai.endpoint();
  const upstream = await sendUpstream({
    url: endpoint.url,
    headers: endpoint.headers,
    body: JSON.stringify(translated.value),
    idle: services.idle,
    signal: exchange.signal,
    agents: services.agents,
  });
  const status = upstream.response.statusCode ?? 502;
  if (status >= 400) {
    const mapped = openaiToGeminiError(status, await readUpstreamErrorBody(upstream, config.upstreamBodyLimitBytes));
    sendJson(response, mapped.status, mapped.body, retryAfter(upstream.response.headers["retry-after"]));
    return;
  }

  const id = randomUUID().replaceAll("-", "");
  const context = { model: target.model, dialect: target.dialect, now: () => Math.floor(Date.now() / 1000), newId: () => id };
  if (!target.stream) {
    // `openaiToGeminiResponse` validates the backend's reply itself (502 with the path; decision 0110, with the
    // envelope fields some OpenAI-compatible servers omit left optional, 0153): no second parse here.
    const completion = await readUpstreamJson(upstream, openai.name, config.upstreamBodyLimitBytes);
    const translated = openaiToGeminiResponse(completion as Parameters<typeof openaiToGeminiResponse>[0], context);
    sendTranslated(response, exchange, translated, translated.value.usageMetadata);
    return;
  }
  await relayTranslatedStream(upstream, createOpenAISseToGeminiSseTranslator(context), response, exchange, {
    maxEventBytes: config.upstreamBodyLimitBytes,
    errorEvent: geminiErrorEvent,
    upstreamUsage: "openai",
  });
}

/** Mid-stream failure seen by the gateway → Gemini-style in-band error event (Google frames events with CRLF). */
function geminiErrorEvent(error: unknown): string {
  return `data: ${JSON.stringify(midStreamError(error).toGeminiError())}\r\n\r\n`;
}
