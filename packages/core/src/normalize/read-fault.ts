import { GembridgeError } from "../errors/gembridge-error";

/**
 * The one rule for "the input has the wrong shape", shared by every reader in `normalize/`.
 *
 * Who is at fault decides the status: what the client sent (an OpenAI chat request, a Gemini request) is a 400;
 * what the upstream answered (a Gemini response or stream chunk, an OpenAI completion or chunk) is a 502, because
 * the client did nothing wrong and must not be told to fix its request. The kind of fault decides the code, one
 * code per kind; the message says what was expected, `param` says where.
 */
export type ReadParty = "client" | "upstream";

export type ReadFaultKind = "type" | "value" | "missing";

/** Code per kind of fault when the client is at fault; OpenAI's API uses the same three for its own 400s. */
export const CLIENT_FAULT_CODES = {
  type: "invalid_type",
  value: "invalid_value",
  missing: "missing_required_parameter",
} as const satisfies Record<ReadFaultKind, string>;

/** Every upstream shape fault has one code: the gateway's client can only retry or report it. */
export const UPSTREAM_FAULT_CODE = "invalid_upstream_response";

/** `code` replaces the party's code where a caller names its own (the stream's `upstream_malformed_event`). */
export function readFault(party: ReadParty, kind: ReadFaultKind, param: string, message: string, code?: string): GembridgeError {
  const at = param === "" ? null : param;
  if (party === "client") return new GembridgeError(message, { status: 400, code: code ?? CLIENT_FAULT_CODES[kind], param: at });
  return new GembridgeError(`Invalid upstream response: ${message}`, { status: 502, code: code ?? UPSTREAM_FAULT_CODE, param: at });
}
