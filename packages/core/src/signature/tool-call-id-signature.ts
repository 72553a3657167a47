/**
 * Thought signatures carried inside an OpenAI tool-call id, for clients whose typed objects drop unknown fields
 * (`extra_content`) but always echo the id back. Format v1 (docs/decisions/0060-signature-in-tool-call-id.md):
 *
 *     gbts1_<id length, base 36>_<id><mode><payload>
 *
 * - `<id>` is the original tool-call id, verbatim (any characters, any length, may be empty); its length prefix
 *   makes decoding unambiguous whatever the id contains.
 * - mode `u`: the signature is canonical base64 (Google's form) rewritten as base64url without padding, so the whole
 *   id stays within `[A-Za-z0-9_-]` when the original id does (the strictest id rule clients apply, e.g. Anthropic's).
 * - mode `r`: any other signature string (e.g. the `skip_thought_signature_validator` bypass value), verbatim.
 *
 * Both modes round-trip exactly. Ids longer than `maxLength` are not produced: the signature then travels only in
 * `extra_content.google.thought_signature` and the caller warns (signatures can be hundreds of KB).
 */

/** Prefix of format version 1. A future format gets a new prefix; decoders keep accepting old ones. */
export const TOOL_CALL_ID_SIGNATURE_PREFIX = "gbts1_";

/**
 * Default bound on an encoded id: 8 KiB covers the function-call signatures seen in recordings (0.4–5 KB) and stays
 * far below header, log-line and database-index limits that multi-hundred-KB ids would break.
 */
export const DEFAULT_MAX_TOOL_CALL_ID_LENGTH = 8192;

const CANONICAL_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const LENGTH_PREFIX = /^([0-9a-z]{1,8})_/;

function toBase64Url(base64: string): string {
  return base64.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(payload: string): string {
  const base64 = payload.replaceAll("-", "+").replaceAll("_", "/");
  return base64 + "=".repeat((4 - (base64.length % 4)) % 4);
}

/**
 * Encodes `signature` into `id`; returns `null` when the result would exceed `maxLength` (keep the plain id).
 *
 * @example encodeToolCallIdSignature("call_1", "EjQK") // "gbts1_6_call_1uEjQK"
 */
export function encodeToolCallIdSignature(
  id: string,
  signature: string,
  { maxLength = DEFAULT_MAX_TOOL_CALL_ID_LENGTH }: { maxLength?: number } = {},
): string | null {
  const canonical = CANONICAL_BASE64.test(signature);
  const payload = canonical ? `u${toBase64Url(signature)}` : `r${signature}`;
  const encoded = `${TOOL_CALL_ID_SIGNATURE_PREFIX}${id.length.toString(36)}_${id}${payload}`;
  return encoded.length <= maxLength ? encoded : null;
}

export interface DecodedToolCallId {
  /** The original tool-call id (the input unchanged when it was not encoded). */
  id: string;
  /** Present only when the id carried one. */
  signature?: string;
}

/**
 * Splits an id made by {@link encodeToolCallIdSignature}. Any other string — including malformed look-alikes — comes
 * back unchanged as `{ id }`, so it is safe to call on every tool-call id a client sends.
 *
 * @example decodeToolCallIdSignature("gbts1_6_call_1uEjQK") // { id: "call_1", signature: "EjQK" }
 * @example decodeToolCallIdSignature("call_1") // { id: "call_1" }
 */
export function decodeToolCallIdSignature(value: string): DecodedToolCallId {
  if (!value.startsWith(TOOL_CALL_ID_SIGNATURE_PREFIX)) return { id: value };
  const rest = value.slice(TOOL_CALL_ID_SIGNATURE_PREFIX.length);
  const match = LENGTH_PREFIX.exec(rest);
  if (match === null) return { id: value };
  const lengthDigits = match[1] ?? "";
  const idLength = Number.parseInt(lengthDigits, 36);
  const idStart = lengthDigits.length + 1;
  const modeAt = idStart + idLength;
  if (modeAt >= rest.length) return { id: value };
  const mode = rest[modeAt];
  const payload = rest.slice(modeAt + 1);
  const id = rest.slice(idStart, modeAt);
  if (mode === "r") return { id, signature: payload };
  if (mode === "u" && BASE64URL.test(payload) && payload.length % 4 !== 1) return { id, signature: fromBase64Url(payload) };
  return { id: value };
}
