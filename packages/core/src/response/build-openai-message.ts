import type { TranslationWarning } from "../shared/result";
import { partSignatureKey, toolCallSignatureKey } from "../signature/signature-store";
import { encodeToolCallIdSignature } from "../signature/tool-call-id-signature";
import type { GeminiPart } from "../wire/gemini";
import type { OpenAIChatCompletionMessage, OpenAIToolCall } from "../wire/openai";
import { codeBlockSeparator, geminiPartToOpenAI } from "./gemini-part-to-openai";
import type { VisibleTextSpan } from "./map-grounding-annotations";
import type { GeminiToOpenAIResponseContext } from "./response-options";

export interface BuildMessageInput {
  parts: readonly GeminiPart[];
  /** JSON path of the candidate, for warnings (`candidates[0]`). */
  path: string;
  context: GeminiToOpenAIResponseContext;
  /** Tool-call id for the call at response-wide position `index` when Gemini sent none. */
  newToolCallId: (index: number) => string;
  /** Response-wide count of function calls before this candidate. */
  firstCallIndex: number;
  /** Unix seconds of the completion (audio `expires_at`), and the completion id (audio `id`). */
  created: number;
  audioId: string;
  /** Completion id and choice index: with `partIndex`, the store key of a signed non-call part. */
  completionId: string;
  choiceIndex: number;
}

export interface BuiltMessage {
  message: OpenAIChatCompletionMessage;
  /** Visible text parts and where they sit in `content` (grounding offsets refer to them). */
  spans: VisibleTextSpan[];
  callCount: number;
  warnings: TranslationWarning[];
}

type Media = { mimeType: string; data: string; partIndex: number };

/**
 * Folds a candidate's parts, in order, into one assistant message (docs/readme/response.md, "Message"):
 * text → `content` (joined as-is), thoughts → `reasoning_content` (+ `<marker>…</marker>` runs in `content`),
 * calls → `tool_calls`, images/audio → `audio` (+ `images`), code → fenced `content` + raw part, anything else →
 * raw part in `extra_content.google.gemini_parts`. Signatures: on a call → that call; elsewhere → the message
 * (`thought_signature` = first, `thought_signatures` = all, when there is more than one); in raw parts they stay inside.
 */
