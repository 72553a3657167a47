import type { TranslationWarning } from "../shared/result";
import { joinPath } from "../shared/result";
import type { GeminiPart } from "../wire/gemini/gemini-content";
import type { GeminiCandidate, GeminiGenerateContentResponse } from "../wire/gemini/gemini-response";
import type { GeminiUsageMetadata } from "../wire/gemini/gemini-usage";
import type { OpenAIChatCompletionChunk, OpenAIChunkChoice } from "../wire/openai/chunk";
import { choiceGoogleExtras, googleFinish, restoreCandidateExtras } from "../response/openai-to-gemini-candidate-extras";
import { resolveGeminiFinishReason } from "../response/resolve-gemini-finish-reason";
import { openaiToGeminiLogprobs } from "../response/openai-to-gemini-logprobs";
import { imageOutputPart } from "../response/openai-to-gemini-parts";
import { audioMimeType, type OpenAIToGeminiResponseContext, responseEnvelope } from "../response/openai-to-gemini-response";
import { readOpenAIUpstreamChatCompletionChunk } from "../normalize/read-openai-chat-completion";
import { normalizeUsage } from "../usage/normalize-usage";
import { type ToolCallBuffer, createToolCallBuffer } from "./openai-to-gemini-tool-call-buffer";

/** The pure state machine behind `openaiSseToGeminiSse`. */
export interface OpenAIToGeminiStream {
  /** One `chat.completion.chunk` in → zero or more Gemini chunks out (delta parts only, as Gemini streams). */
  push(chunk: OpenAIChatCompletionChunk): GeminiGenerateContentResponse[];
  /** The backend's stream ended (`[DONE]` or body closed): buffered calls and the held last chunk come out. */
  finish(): GeminiGenerateContentResponse[];
  /** What was dropped or approximated so far, with JSON paths into the chunk stream (`chunks[3].choices[0]…`). */
  readonly warnings: TranslationWarning[];
}

interface ChoiceState {
  calls: ToolCallBuffer;
  finished: boolean;
  /** A transcript was seen (warned once per choice, not per fragment). */
  transcript: boolean;
}

/**
 * OpenAI chunks → Gemini `streamGenerateContent` chunks (https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent, §8.3 read backwards). Each Gemini chunk
 * carries only new parts; `finishReason` sits on the candidate's last chunk; `usageMetadata` rides on the last chunk.
 * OpenAI sends usage in a separate chunk after the finish (`choices: []`), so the chunk that carries the finish is
 * held back until that usage chunk (or the end) arrives, then both go out as one — only that one chunk waits.
 * Tool calls are buffered per call (by id, else by index) and emitted whole (see `createToolCallBuffer`).
 *
 * @example
 * const stream = createOpenAIToGeminiStream();
 * stream.push(chunk); // → [{ candidates: [{ index: 0, content: { role: "model", parts: [{ text: "Hel" }] } }], … }]
 * stream.finish();    // → the held final chunk with finishReason and usageMetadata
 */
