import { GOOGLE_STATUS_BY_HTTP, OPENAI_ERROR_TYPE_BY_HTTP } from "../tables/error-status";


export interface GembridgeErrorOptions {
  /** HTTP status to answer with; 400 unless said otherwise. */
  status?: number;
  /** Machine-readable code, e.g. `invalid_type`, `unknown_tool_call_id`, `unsupported_parameter`. */
  code?: string;
  /** Path of the offending parameter, e.g. `messages[2].content[0].image_url.url`; null when it is the whole body. */
  param?: string | null;
  cause?: unknown;
}

export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export interface GeminiErrorBody {
  error: { code: number; message: string; status: string; details?: unknown[] };
}

/**
 * The one error gembridge throws. Every invalid input — wrong type, missing field, unknown tool call id,
 * arguments that are not JSON — becomes a `GembridgeError` with an HTTP status, a machine code and the
 * path of the offending parameter, so a gateway can answer its client without inspecting our internals.
 */
export class GembridgeError extends Error {
  override readonly name = "GembridgeError";
  readonly status: number;
  readonly code: string;
  readonly param: string | null;

  constructor(message: string, options: GembridgeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status ?? 400;
    this.code = options.code ?? "invalid_request";
    this.param = options.param ?? null;
  }

  /** The body OpenAI's API would send: `{ error: { message, type, param, code } }`. */
  toOpenAIError(): OpenAIErrorBody {
    return {
      error: {
        message: this.message,
        type: openAIErrorType(this.status),
        param: this.param,
        code: this.code,
      },
    };
  }

  /** The body Google's APIs would send: a google.rpc.Status with the matching status name. */
  toGeminiError(): GeminiErrorBody {
    const message = this.param === null ? this.message : `${this.message} (at ${this.param})`;
    return { error: { code: this.status, message, status: googleStatus(this.status) } };
  }
}

/** OpenAI error `type` for an HTTP status; every 5xx is a `server_error`. */
export function openAIErrorType(status: number): string {
  if (status >= 500) return "server_error";
  return (OPENAI_ERROR_TYPE_BY_HTTP as Record<number, string>)[status] ?? "invalid_request_error";
}

/** google.rpc.Code name for an HTTP status; unknown 4xx → FAILED_PRECONDITION, unknown 5xx → INTERNAL. */
export function googleStatus(status: number): string {
  const known = (GOOGLE_STATUS_BY_HTTP as Record<number, string>)[status];
  if (known !== undefined) return known;
  return status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
}

/** True when `value` is a `GembridgeError` (an `instanceof` test, so one copy of this package per process). */
export function isGembridgeError(value: unknown): value is GembridgeError {
  return value instanceof GembridgeError;
}
