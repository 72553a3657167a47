/**
 * OpenAI `function.arguments` (a JSON string the model wrote) → Gemini `functionCall.args` (must be a JSON object,
 * proto Struct — https://protobuf.dev/programming-guides/json/). An empty string means "no arguments" (several backends send `""` for
 * zero-argument calls). Anything else that is not a JSON object is a malformed call: the caller reports it the way
 * Gemini itself does, with `finishReason: MALFORMED_FUNCTION_CALL` (docs/decisions/0082).
 */
export type ParsedFunctionArgs =
  | { ok: true; args: Record<string, unknown> }
  | { ok: false; reason: string };

export function parseFunctionArgs(text: string): ParsedFunctionArgs {
  if (text.trim() === "") return { ok: true, args: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "arguments are not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, reason: "arguments are JSON but not an object" };
  }
  return { ok: true, args: value as Record<string, unknown> };
}

/** Gemini's own wording for the finish message, followed by the raw call so nothing is lost. */
export function malformedCallMessage(name: string, text: string): string {
  return `Malformed function call: ${name} ${text}`;
}
