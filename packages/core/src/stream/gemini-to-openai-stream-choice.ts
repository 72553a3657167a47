import { snakeCase } from "../response/gemini-candidate-to-openai-choice";
import { codeBlockSeparator, geminiPartToOpenAI } from "../response/gemini-part-to-openai";
import { GEMINI_TOOL_PROTOCOL_FAILURES, resolveFinishReason } from "../response/map-finish-reason";
import { mapLogprobs } from "../response/map-logprobs";
import type { GeminiCandidate, GeminiPart } from "../wire/gemini";
import type { OpenAIChunkChoice, OpenAIChunkDelta, OpenAIChunkToolCallDelta } from "../wire/openai";
import { mergeableTextKind } from "./accumulate-gemini-chunks";
import { createToolCallTracker, type ToolCallSettings } from "./gemini-to-openai-stream-tool-calls";

/** What a choice needs from the resolved context. */
export interface ChoiceSettings extends ToolCallSettings {
  includeThoughts: boolean;
  /** `<marker>` tags around thoughts in `content` (only with `includeThoughts`, as in the response). */
  marker: string | undefined;
  imageOutput: "audio" | "images";
  /** For `delta.audio.id` / `expires_at`, as the response builds `message.audio`. */
  completionId: string;
  created: number;
}

/** Candidate fields with an OpenAI home; all others travel raw in the choice's `extra_content.google`. */
const MAPPED = new Set(["index", "content", "finishReason", "finishMessage", "logprobsResult"]);
const MESSAGE_METADATA = { groundingMetadata: "grounding_metadata", citationMetadata: "citation_metadata", urlContextMetadata: "url_context_metadata" } as const;

/**
 * One choice of a streamed completion (one Gemini candidate index). Gemini chunks are already deltas, so each
 * candidate chunk becomes at most one choice delta, built with the same per-part converter as the non-streamed
 * response (`geminiPartToOpenAI`). State: role sent, `<marker>` open, last content character, media count, the
 * position of the part in the accumulated message (for raw parts), the tool calls' counter and open call, finished.
 */
export interface ChoiceStream {
  readonly finished: boolean;
  /** The choice entry for this candidate chunk, or `undefined` when it adds nothing. */
  push(candidate: GeminiCandidate, path: string): OpenAIChunkChoice | undefined;
}

