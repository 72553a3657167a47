/**
 * Error statuses, both directions: HTTP status ↔ google.rpc.Code name
 * (https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto, https://ai.google.dev/gemini-api/docs/troubleshooting)
 * and HTTP status → OpenAI error `type` (https://platform.openai.com/docs/guides/error-codes). Converters:
 * `errors/gemini-to-openai-error.ts`, `errors/openai-to-gemini-error.ts`, `errors/gembridge-error.ts`.
 */

/** The google.rpc.Code names paired with the HTTP status Google uses for each (google/rpc/code.proto). */
export const GOOGLE_STATUS_BY_HTTP = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ABORTED",
  413: "INVALID_ARGUMENT",
  422: "INVALID_ARGUMENT",
  429: "RESOURCE_EXHAUSTED",
  499: "CANCELLED",
  500: "INTERNAL",
  501: "UNIMPLEMENTED",
  502: "UNAVAILABLE",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
} as const satisfies Record<number, string>;

/** OpenAI error `type` strings by HTTP status, as OpenAI's API and SDKs use them. */
export const OPENAI_ERROR_TYPE_BY_HTTP = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "invalid_request_error",
  409: "invalid_request_error",
  413: "invalid_request_error",
  422: "invalid_request_error",
  429: "rate_limit_error",
} as const satisfies Record<number, string>;

/** HTTP status for each google.rpc.Code name (google/rpc/code.proto), used when the HTTP status is not an error. */
export const HTTP_BY_GOOGLE_STATUS = {
  CANCELLED: 499,
  UNKNOWN: 500,
  INVALID_ARGUMENT: 400,
  DEADLINE_EXCEEDED: 504,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  PERMISSION_DENIED: 403,
  UNAUTHENTICATED: 401,
  RESOURCE_EXHAUSTED: 429,
  FAILED_PRECONDITION: 400,
  ABORTED: 409,
  OUT_OF_RANGE: 400,
  UNIMPLEMENTED: 501,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  DATA_LOSS: 500,
} as const satisfies Record<string, number>;
