import type { ServerResponse } from "node:http";
import { GembridgeError, modelCapabilities } from "@gembridge/core";
import type { GatewayConfig } from "../config";
import { sendJson } from "../http/send-json";

/** Listed by the models endpoints when no `--models` allow-list is set (any model name is still forwarded). */
export const DEFAULT_MODELS = [
  "gemini-3-pro-preview",
  "gemini-3-flash-preview",
  "gemini-2.5-pro",
  "gemini-2.5-flash",
  "gemini-2.5-flash-lite",
  "gemini-2.5-flash-image",
  "gemini-2.0-flash-001",
] as const;

/**
 * What Gemini's model resource says about a model, for `GET /v1beta/models`: display names and token limits from
 * Google's model pages (https://ai.google.dev/gemini-api/docs/models, "Token limits"). Models not in this table
 * (an allow-list may name any) are listed without limits rather than with guessed ones.
 */
export const MODEL_FACTS: Readonly<Record<string, { displayName: string; inputTokenLimit?: number; outputTokenLimit?: number }>> = {
  "gemini-3-pro-preview": { displayName: "Gemini 3 Pro Preview", inputTokenLimit: 1_048_576, outputTokenLimit: 65_536 },
  "gemini-3-flash-preview": { displayName: "Gemini 3 Flash Preview", inputTokenLimit: 1_048_576, outputTokenLimit: 65_536 },
  "gemini-2.5-pro": { displayName: "Gemini 2.5 Pro", inputTokenLimit: 1_048_576, outputTokenLimit: 65_536 },
  "gemini-2.5-flash": { displayName: "Gemini 2.5 Flash", inputTokenLimit: 1_048_576, outputTokenLimit: 65_536 },
  "gemini-2.5-flash-lite": { displayName: "Gemini 2.5 Flash-Lite", inputTokenLimit: 1_048_576, outputTokenLimit: 65_536 },
  "gemini-2.5-flash-image": { displayName: "Gemini 2.5 Flash Image" },
  "gemini-2.0-flash-001": { displayName: "Gemini 2.0 Flash 001", inputTokenLimit: 1_048_576, outputTokenLimit: 8_192 },
};

/** The methods this gateway answers for every model, in Google's spelling. */
const GENERATION_METHODS = ["generateContent", "countTokens"] as const;

/** Gemini's `pageSize`: default 50, at most 1000 (https://ai.google.dev/api/models#method:-models.list). */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

export function servedModels(config: GatewayConfig): readonly string[] {
  return config.models ?? DEFAULT_MODELS;
}

/**
 * The served model a client names (as its bare id), or undefined. Accepts the spellings clients use for the same
 * model, in the request and in the allow-list alike: bare (`gemini-2.5-flash`), Gemini's resource name
 * (`models/…`), Vertex's publisher path (`publishers/google/models/…`) and the OpenAI-compatible `google/…`.
 */
export function findServedModel(config: GatewayConfig, requested: string): string | undefined {
  const wanted = bareModelId(requested);
  return servedModels(config).map(bareModelId).find((id) => id === wanted);
}

function bareModelId(model: string): string {
  return model.replace(/^(?:publishers\/google\/models\/|models\/|google\/)/, "");
}

/** `GET /v1/models` in OpenAI's list shape. */
export function listModels(response: ServerResponse, config: GatewayConfig): void {
  sendJson(response, 200, { object: "list", data: servedModels(config).map((id) => openAIModel(id)) });
}

/** `GET /v1/models/{id}` (the SDK's `models.retrieve`): the id as asked for, or 404 in OpenAI's shape. */
export function retrieveModel(response: ServerResponse, config: GatewayConfig, requested: string): void {
  if (findServedModel(config, requested) === undefined) throw modelNotFound(requested);
  sendJson(response, 200, openAIModel(requested));
}

/** `GET /v1beta/models?pageSize=&pageToken=` in Gemini's shape: `models[]` and, when more remain, `nextPageToken`. */
export function listGeminiModels(response: ServerResponse, config: GatewayConfig, query: URLSearchParams): void {
  const served = servedModels(config);
  const size = pageSize(query.get("pageSize"));
  const start = pageStart(query.get("pageToken"), served.length);
  const page = served.slice(start, start + size);
  const next = start + size < served.length ? { nextPageToken: Buffer.from(`offset:${start + size}`).toString("base64url") } : {};
  sendJson(response, 200, { models: page.map((id) => geminiModel(bareModelId(id))), ...next });
}

/** `GET /v1beta/models/{model}`: one model resource, or 404 NOT_FOUND in Gemini's shape. */
export function getGeminiModel(response: ServerResponse, config: GatewayConfig, requested: string): void {
  const model = findServedModel(config, requested);
  if (model === undefined) throw modelNotFound(requested);
  sendJson(response, 200, geminiModel(model));
}

/** With an allow-list, a model outside it is a 404 before any upstream call (what OpenAI answers for unknown models). */
export function assertModelServed(config: GatewayConfig, model: string): void {
  if (config.models === undefined || findServedModel(config, model) !== undefined) return;
  throw modelNotFound(model);
}

function modelNotFound(model: string): GembridgeError {
  return new GembridgeError(`The model '${model}' does not exist or is not served by this gateway.`, {
    status: 404,
    code: "model_not_found",
    param: "model",
  });
}

function openAIModel(id: string) {
  return { id, object: "model", created: 0, owned_by: "google" };
}

function geminiModel(id: string) {
  const facts = MODEL_FACTS[id];
  const thinking = modelCapabilities(id).thinking.style !== "none";
  return {
    name: `models/${id}`,
    baseModelId: id,
    displayName: facts?.displayName ?? id,
    ...(facts?.inputTokenLimit === undefined ? {} : { inputTokenLimit: facts.inputTokenLimit }),
    ...(facts?.outputTokenLimit === undefined ? {} : { outputTokenLimit: facts.outputTokenLimit }),
    supportedGenerationMethods: GENERATION_METHODS,
    thinking,
  };
}

function pageSize(raw: string | null): number {
  if (raw === null || raw === "") return DEFAULT_PAGE_SIZE;
  const size = Number(raw);
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new GembridgeError(`pageSize must be a non-negative integer, not '${raw}'.`, { status: 400, code: "invalid_value", param: "pageSize" });
  }
  return size === 0 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
}

/** Page tokens are opaque to clients; only tokens this gateway issued are accepted. */
function pageStart(raw: string | null, total: number): number {
  if (raw === null || raw === "") return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(raw, "base64url").toString("utf8"));
  const start = match === null ? Number.NaN : Number(match[1]);
  if (!(start >= 0 && start <= total)) {
    throw new GembridgeError("pageToken is not one this gateway issued.", { status: 400, code: "invalid_value", param: "pageToken" });
  }
  return start;
}
