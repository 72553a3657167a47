import type { GeminiPart } from "../wire/gemini/gemini-content";
import type { OpenAIChatCompletionMessage } from "../wire/openai/response";
import type { TranslationWarning } from "../shared/result";
import { joinPath } from "../shared/result";
import { AUDIO_MIME_TYPE_BY_FORMAT, functionCallPart, imageOutputPart, parseDataUrl } from "./openai-to-gemini-parts";

/** What one assistant message becomes: the model turn's parts, and a malformed call if there was one. */
export interface GeminiMessageParts {
  parts: GeminiPart[];
  /** Set when a tool call's arguments were not a JSON object: the candidate ends with MALFORMED_FUNCTION_CALL. */
  malformedCall?: string;
}

/**
 * A `chat.completion` message → Gemini parts, in Gemini's own order: thought (`reasoning_content`, `thought: true`),
 * text, generated media, function calls. Thought signatures come back from Google's `extra_content.google`
 * convention (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview): per tool call, and per message for the text (or, without text, for the first call
 * that has none of its own; or else on an empty text part, as Gemini itself sends a trailing signature).
 */
export function openaiToGeminiMessage(
  message: OpenAIChatCompletionMessage,
  path: string,
  warnings: TranslationWarning[],
  audioMimeType: string = AUDIO_MIME_TYPE_BY_FORMAT.pcm16,
): GeminiMessageParts {
  // `extra_content.google.thought` is ignored on purpose: Google's compat endpoint sets it on final answers that
  // carry a signature (recorded: openai-compat/pai-gemini25-pro-compat-text.json), so it does not mean "thought".
  const google = message.extra_content?.google;
  // Google's compat endpoint also repeats the signature as a top-level `thought_signature` (recorded).
  const observed = (message as { thought_signature?: unknown }).thought_signature;
  let signature = google?.thought_signature ?? (typeof observed === "string" ? observed : undefined);
  const parts: GeminiPart[] = [];
  const out: GeminiMessageParts = { parts };

  if (typeof message.reasoning_content === "string" && message.reasoning_content !== "") {
    parts.push({ text: message.reasoning_content, thought: true });
  }
  const texts: string[] = [];
  if (typeof message.content === "string" && message.content !== "") texts.push(message.content);
  if (typeof message.refusal === "string" && message.refusal !== "") {
    texts.push(message.refusal);
    warnings.push({
      path: joinPath(path, "refusal"),
      code: "approximated",
      message: "Gemini has no refusal field; the refusal is returned as text",
    });
  }
  for (const text of texts) {
    const part: GeminiPart = { text };
    if (signature !== undefined) {
      part.thoughtSignature = signature;
      signature = undefined;
    }
    parts.push(part);
  }

  const firstMedia = parts.length;
  for (const image of message.images ?? []) parts.push(imageOutputPart(image));
  const audio = message.audio;
  if (audio !== null && audio !== undefined) {
    const duplicate = (message.images ?? []).some((image) => {
      const url = typeof image.image_url === "string" ? image.image_url : image.image_url.url;
      return parseDataUrl(url)?.data === audio.data;
    });
    if (!duplicate && audio.data !== "") {
      // Google's endpoint (and our forward side) label the bytes; a plain OpenAI backend sends the requested format.
      const mimeType = audio.extra_content?.google?.mime_type ?? audioMimeType;
      parts.push({ inlineData: { mimeType, data: audio.data } });
    }
    if (typeof audio.transcript === "string" && audio.transcript !== "") {
      warnings.push({
        path: joinPath(path, "audio", "transcript"),
        code: "dropped",
        message: "Gemini audio output has no transcript field",
      });
    }
  }
  // No text to carry the message signature: generated media is where Gemini puts it (recorded image output).
  const media = parts[firstMedia];
  if (signature !== undefined && media !== undefined) {
    media.thoughtSignature = signature;
    signature = undefined;
  }

  const calls: { id?: string; name: string; arguments: string; signature?: string; path: string }[] = [];
  for (const [index, call] of (message.tool_calls ?? []).entries()) {
    const callPath = joinPath(path, "tool_calls", index);
    const callSignature = call.extra_content?.google?.thought_signature;
    if (call.type === "function") {
      calls.push({ id: call.id, ...call.function, ...(callSignature === undefined ? {} : { signature: callSignature }), path: callPath });
    } else {
      // Custom (free-form) tools have no Gemini kind; the raw input travels as the single argument `input`.
      calls.push({ id: call.id, name: call.custom.name, arguments: JSON.stringify({ input: call.custom.input }), path: callPath });
      warnings.push({ path: callPath, code: "approximated", message: "custom tool call returned as functionCall with args {input}" });
    }
  }
  if (message.function_call !== null && message.function_call !== undefined) {
    calls.push({ ...message.function_call, path: joinPath(path, "function_call") });
  }
  for (const call of calls) {
    let callSignature = call.signature;
    if (callSignature === undefined && signature !== undefined) {
      callSignature = signature;
      signature = undefined;
    }
    const result = functionCallPart(call, callSignature);
    if (result.ok) parts.push(result.part);
    else {
      out.malformedCall = result.finishMessage;
      warnings.push({ path: joinPath(call.path, "function", "arguments"), code: "malformed_function_call", message: `${result.reason}; the call is reported as MALFORMED_FUNCTION_CALL` });
    }
  }
  // A signature with no part to ride on: Gemini sends exactly this shape (empty text + signature) when streaming.
  if (signature !== undefined) parts.push({ text: "", thoughtSignature: signature });
  // `annotations` become the candidate's groundingMetadata (restoreGrounding), not parts.
  return out;
}
