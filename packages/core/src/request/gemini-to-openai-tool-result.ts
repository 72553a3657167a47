import type { GeminiFunctionResponse } from "../wire/gemini";
import type { OpenAIToolMessage } from "../wire/openai";
import { joinPath } from "../shared/result";
import { type GeminiToOpenAIState, warn } from "./gemini-to-openai-options";

/**
 * A `functionResponse` → a `tool` message. The content is the response object as JSON text, except Google's
 * `{ "output": "<text>" }` wrapper around plain text, which is unwrapped so an OpenAI model sees the tool's text as
 * the tool wrote it (the forward direction wraps it back the same way). Multimodal `parts` travel as Google's
 * documented `extra_content.google.parts` (`inline_data`/`file_data`, https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview).
 */
export function geminiFunctionResponseToToolMessage(
  response: GeminiFunctionResponse,
  toolCallId: string,
  path: string,
  state: GeminiToOpenAIState,
): OpenAIToolMessage {
  const message: OpenAIToolMessage = { role: "tool", tool_call_id: toolCallId, content: toolContent(response.response) };
  const parts = response.parts ?? [];
  if (parts.length > 0) {
    if (state.options.extraContent === false) {
      warn(state, joinPath(path, "parts"), "dropped", "multimodal function response parts need extra_content.google.parts, which is disabled");
    } else {
      const google = parts.map((part) =>
        part.inlineData !== undefined
          ? { inline_data: { mime_type: part.inlineData.mimeType ?? "application/octet-stream", data: part.inlineData.data ?? "" } }
          : { file_data: { mime_type: part.fileData?.mimeType ?? "application/octet-stream", file_uri: part.fileData?.fileUri ?? "" } },
      );
      message.extra_content = { google: { parts: google } };
      warn(state, joinPath(path, "parts"), "approximated", "multimodal function response parts sent as extra_content.google.parts; only Google-aware backends read them");
    }
  }
  for (const key of ["willContinue", "scheduling"] as const) {
    if (response[key] !== undefined) warn(state, joinPath(path, key), "dropped", `functionResponse.${key} (Live API) has no OpenAI field`);
  }
  return message;
}

/** `{output: "text"}` → `text` when the forward direction would wrap `text` back into the same object. */
export function toolContent(response: Record<string, unknown>): string {
  const keys = Object.keys(response);
  const output = response.output;
  if (keys.length === 1 && typeof output === "string" && !parsesAsObject(output)) return output;
  return JSON.stringify(response);
}

function parsesAsObject(text: string): boolean {
  if (!text.trimStart().startsWith("{")) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