export function createChoiceStream(index: number, settings: ChoiceSettings): ChoiceStream {
  const toolCalls = createToolCallTracker(settings);
  let roleSent = false;
  let markerOpen = false;
  let lastChar = "";
  let mediaCount = 0;
  let partIndex = -1; // index of the current part in the accumulated (non-streamed) message
  let lastKind: "text" | "thought" | undefined;
  let finished = false;

  const build = (candidate: GeminiCandidate, path: string): OpenAIChunkDelta => {
    const delta: OpenAIChunkDelta = {};
    const google: Record<string, unknown> = {};
    const signatures: string[] = [];
    const calls: OpenAIChunkToolCallDelta[] = [];
    const rawParts: Array<{ index: number; part: GeminiPart }> = [];
    const addContent = (text: string) => {
      if (text === "") return;
      delta.content = (delta.content ?? "") + text;
      lastChar = text.slice(-1);
    };
    const closeMarker = () => {
      if (markerOpen) addContent(`</${settings.marker}>`);
      markerOpen = false;
    };
    (candidate.content?.parts ?? []).forEach((part, position) => {
      const partPath = `${path}.content.parts[${position}]`;
      const call = part.functionCall;
      const kind = mergeableTextKind(part);
      if (!(call !== undefined && call.name === undefined) && !(kind !== undefined && kind === lastKind)) partIndex += 1;
      lastKind = kind;
      if (call !== undefined) {
        mergeToolCalls(calls, toolCalls.push(call, part.thoughtSignature, `${partPath}.functionCall`));
        return;
      }
      const fragment = geminiPartToOpenAI(part);
      if (fragment.signature !== undefined && fragment.kind !== "code" && fragment.kind !== "opaque") {
        signatures.push(fragment.signature); // code/opaque parts keep theirs inside the raw part
      }
      switch (fragment.kind) {
        case "text":
          closeMarker(); // even for "": the response translator closes the run at every text part
          addContent(fragment.text);
          break;
        case "thought":
          if (!settings.includeThoughts) {
            if (fragment.text !== "") settings.warn(partPath, "dropped", "thought part dropped: includeThoughts was not requested (its signature is kept)");
            break;
          }
          delta.reasoning_content = (delta.reasoning_content ?? "") + fragment.text;
          if (settings.marker !== undefined && fragment.text !== "") {
            if (!markerOpen) addContent(`<${settings.marker}>`);
            markerOpen = true;
            addContent(fragment.text);
          }
          break;
        case "code":
          closeMarker();
          addContent(codeBlockSeparator(lastChar) + fragment.text);
          rawParts.push({ index: partIndex, part: fragment.raw });
          break;
        case "media":
          addMedia(delta, rawParts, fragment, part, partPath);
          break;
        case "opaque":
          rawParts.push({ index: partIndex, part: fragment.raw });
          settings.warn(partPath, "kept_raw", "part has no OpenAI equivalent; kept in delta.extra_content.google.gemini_parts");
          break;
      }
    });
    if (candidate.finishReason !== undefined) {
      mergeToolCalls(calls, toolCalls.closeOpen());
      closeMarker();
    }
    if (calls.length > 0) delta.tool_calls = calls;
    if (signatures.length > 0) google.thought_signature = signatures[0];
    if (signatures.length > 1) google.thought_signatures = signatures;
    if (rawParts.length > 0) google.gemini_parts = rawParts;
    for (const [field, key] of Object.entries(MESSAGE_METADATA)) {
      const value = (candidate as Record<string, unknown>)[field];
      if (value !== undefined) google[key] = value;
    }
    if (Object.keys(google).length > 0) delta.extra_content = { google };
    return delta;
  };

  const addMedia = (
    delta: OpenAIChunkDelta,
    rawParts: Array<{ index: number; part: GeminiPart }>,
    media: { mimeType: string; data: string },
    part: GeminiPart,
    partPath: string,
  ) => {
    mediaCount += 1;
    const isImage = media.mimeType.startsWith("image/");
    if (settings.imageOutput === "images" && isImage) {
      const images = (delta as { images?: unknown[] }).images ?? [];
      images.push({ type: "image_url", image_url: { url: `data:${media.mimeType};base64,${media.data}` } });
      (delta as { images?: unknown[] }).images = images;
    }
    if (mediaCount === 1) {
      const audio = settings.google
        ? { data: media.data, extra_content: { google: { mime_type: media.mimeType } } }
        : { id: `${settings.completionId}-audio-${index}`, expires_at: settings.created, data: media.data, transcript: "", extra_content: { google: { mime_type: media.mimeType } } };
      (delta as Record<string, unknown>).audio = audio;
    } else if (!(settings.imageOutput === "images" && isImage)) {
      rawParts.push({ index: partIndex, part });
      settings.warn(partPath, "kept_raw", `only one ${media.mimeType} fits message.audio; kept in delta.extra_content.google.gemini_parts`);
    }
  };

  return {
    get finished() {
      return finished;
    },
    push(candidate, path) {
      if (finished) {
        settings.warn(path, "dropped", "candidate chunk after its finishReason ignored");
        return undefined;
      }
      const delta = build(candidate, path);
      const choiceExtra: Record<string, unknown> = {};
      let finishReason: OpenAIChunkChoice["finish_reason"] = null;
      if (candidate.finishReason !== undefined) {
        finished = true;
        const resolved = resolveFinishReason(candidate.finishReason, { hasToolCalls: toolCalls.count > 0 });
        finishReason = resolved.finishReason;
        if (resolved.nativeReason !== "STOP" || candidate.finishMessage !== undefined) choiceExtra.finish_reason = resolved.nativeReason;
        if (!resolved.known) {
          settings.warn(`${path}.finishReason`, "approximated", `unknown finish reason ${candidate.finishReason}; mapped to "${finishReason}"`);
        }
        if (toolCalls.count === 0 && GEMINI_TOOL_PROTOCOL_FAILURES.has(candidate.finishReason)) {
          settings.warn(`${path}.finishReason`, "tool_protocol_error", `${candidate.finishReason} (finish_reason "${finishReason}"; retrying the request usually helps)`);
        }
      }
      if (candidate.finishMessage !== undefined) choiceExtra.finish_message = candidate.finishMessage;
      for (const [field, value] of Object.entries(candidate)) {
        if (!MAPPED.has(field) && !(field in MESSAGE_METADATA) && value !== undefined) choiceExtra[snakeCase(field)] = value;
      }
      const logprobs = candidate.logprobsResult === undefined ? null : mapLogprobs(candidate.logprobsResult);
      const empty = Object.keys(delta).length === 0 && Object.keys(choiceExtra).length === 0;
      if (empty && finishReason === null && logprobs === null) return undefined;
      // Google's endpoint repeats the role on every delta (seed); OpenAI sends it once.
      const withRole: OpenAIChunkDelta = roleSent && !settings.google ? delta : { role: "assistant", ...delta };
      roleSent = true;
      const choice: OpenAIChunkChoice = { index, delta: withRole, logprobs, finish_reason: finishReason };
      if (settings.google && finishReason === null) delete (choice as { finish_reason?: unknown }).finish_reason;
      if (Object.keys(choiceExtra).length > 0) (choice as Record<string, unknown>).extra_content = { google: choiceExtra };
      return choice;
    },
  };
}

/** Fold entries for the same call (a Gemini chunk may open a call and stream pieces into it) into one. */
function mergeToolCalls(into: OpenAIChunkToolCallDelta[], entries: readonly OpenAIChunkToolCallDelta[]): void {
  for (const entry of entries) {
    const existing = into.find((candidate) => candidate.index === entry.index);
    if (existing === undefined) {
      into.push(entry);
      continue;
    }
    const piece = entry.function?.arguments ?? "";
    if (piece !== "") existing.function = { ...existing.function, arguments: (existing.function?.arguments ?? "") + piece };
    if (entry.extra_content !== undefined) existing.extra_content = entry.extra_content;
  }
}
