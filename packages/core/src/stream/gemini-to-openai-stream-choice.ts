import { snakeCase } from "../response/gemini-candidate-to-openai-choice";
import { codeBlockSeparator, geminiPartToOpenAI } from "../response/gemini-part-to-openai";
import { resolveFinishReason } from "../response/resolve-finish-reason";
import { GEMINI_TOOL_PROTOCOL_FAILURES } from "../tables/finish-reason";
import { mapLogprobs } from "../response/map-logprobs";
import type { GeminiCandidate, GeminiPart } from "../wire/gemini";
import type { OpenAIChunkChoice, OpenAIChunkDelta, OpenAIChunkToolCallDelta } from "../wire/openai";
import { mergeableTextKind } from "./accumulate-gemini-chunks";
import { partSignatureKey } from "../signature/signature-store";
import { createToolCallTracker, type ToolCallSettings, type ToolCallTracker } from "./gemini-to-openai-stream-tool-calls";

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
const METADATA_ENTRIES = Object.entries(MESSAGE_METADATA);

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
  return new Choice(index, settings);
}

/** A class, not closures: one per streamed choice, i.e. per request (decision 0145). */
class Choice implements ChoiceStream {
  private readonly toolCalls: ToolCallTracker;
  private roleSent = false;
  private markerOpen = false;
  private lastChar = "";
  private mediaCount = 0;
  private partIndex = -1; // index of the current part in the accumulated (non-streamed) message
  private lastKind: "text" | "thought" | undefined;
  finished = false;
  /** The delta `build` is filling (scratch state of one call). */
  private delta: OpenAIChunkDelta = {};

  constructor(
    private readonly index: number,
    private readonly settings: ChoiceSettings,
  ) {
    this.toolCalls = createToolCallTracker(settings);
  }

  private addContent(text: string): void {
    if (text === "") return;
    this.delta.content = (this.delta.content ?? "") + text;
    this.lastChar = text.slice(-1);
  }

  private closeMarker(): void {
    if (this.markerOpen) this.addContent(`</${this.settings.marker}>`);
    this.markerOpen = false;
  }

  private build(candidate: GeminiCandidate, path: string): OpenAIChunkDelta {
    const delta: OpenAIChunkDelta = {};
    this.delta = delta;
    const google: Record<string, unknown> = {};
    let signatures: string[] | undefined;
    let calls: OpenAIChunkToolCallDelta[] | undefined;
    let rawParts: Array<{ index: number; part: GeminiPart }> | undefined;
    const parts = candidate.content?.parts ?? [];
    for (let position = 0; position < parts.length; position++) {
      const part = parts[position] as GeminiPart;
      const call = part.functionCall;
      const kind = mergeableTextKind(part);
      if (!(call !== undefined && call.name === undefined) && !(kind !== undefined && kind === this.lastKind)) this.partIndex += 1;
      this.lastKind = kind;
      if (call !== undefined) {
        calls ??= [];
        mergeToolCalls(calls, this.toolCalls.push(call, part.thoughtSignature, `${path}.content.parts[${position}].functionCall`));
        continue;
      }
      const fragment = geminiPartToOpenAI(part);
      if (fragment.signature !== undefined && fragment.kind !== "code" && fragment.kind !== "opaque") {
        // code/opaque parts keep theirs inside the raw part
        if (signatures === undefined) signatures = [fragment.signature];
        else signatures.push(fragment.signature);
        this.settings.signatureStore?.set(partSignatureKey(this.settings.completionId, this.index, this.partIndex), fragment.signature);
      }
      switch (fragment.kind) {
        case "text":
          this.closeMarker(); // even for "": the response translator closes the run at every text part
          this.addContent(fragment.text);
          break;
        case "thought":
          if (!this.settings.includeThoughts) {
            if (fragment.text !== "") this.settings.warn(`${path}.content.parts[${position}]`, "dropped", "thought part dropped: includeThoughts was not requested (its signature is kept)");
            break;
          }
          delta.reasoning_content = (delta.reasoning_content ?? "") + fragment.text;
          if (this.settings.marker !== undefined && fragment.text !== "") {
            if (!this.markerOpen) this.addContent(`<${this.settings.marker}>`);
            this.markerOpen = true;
            this.addContent(fragment.text);
          }
          break;
        case "code":
          this.closeMarker();
          this.addContent(codeBlockSeparator(this.lastChar) + fragment.text);
          rawParts ??= [];
          rawParts.push({ index: this.partIndex, part: fragment.raw });
          break;
        case "media":
          rawParts ??= [];
          this.addMedia(delta, rawParts, fragment, part, `${path}.content.parts[${position}]`);
          break;
        case "opaque":
          rawParts ??= [];
          rawParts.push({ index: this.partIndex, part: fragment.raw });
          this.settings.warn(`${path}.content.parts[${position}]`, "kept_raw", "part has no OpenAI equivalent; kept in delta.extra_content.google.gemini_parts");
          break;
      }
    }
    if (candidate.finishReason !== undefined) {
      calls ??= [];
      mergeToolCalls(calls, this.toolCalls.closeOpen());
      this.closeMarker();
    }
    let hasGoogle = false;
    if (calls !== undefined && calls.length > 0) delta.tool_calls = calls;
    if (signatures !== undefined) {
      google.thought_signature = signatures[0];
      if (signatures.length > 1) google.thought_signatures = signatures;
      hasGoogle = true;
    }
    if (rawParts !== undefined && rawParts.length > 0) {
      google.gemini_parts = rawParts;
      hasGoogle = true;
    }
    for (const [field, key] of METADATA_ENTRIES) {
      const value = (candidate as Record<string, unknown>)[field];
      if (value !== undefined) {
        google[key] = value;
        hasGoogle = true;
      }
    }
    if (hasGoogle) delta.extra_content = { google };
    return delta;
  }

