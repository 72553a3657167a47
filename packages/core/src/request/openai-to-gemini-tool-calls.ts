import { toolCallSignatureKey } from "../signature/signature-store";
import { decodeToolCallIdSignature, TOOL_CALL_ID_SIGNATURE_PREFIX } from "../signature/tool-call-id-signature";
import type { GeminiPart } from "../wire/gemini";
import { type RequestState, warn } from "./openai-to-gemini-options";
import { expectArray, expectJsonTextDepth, expectRecord, expectString, invalidParam, isRecord, type JsonRecord, readOptional } from "./read-json";

/** Function names by (decoded) tool-call id, filled as assistant turns are read, used by later `tool` messages. */
export type ToolCallRegistry = Map<string, string>;

/**
 * Assistant `tool_calls[]` → `functionCall` parts, in order (README "Requests"). The call id is kept on both
 * dialects (docs/decisions/0052-function-call-ids.md). A thought signature comes from the call's
 * `extra_content.google.thought_signature`, or else from the id where the response side encoded it, and stays
 * on this call's part: never moved to another part, never copied.
 */
export function openaiToolCallsToGemini(
  raw: unknown,
  path: string,
  state: RequestState,
  registry: ToolCallRegistry,
): GeminiPart[] {
  const toolCalls = expectArray(raw, path);
  const parts: GeminiPart[] = [];
  for (let j = 0; j < toolCalls.length; j++) {
    parts.push(toolCallToPart(toolCalls[j], `${path}[${j}]`, state, registry));
  }
  return parts;
}

function toolCallToPart(raw: unknown, path: string, state: RequestState, registry: ToolCallRegistry): GeminiPart {
  const call = expectRecord(raw, path);
  const decoded = withoutCutSuffix(decodeToolCallIdSignature(expectString(call.id, `${path}.id`)));
  const type = readOptional(call, "type") ?? "function";
  let name: string;
  let args: JsonRecord;
  if (type === "function") {
    const fn = expectRecord(call.function, `${path}.function`);
    name = expectString(fn.name, `${path}.function.name`);
    args = parseArguments(readOptional(fn, "arguments"), `${path}.function.arguments`);
  } else if (type === "custom") {
    // Free-form tools have no Gemini form; the call is replayed as a function call with its text as `input`.
    const custom = expectRecord(call.custom, `${path}.custom`);
    name = expectString(custom.name, `${path}.custom.name`);
    args = { input: expectString(readOptional(custom, "input") ?? "", `${path}.custom.input`) };
    warn(state, path, "approximated", "custom tool call replayed as a function call with args { input }");
  } else {
    throw invalidParam(`${path}.type`, `Unsupported tool call type at '${path}.type'.`);
  }
  registry.set(decoded.id, name);
  const signature = signatureOf(call, path) ?? restoredSignature(decoded.id, path, state) ?? decoded.signature;
  const part: GeminiPart = { functionCall: { id: decoded.id, name, args } };
  if (signature !== undefined) part.thoughtSignature = signature;
  return part;
}

/**
 * A `gbts1_` id cut right after the original id (its signature suffix gone) does not decode; its original id is
 * still whole, and is what the store and Gemini know the call by.
 */
export function withoutCutSuffix(decoded: { id: string; signature?: string }): { id: string; signature?: string } {
  if (decoded.signature !== undefined || !decoded.id.startsWith(TOOL_CALL_ID_SIGNATURE_PREFIX)) return decoded;
  const match = /^([0-9a-z]{1,8})_/.exec(decoded.id.slice(TOOL_CALL_ID_SIGNATURE_PREFIX.length));
  if (match === null) return decoded;
  const start = TOOL_CALL_ID_SIGNATURE_PREFIX.length + (match[1] ?? "").length + 1;
  const length = Number.parseInt(match[1] ?? "", 36);
  return decoded.id.length === start + length ? { id: decoded.id.slice(start) } : decoded;
}

/**
 * The store is asked before the id's own suffix: a client that shortened the id may have cut the suffix so that it
 * still decodes, to a wrong signature; the store holds what we emitted for the plain id.
 */
function restoredSignature(id: string, path: string, state: RequestState): string | undefined {
  if (state.signatureStore === undefined || id === "") return undefined;
  const stored = state.signatureStore.get(toolCallSignatureKey(id));
  if (stored !== undefined) warn(state, `${path}.extra_content`, "restored", "thought signature restored from the signature store by tool-call id");
  return stored;
}

/**
 * The JSON-string `arguments` → an object (`Struct` must be an object, https://protobuf.dev/programming-guides/json/). Empty means no arguments.
 * Nesting deeper than `MAX_JSON_DEPTH` is a 400 `json_too_deep` (decision 0152).
 */
export function parseArguments(raw: unknown, path: string): JsonRecord {
  if (raw === undefined) return {};
  const text = expectString(raw, path);
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidParam(path, `'${path}' is not valid JSON.`, "invalid_json");
  }
  if (!isRecord(parsed)) throw invalidParam(path, `'${path}' must encode a JSON object.`, "invalid_json");
  expectJsonTextDepth(text, path);
  return parsed;
}

/** `extra_content.google.thought_signature` of a message or tool call, if any. */
export function signatureOf(record: JsonRecord, path: string): string | undefined {
  const extra = readOptional(record, "extra_content");
  if (extra === undefined) return undefined;
  const google = readOptional(expectRecord(extra, `${path}.extra_content`), "google");
  if (google === undefined) return undefined;
  const signature = readOptional(expectRecord(google, `${path}.extra_content.google`), "thought_signature");
  return signature === undefined ? undefined : expectString(signature, `${path}.extra_content.google.thought_signature`);
}
