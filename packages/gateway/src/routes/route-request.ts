import type { IncomingMessage, ServerResponse } from "node:http";
import { GembridgeError } from "@gembridge/core";
import { unauthenticated } from "../http/client-keys";
import { type ErrorShape, sendError } from "../http/send-error";
import { sendJson } from "../http/send-json";
import { chatCompletions } from "./chat-completions";
import { countTokens } from "./count-tokens";
import type { Exchange, GatewayServices } from "./exchange";
import { type GenerateContentTarget, generateContent } from "./generate-content";
import { getGeminiModel, listGeminiModels, listModels, retrieveModel } from "./models";

// Gemini API `/v1beta/models/{model}:{method}` (and `/v1/…`, which @google/genai 3 uses by default), Vertex's
// `/v1/projects/{p}/locations/{l}/publishers/{pub}/models/{model}:{method}`, and Vertex express mode's
// `/v1beta1/publishers/google/models/{model}:{method}` (API key, no project in the path).
const GEMINI_PATH = /^\/v1(?:beta)?\/models\/([^/:]+):(generateContent|streamGenerateContent|countTokens)$/;
const VERTEX_PATH =
  /^\/v1(?:beta1)?\/(?:projects\/[^/]+\/locations\/[^/]+\/)?publishers\/[^/]+\/models\/([^/:]+):(generateContent|streamGenerateContent|countTokens)$/;
// Vertex AI's OpenAI-compatible base URL, as Google's samples write it; {p}/{l} are ignored (decision 0176).
const VERTEX_OPENAI_PATH = /^\/v1(?:beta1)?\/projects\/[^/]+\/locations\/[^/]+\/endpoints\/openapi(\/.*)$/;
// `GET /v1/models/{id}` (OpenAI ids may contain `/`) and Gemini's `GET /v1beta/models/{model}`.
const MODEL_PATH = /^\/v1(beta)?\/models\/([^:]+)$/;

/**
 * Gemini-dialect clients get Gemini error bodies, everyone else OpenAI's. `/v1/models` is shared by the openai SDK
 * and `@google/genai` (Gemini API v1): Google's clients are told apart by their `x-goog-*` headers (decision 0176).
 */
export function errorShapeFor(path: string, headers: IncomingMessage["headers"] = {}): ErrorShape {
  if (VERTEX_OPENAI_PATH.test(path)) return "openai";
  if (path.startsWith("/v1beta/") || path.startsWith("/v1beta1/") || path.startsWith("/v1/projects/") || path.startsWith("/v1/publishers/")) return "gemini";
  if (path === "/v1/models" || path.startsWith("/v1/models/")) return path.includes(":") || isGoogleClient(headers) ? "gemini" : "openai";
  return "openai";
}

function isGoogleClient(headers: IncomingMessage["headers"]): boolean {
  return headers["x-goog-api-key"] !== undefined || headers["x-goog-api-client"] !== undefined;
}

/** Dispatches one request; every error — ours or core's — is answered here in the client's shape. */
export async function routeRequest(request: IncomingMessage, response: ServerResponse, exchange: Exchange, services: GatewayServices) {
  const { path } = exchange.log;
  const method = request.method ?? "GET";
  try {
    if (services.clientKeys !== undefined && path !== "/healthz" && !services.clientKeys(request)) throw unauthenticated();
    const compat = VERTEX_OPENAI_PATH.exec(path);
    const openaiPath = compat === null ? path : `/v1${compat[1]}`;
    if (openaiPath === "/v1/chat/completions") {
      requireMethod(method, "POST");
      return await chatCompletions(request, response, exchange, services);
    }
    if (path === "/healthz") return sendJson(response, 200, { status: "ok", upstream: services.gemini.name });
    const gemini = errorShapeFor(path, request.headers) === "gemini";
    if (openaiPath === "/v1/models" || path === "/v1beta/models") {
      requireMethod(method, "GET");
      if (gemini) return listGeminiModels(response, services.config, new URL(request.url ?? "/", "http://gateway").searchParams);
      return listModels(response, services.config);
    }
    const model = compat === null ? MODEL_PATH.exec(path) : null;
    if (model !== null) {
      requireMethod(method, "GET");
      const id = decodePathSegment(model[2] as string);
      return gemini ? getGeminiModel(response, services.config, id) : retrieveModel(response, services.config, id);
    }
    const target = generateContentTarget(path, request.url ?? "");
    if (target !== undefined) {
      requireMethod(method, "POST");
      if (target.countTokens) return await countTokens(request, response, exchange, services, target.model);
      return await generateContent(request, response, exchange, services, target);
    }
    throw new GembridgeError(`No route for ${method} ${path}.`, { status: 404, code: "not_found" });
  } catch (error) {
    // The client went away (the log line says client_closed): nobody to answer.
    if (exchange.signal.aborted) return;
    exchange.log.error = error instanceof GembridgeError ? error.code : "internal_error";
    if (!(error instanceof GembridgeError)) console.error(error);
    sendError(response, error, errorShapeFor(path, request.headers));
  }
}

function generateContentTarget(path: string, url: string): (GenerateContentTarget & { countTokens: boolean }) | undefined {
  const gemini = GEMINI_PATH.exec(path);
  const match = gemini ?? VERTEX_PATH.exec(path);
  if (match === null) return undefined;
  const stream = match[2] === "streamGenerateContent";
  // Without alt=sse Google streams one JSON array; every SDK asks for SSE, so that is all we speak.
  if (stream && !/[?&]alt=sse(&|$)/.test(url)) {
    throw new GembridgeError("streamGenerateContent is served as Server-Sent Events only: add ?alt=sse.", { status: 400, code: "unsupported_stream_format", param: "alt" });
  }
  // The decoded model is only ever passed on: core's geminiEndpoint is the one rule for what may reach a URL.
  const model = decodePathSegment(match[1] as string);
  return { model, stream, dialect: gemini === null ? "vertex" : "gemini", countTokens: match[2] === "countTokens" };
}

/** `%zz` in a path is the client's mistake (400), not a URIError (500). */
function decodePathSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new GembridgeError("The model in the URL is not valid percent-encoding.", { status: 400, code: "invalid_value", param: "model" });
  }
}

function requireMethod(method: string, allowed: string): void {
  if (method !== allowed) throw new GembridgeError(`Method ${method} is not allowed here; use ${allowed}.`, { status: 405, code: "method_not_allowed" });
}
