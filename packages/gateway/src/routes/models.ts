import type { ServerResponse } from "node:http";
import { GembridgeError } from "@gembridge/core";
import type { GatewayConfig } from "../config";
import { sendJson } from "../http/send-json";

/** Listed by `GET /v1/models` when no `--models` allow-list is set (any model name is still forwarded). */
export const DEFAULT_MODELS = [
  "gemini-3-pro-preview",
  "gemini-3-flash-preview",
  "gemini-2.5-pro",
  "gemini-2.5-flash",
  "gemini-2.5-flash-lite",
  "gemini-2.5-flash-image",
] as const;

/** `GET /v1/models` in OpenAI's list shape. */
export function listModels(response: ServerResponse, config: GatewayConfig): void {
  const ids = config.models ?? DEFAULT_MODELS;
  sendJson(response, 200, { object: "list", data: ids.map((id) => ({ id, object: "model", created: 0, owned_by: "google" })) });
}

/** With an allow-list, a model outside it is a 404 before any upstream call (what OpenAI answers for unknown models). */
export function assertModelServed(config: GatewayConfig, model: string): void {
  if (config.models === undefined || config.models.includes(model)) return;
  throw new GembridgeError(`The model '${model}' does not exist or is not served by this gateway.`, {
    status: 404,
    code: "model_not_found",
    param: "model",
  });
}
