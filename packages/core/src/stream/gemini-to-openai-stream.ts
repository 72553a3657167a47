import { GembridgeError } from "../errors/gembridge-error";
import { geminiToOpenAIError } from "../errors/gemini-to-openai-error";
import { mapBlockedPrompt } from "../response/map-blocked-prompt";
import { mapUsage } from "../response/map-usage";
import { createTimeToUnixSeconds, defaultCompletionId, defaultToolCallId } from "../response/response-ids";
import type { GeminiToOpenAIResponseContext } from "../response/response-options";
import type { TranslationWarning } from "../shared/result";
import type { GeminiGenerateContentResponse, GeminiUsageMetadata } from "../wire/gemini";
import type { OpenAIChatCompletionChunk, OpenAIChunkChoice, OpenAIUsage } from "../wire/openai";
import { type ChoiceStream, createChoiceStream } from "./gemini-to-openai-stream-choice";

/** The pure streaming translator: one Gemini chunk in, the OpenAI chunks it produces out. */
export interface GeminiToOpenAIStream {
  /** Translate one streamed `GenerateContentResponse` (an SSE `data:` payload, already parsed). */
  push(chunk: GeminiGenerateContentResponse): OpenAIChatCompletionChunk[];
  /**
   * The upstream stream ended: returns the closing chunks (the usage chunk when `includeUsage`). Throws a
   * `GembridgeError` (502, `upstream_stream_truncated`) when a choice never received its `finishReason` — the
   * stream was cut, and finishing it here would claim a complete answer.
   */
  finish(): OpenAIChatCompletionChunk[];
  /** What was dropped or approximated so far, with the JSON path in the Gemini stream (`chunks[3].candidates[0]…`). */
  readonly warnings: TranslationWarning[];
}

type Header = Pick<OpenAIChatCompletionChunk, "id" | "created" | "model" | "system_fingerprint">;

/**
 * Creates the Gemini → OpenAI stream state machine (SPEC-DIGEST §8.3; decisions in docs/readme/stream.md). Pure:
 * no I/O, no timers, no clock — ids and time come from the chunks or the context, as in `geminiToOpenAIResponse`.
 * State: per choice (role sent, open tool call, counters), the header, the last usage seen. It never holds the
 * text, so memory does not grow with the answer. An in-band `{"error": …}` chunk throws its `GembridgeError`.
 *
 * @example
 * const stream = createGeminiToOpenAIStream({ model: "gemini-2.5-flash" });
 * stream.push({ responseId: "r1", candidates: [{ content: { role: "model", parts: [{ text: "Hi" }] } }] });
 * // [{ id: "r1", object: "chat.completion.chunk", created: 0, model: "gemini-2.5-flash",
 * //    choices: [{ index: 0, delta: { role: "assistant", content: "Hi" }, logprobs: null, finish_reason: null }] }]
 */