export function buildOpenAIMessage(input: BuildMessageInput): BuiltMessage {
  const { context, path } = input;
  const includeThoughts = context.includeThoughts === true;
  const marker = includeThoughts && context.thoughtTagMarker !== undefined && context.thoughtTagMarker !== "" ? context.thoughtTagMarker : undefined;
  const warnings: TranslationWarning[] = [];
  const spans: VisibleTextSpan[] = [];
  const toolCalls: OpenAIToolCall[] = [];
  const signatures: string[] = [];
  const media: Media[] = [];
  const rawParts: Array<{ index: number; part: GeminiPart }> = [];
  let content = "";
  let reasoning: string | undefined;
  let markerOpen = false;
  let droppedThoughts = false;

  // A plain loop and inline marker closing: no closures per message (decision 0162).
  const { parts } = input;
  const store = context.signatureStore;
  // Unvalidated input: a non-array fails like `forEach` did, and the caller turns that into its 502.
  if (!Array.isArray(parts)) throw new TypeError("content.parts is not an array");
  for (let partIndex = 0; partIndex < parts.length; partIndex++) {
    const fragment = geminiPartToOpenAI(parts[partIndex] as GeminiPart);
    switch (fragment.kind) {
      case "text":
        if (markerOpen) content += `</${marker}>`;
        markerOpen = false;
        spans.push({ partIndex, contentStart: content.length, text: fragment.text });
        content += fragment.text;
        if (fragment.signature !== undefined) {
          signatures.push(fragment.signature);
          store?.set(partSignatureKey(input.completionId, input.choiceIndex, partIndex), fragment.signature);
        }
        break;
      case "thought":
        if (fragment.signature !== undefined) {
          signatures.push(fragment.signature);
          store?.set(partSignatureKey(input.completionId, input.choiceIndex, partIndex), fragment.signature);
        }
        if (!includeThoughts) {
          droppedThoughts ||= fragment.text !== "";
          break;
        }
        reasoning = (reasoning ?? "") + fragment.text;
        if (marker !== undefined && fragment.text !== "") {
          if (!markerOpen) content += `<${marker}>`;
          markerOpen = true;
          content += fragment.text;
        }
        break;
      case "tool_call": {
        const index = input.firstCallIndex + toolCalls.length;
        let id = fragment.id ?? input.newToolCallId(index);
        if (fragment.signature !== undefined && id !== "") store?.set(toolCallSignatureKey(id), fragment.signature);
        if (fragment.signature !== undefined && context.signatureMode === "tool_call_id") {
          const options = context.maxToolCallIdLength === undefined ? {} : { maxLength: context.maxToolCallIdLength };
          const encoded = encodeToolCallIdSignature(id, fragment.signature, options);
          if (encoded === null) {
            warnings.push({ path: `${path}.content.parts[${partIndex}].thoughtSignature`, code: "signature_not_in_id", message: "thought signature too long to encode into the tool-call id; it is only in extra_content.google.thought_signature" });
          } else id = encoded;
        }
        const call: OpenAIToolCall = { id, type: "function", function: { name: fragment.name, arguments: fragment.arguments } };
        if (fragment.signature !== undefined) call.extra_content = { google: { thought_signature: fragment.signature } };
        toolCalls.push(call);
        break;
      }
      case "media":
        media.push({ mimeType: fragment.mimeType, data: fragment.data, partIndex });
        if (fragment.signature !== undefined) {
          signatures.push(fragment.signature);
          store?.set(partSignatureKey(input.completionId, input.choiceIndex, partIndex), fragment.signature);
        }
        break;
      case "code":
        if (markerOpen) content += `</${marker}>`;
        markerOpen = false;
        content += codeBlockSeparator(content) + fragment.text;
        rawParts.push({ index: partIndex, part: fragment.raw });
        break;
      case "opaque":
        rawParts.push({ index: partIndex, part: fragment.raw });
        warnings.push({ path: `${path}.content.parts[${partIndex}]`, code: "kept_raw", message: "part has no OpenAI equivalent; kept in message.extra_content.google.gemini_parts" });
        break;
    }
  }
  if (markerOpen) content += `</${marker}>`;
  if (droppedThoughts) {
    warnings.push({ path: `${path}.content.parts`, code: "dropped", message: "thought parts dropped: includeThoughts was not requested (their signatures are kept)" });
  }

  const google = context.outputProfile === "google";
  const message: OpenAIChatCompletionMessage = { role: "assistant", content: content === "" ? null : content };
  if (!google) message.refusal = null;
  if (reasoning !== undefined) message.reasoning_content = reasoning;
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  placeMedia(message, media, rawParts, input, warnings);

  const extra: Record<string, unknown> = {};
  if (signatures.length > 0) extra.thought_signature = signatures[0];
  if (signatures.length > 1) extra.thought_signatures = signatures;
  if (rawParts.length > 0) extra.gemini_parts = rawParts;
  if (signatures.length > 0 || rawParts.length > 0) message.extra_content = { google: extra };
  return { message, spans, callCount: toolCalls.length, warnings };
}

/**
 * Images and audio (docs/decisions/0063-image-output.md). `message.audio` carries the first one exactly as Google's
 * endpoint does; with `imageOutput: "images"` every image is also listed in `message.images` as a data URL. Media
 * that fit neither slot are kept raw with a warning.
 */
function placeMedia(
  message: OpenAIChatCompletionMessage,
  media: readonly Media[],
  rawParts: Array<{ index: number; part: GeminiPart }>,
  input: BuildMessageInput,
  warnings: TranslationWarning[],
): void {
  const first = media[0];
  if (first === undefined) return;
  const google = input.context.outputProfile === "google";
  const extraContent = { google: { mime_type: first.mimeType } };
  message.audio = google
    ? ({ data: first.data, extra_content: extraContent } as unknown as NonNullable<OpenAIChatCompletionMessage["audio"]>)
    : { id: input.audioId, expires_at: input.created, data: first.data, transcript: "", extra_content: extraContent };
  const listImages = input.context.imageOutput === "images";
  if (listImages) {
    const images = media.filter((item) => item.mimeType.startsWith("image/"));
    if (images.length > 0) {
      message.images = images.map((item) => ({ type: "image_url" as const, image_url: { url: `data:${item.mimeType};base64,${item.data}` } }));
    }
  }
  for (const item of media.slice(1)) {
    if (listImages && item.mimeType.startsWith("image/")) continue;
    rawParts.push({ index: item.partIndex, part: input.parts[item.partIndex] as GeminiPart });
    warnings.push({ path: `${input.path}.content.parts[${item.partIndex}]`, code: "kept_raw", message: `only one ${item.mimeType} fits message.audio; kept in message.extra_content.google.gemini_parts (imageOutput: "images" lists every image)` });
  }
  rawParts.sort((a, b) => a.index - b.index);
}
