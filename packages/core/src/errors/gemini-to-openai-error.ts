import { type OpenAIErrorBody, openAIErrorType } from "./gembridge-error";
import { GOOGLE_STATUS_BY_HTTP, HTTP_BY_GOOGLE_STATUS } from "../tables/error-status";

export interface OpenAIErrorResult {
  status: number;
  body: OpenAIErrorBody & { error: { extra_content?: { google: Record<string, unknown> } } };
  /** `retry-after` (seconds) and `retry-after-ms` — the OpenAI SDKs honour both — from `google.rpc.RetryInfo`. */
  headers?: Record<string, string>;
}

interface LooseStatus {
  code?: unknown;
  message?: unknown;
  status?: unknown;
  details?: unknown;
}

const MAX_RAW_MESSAGE = 1000;

/** Unwraps `{ error }`, `[{ error }]` (Google's compat endpoint and JSON-array streams) and JSON text of either. */
function findStatus(body: unknown): LooseStatus | undefined {
  let value = body;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (Array.isArray(value) && value.length > 0) value = value[0];
  if (typeof value !== "object" || value === null) return undefined;
  const error = (value as { error?: unknown }).error;
  return typeof error === "object" && error !== null && !Array.isArray(error) ? (error as LooseStatus) : undefined;
}

function detailsOfType(details: unknown, type: string): Array<Record<string, unknown>> {
  if (!Array.isArray(details)) return [];
  return details.filter(
    (detail): detail is Record<string, unknown> =>
      typeof detail === "object" && detail !== null && (detail as Record<string, unknown>)["@type"] === `type.googleapis.com/google.rpc.${type}`,
  );
}

/** proto Duration (`"34.4s"`) → milliseconds. */
function durationMillis(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match === null ? undefined : Math.round(Number(match[1]) * 1000);
}

function isErrorStatus(status: unknown): status is number {
  return typeof status === "number" && Number.isInteger(status) && status >= 400 && status <= 599;
}

/**
 * A Google error (HTTP status + google.rpc.Status body, possibly array-wrapped, possibly not JSON at all) → the
 * error OpenAI's API would send (docs/readme/response.md, "Errors"). Google's message is kept verbatim; the status
 * name and `details` stay under `error.extra_content.google`. Never throws: any body gives a well-formed error.
 *
 * @example geminiToOpenAIError(404, { error: { code: 404, message: "models/x is not found", status: "NOT_FOUND" } })
 * // { status: 404, body: { error: { message: "models/x is not found", type: "invalid_request_error", param: null, code: "model_not_found", … } } }
 */
export function geminiToOpenAIError(status: number, body: unknown): OpenAIErrorResult {
  const rpc = findStatus(body);
  const googleStatus = typeof rpc?.status === "string" ? rpc.status : undefined;
  let httpStatus = isErrorStatus(status)
    ? status
    : isErrorStatus(rpc?.code)
      ? rpc.code
      : ((HTTP_BY_GOOGLE_STATUS as Record<string, number>)[googleStatus ?? ""] ?? 502);
  const name = googleStatus ?? (GOOGLE_STATUS_BY_HTTP as Record<number, string>)[httpStatus] ?? (httpStatus >= 500 ? "INTERNAL" : "FAILED_PRECONDITION");
  const message = typeof rpc?.message === "string" ? rpc.message : unparsedMessage(status, body);

  const reasons = detailsOfType(rpc?.details, "ErrorInfo").map((info) => info.reason);
  let code = name.toLowerCase();
  // The Gemini API reports a bad API key as 400 INVALID_ARGUMENT + ErrorInfo API_KEY_INVALID; OpenAI says 401.
  if (reasons.includes("API_KEY_INVALID")) {
    httpStatus = 401;
    code = "invalid_api_key";
  } else if (httpStatus === 404 && /\bmodels?\b/i.test(message)) code = "model_not_found";
  else if (httpStatus === 429) code = "rate_limit_exceeded";
  else if (rpc === undefined) code = "upstream_error";

  const violation = detailsOfType(rpc?.details, "BadRequest")
    .flatMap((detail) => (Array.isArray(detail.fieldViolations) ? detail.fieldViolations : []))
    .find((item): item is { field: string } => typeof item?.field === "string");
  const google: Record<string, unknown> = { status: name };
  if (Array.isArray(rpc?.details)) google.details = rpc.details;

  const result: OpenAIErrorResult = {
    status: httpStatus,
    body: { error: { message, type: openAIErrorType(httpStatus), param: violation?.field ?? null, code, extra_content: { google } } },
  };
  const retryMillis = detailsOfType(rpc?.details, "RetryInfo").map((info) => durationMillis(info.retryDelay)).find((ms) => ms !== undefined);
  if (retryMillis !== undefined) {
    result.headers = { "retry-after": String(Math.ceil(retryMillis / 1000)), "retry-after-ms": String(retryMillis) };
  }
  return result;
}

function unparsedMessage(status: number, body: unknown): string {
  let text: string;
  if (typeof body === "string") text = body;
  else {
    try {
      text = JSON.stringify(body) ?? typeof body;
    } catch {
      text = `unserializable ${typeof body}`;
    }
  }
  const shown = text.length > MAX_RAW_MESSAGE ? `${text.slice(0, MAX_RAW_MESSAGE)}…` : text;
  return `Gemini returned HTTP ${status} with a body that is not a google.rpc.Status${shown === "" ? "" : `: ${shown}`}`;
}