export function createGeminiToOpenAIStream(context: GeminiToOpenAIResponseContext = {}): GeminiToOpenAIStream {
  const warnings: TranslationWarning[] = [];
  const warn = (path: string, code: string, message: string) => warnings.push({ path, code, message });
  const google = context.outputProfile === "google";
  const includeUsage = context.includeUsage === true;
  const includeThoughts = context.includeThoughts === true;
  const accounting = google ? "google" : "openai";
  const choices = new Map<number, ChoiceStream>();
  let header: Header | undefined;
  let chunkCount = 0;
  let callCount = 0; // stream-wide, in order of appearance: default tool-call ids never repeat across choices
  let usage: GeminiUsageMetadata | undefined;
  let usageSent = true;
  let blocked = false;

  const chunk = (choiceList: OpenAIChunkChoice[], usageValue?: OpenAIUsage | null): OpenAIChatCompletionChunk => {
    const out: OpenAIChatCompletionChunk = { ...(header as Header), object: "chat.completion.chunk", choices: choiceList };
    if (usageValue !== undefined) out.usage = usageValue;
    else if (includeUsage) out.usage = null; // OpenAI: with include_usage every chunk but the last says `usage: null`
    return out;
  };
  const choiceFor = (index: number, completionId: string, created: number): ChoiceStream => {
    let choice = choices.get(index);
    if (choice === undefined) {
      choice = createChoiceStream(index, {
        includeThoughts,
        marker: includeThoughts && context.thoughtTagMarker !== "" ? context.thoughtTagMarker : undefined,
        imageOutput: context.imageOutput ?? "audio",
        completionId,
        created,
        signatureMode: context.signatureMode ?? "extra_content",
        maxToolCallIdLength: context.maxToolCallIdLength,
        google,
        newToolCallId: () => {
          const position = callCount;
          callCount += 1;
          return context.newId?.("tool_call", position) ?? defaultToolCallId(completionId, position);
        },
        warn,
      });
      choices.set(index, choice);
    }
    return choice;
  };
  const allFinished = () => blocked || (choices.size > 0 && [...choices.values()].every((choice) => choice.finished));

  return {
    warnings,
    push(geminiChunk) {
      const path = `chunks[${chunkCount}]`;
      chunkCount += 1;
      const inBand = (geminiChunk as { error?: unknown }).error;
      if (inBand !== undefined) throw inBandError(inBand, path);
      header ??= resolveHeader(geminiChunk, context, warn);
      const out: OpenAIChatCompletionChunk[] = [];
      if (geminiChunk.usageMetadata !== undefined) {
        usage = geminiChunk.usageMetadata;
        usageSent = false;
      }
      const candidates = geminiChunk.candidates ?? [];
      const blockReason = geminiChunk.promptFeedback?.blockReason;
      if (candidates.length === 0 && blockReason !== undefined && choices.size === 0 && !blocked) {
        blocked = true; // throws instead with `blockedPrompt: "error"`
        const choice = mapBlockedPrompt({ ...geminiChunk.promptFeedback, blockReason }, context);
        const { message, ...rest } = choice;
        out.push(chunk([{ ...rest, delta: { role: "assistant", content: null } } as OpenAIChunkChoice]));
      }
      candidates.forEach((candidate, position) => {
        const choice = choiceFor(candidate.index ?? position, header?.id ?? "", header?.created ?? 0);
        const translated = choice.push(candidate, `${path}.candidates[${position}]`);
        if (translated !== undefined) out.push(chunk([translated]));
      });
      // Without include_usage, usage rides on the chunk that finishes the last choice, as Google's endpoint does.
      if (!includeUsage && !usageSent && usage !== undefined && allFinished()) {
        const last = out.at(-1);
        if (last !== undefined) last.usage = mapUsage(usage, { accounting });
        else out.push(chunk([], mapUsage(usage, { accounting }))); // usage trailing the finish: a choice-less chunk
        usageSent = true;
      }
      return out;
    },
    finish() {
      if (!allFinished()) {
        throw new GembridgeError(
          choices.size === 0
            ? "The Gemini stream ended without any candidate."
            : "The Gemini stream ended before every candidate had a finishReason (truncated upstream stream).",
          { status: 502, code: "upstream_stream_truncated" },
        );
      }
      if (includeUsage) {
        if (usage === undefined) warn("usageMetadata", "defaulted", "the stream carried no usageMetadata; usage reported as 0");
        return [chunk([], mapUsage(usage ?? {}, { accounting }))];
      }
      return [];
    },
  };
}

/** `id`, `created`, `model`, `system_fingerprint` from the first chunk, with the response translator's defaults. */
function resolveHeader(
  chunk: GeminiGenerateContentResponse,
  context: GeminiToOpenAIResponseContext,
  warn: (path: string, code: string, message: string) => void,
): Header {
  // Without responseId or newId, a hash of the first chunk (the response translator hashes the whole response).
  const id = chunk.responseId ?? context.newId?.("completion", 0) ?? defaultCompletionId(chunk);
  let created = createTimeToUnixSeconds(chunk.createTime);
  if (created === undefined && chunk.createTime !== undefined) {
    warn("chunks[0].createTime", "defaulted", "createTime is not an RFC 3339 timestamp; used now()");
  }
  created ??= context.now?.() ?? 0;
  const header: Header = { id, created, model: context.model ?? chunk.modelVersion ?? "" };
  const fingerprint = context.outputProfile === "google" ? "" : chunk.modelVersion;
  if (fingerprint !== undefined) header.system_fingerprint = fingerprint;
  return header;
}

/**
 * `{"error": google.rpc.Status}` inside the stream (the HTTP status was already 200): translated exactly as an HTTP
 * error body would be (`geminiToOpenAIError`); the OpenAI body rides on the error as `cause.openAIError` so the SSE
 * adapter can send it with Google's details intact.
 */
function inBandError(status: unknown, path: string): GembridgeError {
  const result = geminiToOpenAIError(0, { error: status });
  const { message, code, param } = result.body.error;
  return new GembridgeError(message, { status: result.status, code: code ?? "upstream_error", param, cause: { path, openAIError: result.body } });
}
