import { toolCallSignatureKey } from "./signature-store";
import { decodeToolCallIdSignature } from "./tool-call-id-signature";

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
      if (id !== "") keys.push(toolCallSignatureKey(id));
    }
  }
  return keys;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
