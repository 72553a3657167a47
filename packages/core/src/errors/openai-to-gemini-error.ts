import type { GeminiErrorBody } from "./gembridge-error";
import { googleStatus } from "./gembridge-error";

/**
 * An OpenAI-compatible backend's error → the body a Gemini client expects (`google.rpc.Status`, https://cloud.google.com/apis/design/errors).
 *
 * The HTTP status is kept (Google uses the same codes: 400/401/403/404/429/5xx) and the `status` name comes from
 * `googleStatus`. What OpenAI says beyond the message travels in standard detail types, so nothing is lost:
 * `type`/`code` → `google.rpc.ErrorInfo{reason, domain:"openai", metadata}`, `param` → `google.rpc.BadRequest`
 * field violation. Backends differ in shape (OpenAI `{error:{…}}`, vLLM `{object:"error", message, type, code}`,
 * FastAPI `{detail}`, a bare string, a one-element array); every shape is accepted and nothing here throws.
 *
 * @example
 * openaiToGeminiError(429, { error: { message: "Rate limit", type: "rate_limit_error", param: null, code: null } })
 * // → { status: 429, body: { error: { code: 429, message: "Rate limit", status: "RESOURCE_EXHAUSTED", details: [...] } } }
 */
export function openaiToGeminiError(status: number, body: unknown): { status: number; body: GeminiErrorBody } {
  // An error translator that is handed a success status still has to answer with an error.
  const httpStatus = Number.isInteger(status) && status >= 400 && status <= 599 ? status : 500;
  const fields = readOpenAIError(body);
  const message = fields.message ?? `Upstream OpenAI-compatible backend returned HTTP ${httpStatus}`;
  const details: Record<string, unknown>[] = [];
  const reason = fields.code ?? fields.type;
  if (reason !== undefined) {
    const metadata: Record<string, string> = {};
    if (fields.type !== undefined) metadata.type = fields.type;
    if (fields.code !== undefined) metadata.code = fields.code;
    if (fields.param !== undefined) metadata.param = fields.param;
    details.push({
      "@type": "type.googleapis.com/google.rpc.ErrorInfo",
      // ErrorInfo.reason is UPPER_SNAKE_CASE by Google's convention (`API_KEY_INVALID`).
      reason: reason.toUpperCase().replace(/[^A-Z0-9]+/g, "_"),
      domain: "openai",
      metadata,
    });
  }
  if (fields.param !== undefined) {
    details.push({
      "@type": "type.googleapis.com/google.rpc.BadRequest",
      fieldViolations: [{ field: fields.param, description: message }],
    });
  }
  const error: GeminiErrorBody["error"] = { code: httpStatus, message, status: googleStatus(httpStatus) };
  if (details.length > 0) error.details = details;
  return { status: httpStatus, body: { error } };
}

interface OpenAIErrorFields {
  message?: string;
  type?: string;
  code?: string;
  param?: string;
}

function readOpenAIError(body: unknown): OpenAIErrorFields {
  let value = body;
  if (Array.isArray(value) && value.length === 1) value = value[0];
  if (typeof value === "string") return value.trim() === "" ? {} : { message: value };
  if (!isRecord(value)) return {};
  // OpenAI nests under `error`; vLLM/TGI put the fields at the top; FastAPI uses `detail`.
  const inner = isRecord(value.error) ? value.error : value;
  const fields: OpenAIErrorFields = {};
  const message = inner.message ?? (typeof value.error === "string" ? value.error : undefined) ?? value.detail;
  if (typeof message === "string") fields.message = message;
  else if (message !== undefined && message !== null) fields.message = JSON.stringify(message);
  const type = asText(inner.type);
  if (type !== undefined) fields.type = type;
  const code = asText(inner.code);
  // vLLM repeats the HTTP status as `code`; that says nothing the status does not.
  if (code !== undefined && !/^\d+$/.test(code)) fields.code = code;
  const param = asText(inner.param);
  if (param !== undefined) fields.param = param;
  return fields;
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
