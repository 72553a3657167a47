import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import {
  type GeminiToOpenAIContext,
  geminiToOpenAIError,
  geminiToOpenAIResponse,
  openaiToGeminiRequest,
  readGeminiResponse,
  readOpenAIChatRequest,
} from "@gembridge/core";
import { createGeminiSseToOpenAISseTranslator, serializeSseEvent } from "@gembridge/core/sse";
import { clientKeyNamespace } from "../http/client-keys";
import { readJsonBody } from "../http/read-json-body";
import { sendJson } from "../http/send-json";
import { readUpstreamErrorBody, readUpstreamJson, retryAfter } from "../upstreams/read-upstream-body";
import { midStreamError } from "../upstreams/parse-upstream-body";
import { sendUpstream } from "../upstreams/send-upstream";
import type { Exchange, GatewayServices } from "./exchange";
import { assertModelServed } from "./models";
import { relayTranslatedStream, sendTranslated } from "./relay-answer";

/**
 * `POST /v1/chat/completions`: an OpenAI Chat Completions request → Gemini `generateContent` (or
 * `streamGenerateContent?alt=sse`) → a `chat.completion` or a stream of `chat.completion.chunk`s.
 * Every failure answers in OpenAI's error shape.
 */
export async function chatCompletions(request: IncomingMessage, response: ServerResponse, exchange: Exchange, services: GatewayServices) {
  const { config, gemini } = services;
  const body = await readJsonBody(request, config.bodyLimitBytes);
  // Per client key when the gateway has keys: one tenant never gets another's signatures back.
  const signatures = await services.signatures?.open(body, config.apiKeys === undefined ? "" : clientKeyNamespace(request));
  // Checked once at the entry (core's one-pass reader: 400 naming the parameter), translated as a typed value.
  const { value, warnings } = openaiToGeminiRequest(readOpenAIChatRequest(body), {
    dialect: gemini.dialect,
    signatureMode: config.signatureMode,
    ...(signatures === undefined ? {} : { signatureStore: signatures.store }),
    ...(config.signatureBypass === "off" ? { skipThoughtSignature: false } : {}),
  });
  Object.assign(exchange.log, { model: value.model, stream: value.stream, upstream: gemini.name });
  for (const warning of warnings) exchange.log.warnings.push(warning.code);
  assertModelServed(config, value.model);

  const endpoint = await gemini.endpoint(value.model, value.stream);
  const upstream = await sendUpstream({
    url: endpoint.url,
    headers: endpoint.headers,
    body: JSON.stringify(value.body),
    idle: services.idle,
    signal: exchange.signal,
    agents: services.agents,
  });
  const status = upstream.response.statusCode ?? 502;
  if (status >= 400) {
    const mapped = geminiToOpenAIError(status, await readUpstreamErrorBody(upstream, config.upstreamBodyLimitBytes));
    sendJson(response, mapped.status, mapped.body, { ...retryAfter(upstream.response.headers["retry-after"]), ...mapped.headers });
    return;
  }

  const context = responseContext(value.context);
  if (!value.stream) {
    const json = await readUpstreamJson(upstream, gemini.name, config.upstreamBodyLimitBytes);
    if (isErrorBody(json)) {
      // A google.rpc.Status body under HTTP 200 (some front ends do this): the Status code decides the answer.
      const mapped = geminiToOpenAIError(status, json);
      sendJson(response, mapped.status, mapped.body, mapped.headers);
      return;
    }
    // One pass over the answer (core's reader), then the translation of the typed value.
    const completion = geminiToOpenAIResponse(readGeminiResponse(json, { code: "upstream_malformed_body" }), context);
    // Before answering: a client's next turn must find what this one stored.
    await signatures?.commit();
    sendTranslated(response, exchange, completion, completion.value.usage);
    return;
  }
  await relayTranslatedStream(upstream, createGeminiSseToOpenAISseTranslator(context), response, exchange, {
    maxEventBytes: config.upstreamBodyLimitBytes,
    errorEvent: openAIErrorEvent,
    upstreamUsage: "gemini",
  });
  await signatures?.commit();
}

/** `{"error": …}` without `candidates`: an error body, whatever the HTTP status said. */
function isErrorBody(json: unknown): boolean {
  return typeof json === "object" && json !== null && !Array.isArray(json) && Object.hasOwn(json, "error") && !Object.hasOwn(json, "candidates");
}

/** Core stays pure; the gateway supplies the clock and ids for responses that carry none (Gemini API has no createTime). */
function responseContext(context: GeminiToOpenAIContext): GeminiToOpenAIContext {
  // Drawn on first use: an answer with its own `responseId` and call ids never needs one.
  let id: string | undefined;
  const newId: GeminiToOpenAIContext["newId"] = (kind, index) => {
    id ??= randomUUID().replaceAll("-", "");
    return kind === "completion" ? `chatcmpl-${id}` : `call_${id.slice(0, 16)}_${index}`;
  };
  // Not `{ ...context, now, newId }`: on Node 20's V8 a spread literal that adds keys its source lacks takes a slow
  // runtime path (~2 µs a call alone; under load the gateway spent 13% more CPU per request with it). Copying and
  // then assigning stays on the fast path.
  const out: GeminiToOpenAIContext = Object.assign({}, context);
  out.now = unixSeconds;
  out.newId = newId;
  return out;
}

function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Mid-stream failure seen by the gateway (connection lost, timeout) → OpenAI-style in-band error event. */
function openAIErrorEvent(error: unknown): string {
  return serializeSseEvent(midStreamError(error).toOpenAIError());
}
