/**
 * Writing Server-Sent Events the way OpenAI's API does: one `data: <json>` line per event, a blank line after it,
 * and the literal `data: [DONE]` sentinel at the end (https://platform.openai.com/docs/api-reference/chat-streaming). `JSON.stringify` never emits a raw
 * newline, so one `data:` line is always enough.
 */

/** `data: <JSON of value>\n\n`. */
export function serializeSseEvent(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}

/** The sentinel OpenAI sends after the last chunk; Gemini streams have none (they end when the body closes). */
export const SSE_DONE_EVENT = "data: [DONE]\n\n";