  private addMedia(
    delta: OpenAIChunkDelta,
    rawParts: Array<{ index: number; part: GeminiPart }>,
    media: { mimeType: string; data: string },
    part: GeminiPart,
    partPath: string,
  ): void {
    this.mediaCount += 1;
    const isImage = media.mimeType.startsWith("image/");
    if (this.settings.imageOutput === "images" && isImage) {
      const images = (delta as { images?: unknown[] }).images ?? [];
      images.push({ type: "image_url", image_url: { url: `data:${media.mimeType};base64,${media.data}` } });
      (delta as { images?: unknown[] }).images = images;
    }
    if (this.mediaCount === 1) {
      const audio = this.settings.google
        ? { data: media.data, extra_content: { google: { mime_type: media.mimeType } } }
        : { id: `${this.settings.completionId}-audio-${this.index}`, expires_at: this.settings.created, data: media.data, transcript: "", extra_content: { google: { mime_type: media.mimeType } } };
      (delta as Record<string, unknown>).audio = audio;
    } else if (!(this.settings.imageOutput === "images" && isImage)) {
      rawParts.push({ index: this.partIndex, part });
      this.settings.warn(partPath, "kept_raw", `only one ${media.mimeType} fits message.audio; kept in delta.extra_content.google.gemini_parts`);
    }
  }

  /** The choice entry for this candidate chunk, or `undefined` when it adds nothing. */
  push(candidate: GeminiCandidate, path: string): OpenAIChunkChoice | undefined {
    if (this.finished) {
      this.settings.warn(path, "dropped", "candidate chunk after its finishReason ignored");
      return undefined;
    }
    const delta = this.build(candidate, path);
    const choiceExtra: Record<string, unknown> = {};
    let finishReason: OpenAIChunkChoice["finish_reason"] = null;
    if (candidate.finishReason !== undefined) {
      this.finished = true;
      const resolved = resolveFinishReason(candidate.finishReason, { hasToolCalls: this.toolCalls.count > 0 });
      finishReason = resolved.finishReason;
      if (resolved.nativeReason !== "STOP" || candidate.finishMessage !== undefined) choiceExtra.finish_reason = resolved.nativeReason;
      if (!resolved.known) {
        this.settings.warn(`${path}.finishReason`, "approximated", `unknown finish reason ${candidate.finishReason}; mapped to "${finishReason}"`);
      }
      if (this.toolCalls.count === 0 && GEMINI_TOOL_PROTOCOL_FAILURES.has(candidate.finishReason)) {
        this.settings.warn(`${path}.finishReason`, "tool_protocol_error", `${candidate.finishReason} (finish_reason "${finishReason}"; retrying the request usually helps)`);
      }
    }
    if (candidate.finishMessage !== undefined) choiceExtra.finish_message = candidate.finishMessage;
    for (const field of Object.keys(candidate)) {
      const value = (candidate as Record<string, unknown>)[field];
      if (!MAPPED.has(field) && !(field in MESSAGE_METADATA) && value !== undefined) choiceExtra[snakeCase(field)] = value;
    }
    const logprobs = candidate.logprobsResult === undefined ? null : mapLogprobs(candidate.logprobsResult);
    const hasExtra = hasKeys(choiceExtra);
    if (!hasExtra && !hasKeys(delta) && finishReason === null && logprobs === null) return undefined;
    // Google's endpoint repeats the role on every delta (seed); OpenAI sends it once.
    const withRole: OpenAIChunkDelta = this.roleSent && !this.settings.google ? delta : { role: "assistant", ...delta };
    this.roleSent = true;
    const choice: OpenAIChunkChoice = { index: this.index, delta: withRole, logprobs, finish_reason: finishReason };
    if (this.settings.google && finishReason === null) delete (choice as { finish_reason?: unknown }).finish_reason;
    if (hasExtra) (choice as Record<string, unknown>).extra_content = { google: choiceExtra };
    return choice;
  }
}

/** Whether a plain object has any own key, without building the key list. */
function hasKeys(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
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