export function createOpenAIToGeminiStream(context: OpenAIToGeminiResponseContext = {}): OpenAIToGeminiStream {
  const warnings: TranslationWarning[] = [];
  const choices = new Map<number, ChoiceState>();
  let envelope: ReturnType<typeof responseEnvelope> | undefined;
  let held: GeminiGenerateContentResponse | undefined;
  let position = -1;

  const stateFor = (index: number, path: string): ChoiceState => {
    let state = choices.get(index);
    if (state === undefined) {
      state = { calls: createToolCallBuffer(warnings, path), finished: false, transcript: false };
      choices.set(index, state);
    }
    return state;
  };

  const wrap = (candidates: GeminiCandidate[]): GeminiGenerateContentResponse => ({
    ...(candidates.length > 0 ? { candidates } : {}),
    ...envelope,
  });

  const translateChoice = (choice: OpenAIChunkChoice, path: string): GeminiCandidate | undefined => {
    const state = stateFor(choice.index, path);
    const delta = choice.delta;
    const parts: GeminiPart[] = [];
    if (typeof delta.reasoning_content === "string" && delta.reasoning_content !== "") {
      parts.push({ text: delta.reasoning_content, thought: true });
    }
    if (typeof delta.content === "string" && delta.content !== "") parts.push({ text: delta.content });
    if (typeof delta.refusal === "string" && delta.refusal !== "") {
      parts.push({ text: delta.refusal });
      warnings.push({ path: joinPath(path, "delta", "refusal"), code: "approximated", message: "Gemini has no refusal field; returned as text" });
    }
    for (const image of delta.images ?? []) parts.push(imageOutputPart(image));
    // Audio output streams as base64 pieces, each decodable alone; Gemini streams audio as one inlineData per chunk.
    const audio = (delta as { audio?: { data?: unknown; transcript?: unknown; extra_content?: { google?: { mime_type?: unknown } } } }).audio;
    if (typeof audio?.data === "string" && audio.data !== "") {
      const labeled = audio.extra_content?.google?.mime_type;
      parts.push({ inlineData: { mimeType: typeof labeled === "string" ? labeled : audioMimeType(context), data: audio.data } });
    }
    if (typeof audio?.transcript === "string" && audio.transcript !== "" && !state.transcript) {
      state.transcript = true;
      warnings.push({ path: joinPath(path, "delta", "audio", "transcript"), code: "dropped", message: "Gemini audio output has no transcript field" });
    }
    // Signatures for text ride on a part of the same chunk; alone, on an empty text part (Gemini does the same).
    const signature = delta.extra_content?.google?.thought_signature;
    if (signature !== undefined && signature !== "") {
      const carrier = parts.find((part) => part.text !== undefined && part.thought !== true) ?? parts[0];
      if (carrier === undefined || carrier.thoughtSignature !== undefined) parts.push({ text: "", thoughtSignature: signature });
      else carrier.thoughtSignature = signature;
    }
    parts.push(...state.calls.push(delta.tool_calls ?? []));
    if (delta.function_call !== undefined) state.calls.pushLegacy(delta.function_call);
    const candidate: GeminiCandidate = { index: choice.index };
    if (choice.finish_reason !== null && choice.finish_reason !== undefined) {
      parts.push(...state.calls.flush());
      state.finished = true;
      const google = googleFinish(choiceGoogleExtras(choice), delta.extra_content?.google);
      const malformed = state.calls.malformedCall;
      const finishReason = malformed === undefined ? resolveGeminiFinishReason(choice.finish_reason, google.reason) : "MALFORMED_FUNCTION_CALL";
      if (finishReason !== undefined) candidate.finishReason = finishReason;
      const finishMessage = malformed ?? google.message;
      if (finishMessage !== undefined) candidate.finishMessage = finishMessage;
    }
    if (choice.logprobs !== null && choice.logprobs !== undefined) {
      const mapped = openaiToGeminiLogprobs(choice.logprobs);
      if (mapped !== undefined && (mapped.logprobsResult.chosenCandidates ?? []).length > 0) Object.assign(candidate, mapped);
    }
    restoreCandidateExtras(candidate, choiceGoogleExtras(choice));
    if (parts.length === 0 && Object.keys(candidate).length === 1) return undefined;
    // Key order as Gemini writes it: content first.
    return { index: choice.index, content: { role: "model", ...(parts.length > 0 ? { parts } : {}) }, ...candidate };
  };

  const release = (): GeminiGenerateContentResponse[] => {
    if (held === undefined) return [];
    const out = held;
    held = undefined;
    return [out];
  };

  return {
    warnings,
    push(raw) {
      // Validated first: a malformed backend chunk is a 502 with the param path, never a TypeError (decision 0110);
      // missing or null id/object/created/model are allowed, the envelope falls back to the context (decision 0153).
      const chunk = readOpenAIUpstreamChatCompletionChunk(raw);
      position += 1;
      envelope ??= responseEnvelope(chunk, context);
      const candidates: GeminiCandidate[] = [];
      for (const [choicePosition, choice] of chunk.choices.entries()) {
        const candidate = translateChoice(choice, joinPath(`chunks[${position}]`, "choices", choicePosition));
        if (candidate !== undefined) candidates.push(candidate);
      }
      let usage: GeminiUsageMetadata | undefined;
      if (chunk.usage !== null && chunk.usage !== undefined) {
        const normalized = normalizeUsage({ from: "openai", usage: chunk.usage, path: `chunks[${position}].usage` });
        usage = normalized.value;
        for (const warning of normalized.warnings) warnings.push(warning);
      }
      const out: GeminiGenerateContentResponse[] = [];
      if (candidates.length === 0) {
        if (usage === undefined) return out;
        // The usage-only chunk: it completes the held final chunk, or travels alone.
        if (held !== undefined) {
          held.usageMetadata = usage;
          return release();
        }
        return [{ ...wrap([]), usageMetadata: usage }];
      }
      out.push(...release());
      const response = wrap(candidates);
      if (usage !== undefined) response.usageMetadata = usage;
      const finishes = candidates.some((candidate) => candidate.finishReason !== undefined);
      const allFinished = [...choices.values()].every((state) => state.finished);
      if (finishes && allFinished && usage === undefined) held = response;
      else out.push(response);
      return out;
    },
    finish() {
      const out = release();
      const leftovers: GeminiCandidate[] = [];
      for (const [index, state] of [...choices.entries()].sort((a, b) => a[0] - b[0])) {
        if (state.finished) continue;
        const parts = state.calls.flush();
        warnings.push({ path: joinPath("choices", index), code: "truncated", message: "stream ended without finish_reason; no finishReason sent" });
        if (parts.length > 0) leftovers.push({ index, content: { role: "model", parts } });
      }
      if (leftovers.length > 0) out.push(wrap(leftovers));
      return out;
    },
  };
}
