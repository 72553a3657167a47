import type { IncomingMessage, ServerResponse } from "node:http";
import { GembridgeError } from "@gembridge/core";
import { unauthenticated } from "../http/client-keys";
import { type ErrorShape, sendError } from "../http/send-error";
import { sendJson } from "../http/send-json";
import { chatCompletions } from "./chat-completions";
import type { Exchange, GatewayServices } from "./exchange";
import { type GenerateContentTarget, generateContent } from "./generate-content";
import { listModels } from "./models";

// Gemini API `/v1beta/models/{model}:{method}` (and `/v1/…`, which @google/genai 3 uses by default), and Vertex's
// `/v1/projects/{p}/locations/{l}/publishers/{pub}/models/{model}:{method}`.
const GEMINI_PATH = /^\/v1(?:beta)?\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;
const VERTEX_PATH = /^\/v1(?:beta1)?\/projects\/[^/]+\/locations\/[^/]+\/publishers\/[^/]+\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

/** Gemini-dialect clients get Gemini error bodies, everyone else OpenAI's. */
export function errorShapeFor(path: string): ErrorShape {
  if (path.startsWith("/v1beta/") || path.startsWith("/v1beta1/") || path.startsWith("/v1/projects/")) return "gemini";
  return path.startsWith("/v1/models/") && path.includes(":") ? "gemini" : "openai";
}

/** Dispatches one request; every error — ours or core's — is answered here in the client's shape. */
export async function routeRequest(request: IncomingMessage, response: ServerResponse, exchange: Exchange, services: GatewayServices) {
  const { path } = exchange.log;
  const method = request.method ?? "GET";
  try {
    if (services.clientKeys !== undefined && path !== "/healthz" && !services.clientKeys(request)) throw unauthenticated();
    if (path === "/v1/chat/completions") {
      requireMethod(method, "POST");
      return await chatCompletions(request, response, exchange, services);
    }
    if (path === "/v1/models") {
      requireMethod(method, "GET");
      return listModels(response, services.config);
    }
    if (path === "/healthz") return sendJson(response, 200, { status: "ok", upstream: services.gemini.name });
    const target = generateContentTarget(path, request.url ?? "");
    if (target !== undefined) {
      requireMethod(method, "POST");
      return await generateContent(request, response, exchange, services, target);
    }
    throw new GembridgeError(`No route for ${method} ${path}.`, { status: 404, code: "not_found" });
  } catch (error) {
    // The client went away (the log line says client_closed): nobody to answer.
    if (exchange.signal.aborted) return;
    exchange.log.error = error instanceof GembridgeError ? error.code : "internal_error";
    if (!(error instanceof GembridgeError)) console.error(error);
    sendError(response, error, errorShapeFor(path));
  }
}

function generateContentTarget(path: string, url: string): GenerateContentTarget | undefined {
  const gemini = GEMINI_PATH.exec(path);
  const match = gemini ?? VERTEX_PATH.exec(path);
  if (match === null) return undefined;
  const stream = match[2] === "streamGenerateContent";
  // Without alt=sse Google streams one JSON array; every SDK asks for SSE, so that is all we speak.
  if (stream && !/[?&]alt=sse(&|$)/.test(url)) {
    throw new GembridgeError("streamGenerateContent is served as Server-Sent Events only: add ?alt=sse.", { status: 400, code: "unsupported_stream_format", param: "alt" });
  }
  // The decoded model is only ever passed on: core's geminiEndpoint is the one rule for what may reach a URL.
  return { model: decodeURIComponent(match[1] as string), stream, dialect: gemini === null ? "vertex" : "gemini" };
}

function requireMethod(method: string, allowed: string): void {
  if (method !== allowed) throw new GembridgeError(`Method ${method} is not allowed here; use ${allowed}.`, { status: 405, code: "method_not_allowed" });
}
