import { toolCallSignatureKey } from "./signature-store";
import { decodeToolCallIdSignature, TOOL_CALL_ID_SIGNATURE_PREFIX } from "./tool-call-id-signature";

/**
 * The store keys `openaiToGeminiRequest(request, { signatureStore })` may ask for: one per assistant tool call
 * (its decoded id). An embedder with an asynchronous store fetches these first and hands core a synchronous view
 * (docs/decisions/0190-signature-store.md). Reads defensively: anything malformed is skipped, the translator
 * reports it.
 *
 * @example collectSignatureKeys({ messages: [{ role: "assistant", tool_calls: [{ id: "call_1" }] }] }) // ["tc:call_1"]
 */
export function collectSignatureKeys(request: unknown): string[] {
  const keys: string[] = [];
  const messages = isObject(request) ? request.messages : undefined;
  if (!Array.isArray(messages)) return keys;
  for (const message of messages) {
    if (!isObject(message) || message.role !== "assistant" || !Array.isArray(message.tool_calls)) continue;
    for (const call of message.tool_calls) {
      if (!isObject(call) || typeof call.id !== "string") continue;
      const { id } = decodeToolCallIdSignature(call.id);
      const cut = cutSuffixId(id);
      if (cut !== undefined) keys.push(toolCallSignatureKey(cut));
      if (id !== "") keys.push(toolCallSignatureKey(id));
    }
  }
  return keys;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The original id of a `gbts1_` id cut right after it (see openai-to-gemini-tool-calls.ts). */
function cutSuffixId(value: string): string | undefined {
  if (!value.startsWith(TOOL_CALL_ID_SIGNATURE_PREFIX)) return undefined;
  const match = /^([0-9a-z]{1,8})_/.exec(value.slice(TOOL_CALL_ID_SIGNATURE_PREFIX.length));
  if (match === null) return undefined;
  const start = TOOL_CALL_ID_SIGNATURE_PREFIX.length + (match[1] ?? "").length + 1;
  return value.length === start + Number.parseInt(match[1] ?? "", 36) ? value.slice(start) : undefined;
}
