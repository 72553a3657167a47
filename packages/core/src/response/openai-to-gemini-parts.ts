import type { GeminiPart } from "../wire/gemini/gemini-content";
import type { OpenAIImageURLPart } from "../wire/openai/content-parts";
import { malformedCallMessage, parseFunctionArgs } from "./openai-to-gemini-function-args";

/** Node-level converters shared by the response and the stream translators (one OpenAI piece → one Gemini part). */

/** Result of turning one OpenAI tool call into a `functionCall` part. */
export type FunctionCallPartResult = { ok: true; part: GeminiPart } | { ok: false; reason: string; finishMessage: string };

/**
 * A tool call → `{ functionCall: { id?, name, args }, thoughtSignature? }`. The id is kept when the backend sent a
 * non-empty one (Gemini clients echo it back in `functionResponse.id`); Google's compat endpoint sends `""`.
 */
export function functionCallPart(
  call: { id?: string | undefined; name: string; arguments: string },
  signature: string | undefined,
): FunctionCallPartResult {
  const parsed = parseFunctionArgs(call.arguments);
  if (!parsed.ok) return { ok: false, reason: parsed.reason, finishMessage: malformedCallMessage(call.name, call.arguments) };
  const functionCall: NonNullable<GeminiPart["functionCall"]> = { name: call.name, args: parsed.args };
  if (call.id !== undefined && call.id !== "") functionCall.id = call.id;
  const part: GeminiPart = { functionCall };
  if (signature !== undefined && signature !== "") part.thoughtSignature = signature;
  return { ok: true, part };
}

/** `data:<mime>;base64,<data>` → its parts; `undefined` for anything else. */
export function parseDataUrl(url: string): { mimeType: string; data: string } | undefined {
  const match = /^data:([^;,]*)((?:;[^;,]*)*);base64,/i.exec(url);
  if (match === null) return undefined;
  return { mimeType: match[1] === "" ? "application/octet-stream" : (match[1] ?? ""), data: url.slice(match[0].length) };
}

/** A generated image (`message.images[]`, OpenRouter-style) → `inlineData` (data URL) or `fileData` (URL). */
export function imageOutputPart(image: OpenAIImageURLPart): GeminiPart {
  const url = typeof image.image_url === "string" ? image.image_url : image.image_url.url;
  const inline = parseDataUrl(url);
  if (inline !== undefined) return { inlineData: inline };
  return { fileData: { fileUri: url, mimeType: guessImageMimeType(url) } };
}

/** Vertex requires `fileData.mimeType`; guess from the extension, JPEG when unknown (the common case for photos). */
export function guessImageMimeType(url: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return IMAGE_MIME_BY_EXTENSION[extension as keyof typeof IMAGE_MIME_BY_EXTENSION] ?? "image/jpeg";
}

const IMAGE_MIME_BY_EXTENSION = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  heic: "image/heic",
  heif: "image/heif",
} as const satisfies Record<string, string>;

/**
 * OpenAI `audio.format` → the MIME type of the `inlineData` part. `pcm16` is 24 kHz 16-bit little-endian mono PCM,
 * which Gemini itself labels `audio/L16;codec=pcm;rate=24000`.
 */
export const AUDIO_MIME_TYPE_BY_FORMAT = {
  pcm16: "audio/L16;codec=pcm;rate=24000",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  flac: "audio/flac",
  opus: "audio/opus",
  aac: "audio/aac",
} as const satisfies Record<string, string>;

export type OpenAIAudioFormat = keyof typeof AUDIO_MIME_TYPE_BY_FORMAT;
