import { GembridgeError } from "../errors/gembridge-error";
import { geminiToOpenAIError } from "../errors/gemini-to-openai-error";
import { mapBlockedPrompt } from "../response/map-blocked-prompt";
import { createTimeToUnixSeconds, defaultCompletionId, defaultToolCallId } from "../response/response-ids";
import type { GeminiToOpenAIResponseContext } from "../response/response-options";
import type { TranslationWarning } from "../shared/result";
import { normalizeUsage } from "../usage/normalize-usage";
import type { GeminiCandidate, GeminiGenerateContentResponse, GeminiUsageMetadata } from "../wire/gemini";
import type { OpenAIChatCompletionChunk, OpenAIChunkChoice, OpenAIUsage } from "../wire/openai";
import { readGeminiResponse } from "../normalize/read-gemini-response";
import { type ChoiceStream, createChoiceStream } from "./gemini-to-openai-stream-choice";

/** The pure streaming translator: one Gemini chunk in, the OpenAI chunks it produces out. */
export interface GeminiToOpenAIStream {
  /**
   * Translate one streamed `GenerateContentResponse` (an SSE `data:` payload, already `JSON.parse`d; no zod needed:
   * what the translator reads is checked structurally). Throws a `GembridgeError` 502 `upstream_malformed_event`
   * naming the JSON path when the chunk does not have that shape, and the translated error for an in-band
   * `{"error": …}` (also when wrapped in a one-element array).
   */
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
 * Creates the Gemini → OpenAI stream state machine (README "Streams"; decisions in docs/readme/stream.md). Pure:
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
  return new StreamTranslator(context);
}

/** A class, not closures: one is created per streamed request (decision 0145). */
class StreamTranslator implements GeminiToOpenAIStream {
  readonly warnings: TranslationWarning[] = [];
  private readonly google: boolean;
  private readonly includeUsage: boolean;
  private readonly accounting: "google" | "openai";
  private readonly choices = new Map<number, ChoiceStream>();
  private header: Header | undefined;
  private chunkCount = 0;
  private callCount = 0; // stream-wide, in order of appearance: default tool-call ids never repeat across choices
  private usage: GeminiUsageMetadata | undefined;
  private usageSent = true;
  private blocked = false;
  private finishedCount = 0; // choices whose finishReason arrived (counted as it happens: no scan per chunk)
  private readonly warn = (path: string, code: string, message: string) => {
    this.warnings.push({ path, code, message });
  };
  private readonly newToolCallId = () => {
    const position = this.callCount;
    this.callCount += 1;
    return this.context.newId?.("tool_call", position) ?? defaultToolCallId(this.header?.id ?? "", position);
  };

  constructor(private readonly context: GeminiToOpenAIResponseContext) {
    this.google = context.outputProfile === "google";
    this.includeUsage = context.includeUsage === true;
    this.accounting = this.google ? "google" : "openai";
  }

  push(input: GeminiGenerateContentResponse): OpenAIChatCompletionChunk[] {
    const path = `chunks[${this.chunkCount}]`;
    this.chunkCount += 1;
    // Some Google front ends wrap an in-band error body in a one-element array.
    const unwrapped: unknown = Array.isArray(input) && input.length === 1 ? input[0] : input;
    if (typeof unwrapped === "object" && unwrapped !== null && Object.hasOwn(unwrapped, "error")) throw inBandError((unwrapped as { error: unknown }).error, path);
    const chunk = readGeminiResponse(input, { root: path, code: "upstream_malformed_event" });
    try {
      return this.translate(chunk, path);
    } catch (error) {
      // Backstop for shapes the guard does not look into (deep pass-through values): still never a TypeError.
      if (error instanceof GembridgeError) throw error;
      throw new GembridgeError(`Malformed event in the Gemini stream at ${path}: it does not have the GenerateContentResponse shape.`, {
        status: 502,
        code: "upstream_malformed_event",
        cause: error,
      });
    }
  }

  finish(): OpenAIChatCompletionChunk[] {
    if (!this.allFinished()) {
      throw new GembridgeError(
        this.choices.size === 0
          ? "The Gemini stream ended without any candidate."
          : "The Gemini stream ended before every candidate had a finishReason (truncated upstream stream).",
        { status: 502, code: "upstream_stream_truncated" },
      );
    }
    if (this.includeUsage) {
      if (this.usage === undefined) this.warn("usageMetadata", "defaulted", "the stream carried no usageMetadata; usage reported as 0");
      return [this.chunk([], this.openaiUsage(this.usage ?? {}))];
    }
    return [];
  }

  private translate(geminiChunk: GeminiGenerateContentResponse, path: string): OpenAIChatCompletionChunk[] {
    this.header ??= resolveHeader(geminiChunk, this.context, this.warn);
    const out: OpenAIChatCompletionChunk[] = [];
    if (geminiChunk.usageMetadata !== undefined) {
      this.usage = geminiChunk.usageMetadata;
      this.usageSent = false;
    }
    const candidates = geminiChunk.candidates ?? [];
    const blockReason = geminiChunk.promptFeedback?.blockReason;
    if (candidates.length === 0 && blockReason !== undefined && this.choices.size === 0 && !this.blocked) {
      this.blocked = true; // throws instead with `blockedPrompt: "error"`
      const choice = mapBlockedPrompt({ ...geminiChunk.promptFeedback, blockReason }, this.context);
      const { message, ...rest } = choice;
      out.push(this.chunk([{ ...rest, delta: { role: "assistant", content: null } } as OpenAIChunkChoice]));
    }
    for (let position = 0; position < candidates.length; position++) {
      const candidate = candidates[position] as GeminiCandidate;
      const choice = this.choiceFor(candidate.index ?? position);
      const wasFinished = choice.finished;
      const translated = choice.push(candidate, `${path}.candidates[${position}]`);
      if (!wasFinished && choice.finished) this.finishedCount += 1;
      if (translated !== undefined) out.push(this.chunk([translated]));
    }
    // Without include_usage, usage rides on the chunk that finishes the last choice, as Google's endpoint does.
    if (!this.includeUsage && !this.usageSent && this.usage !== undefined && this.allFinished()) {
      const last = out.at(-1);
      if (last !== undefined) last.usage = this.openaiUsage(this.usage);
      else out.push(this.chunk([], this.openaiUsage(this.usage))); // usage trailing the finish: a choice-less chunk
      this.usageSent = true;
    }
    return out;
  }

  /** The usage that goes out (once per stream): the final cumulative metadata, checked like a unary one. */
  private openaiUsage(usage: GeminiUsageMetadata): OpenAIUsage {
    const normalized = normalizeUsage({ from: "gemini", usage, accounting: this.accounting });
    for (const warning of normalized.warnings) this.warnings.push(warning);
    return normalized.value;
  }

  private chunk(choiceList: OpenAIChunkChoice[], usageValue?: OpenAIUsage | null): OpenAIChatCompletionChunk {
    // Spelled out rather than spread (same key order as `{ ...header, object, choices }`): this runs for every chunk.
    const { id, created, model, system_fingerprint } = this.header as Header;
    const out: OpenAIChatCompletionChunk =
      system_fingerprint === undefined
        ? { id, created, model, object: "chat.completion.chunk", choices: choiceList }
        : { id, created, model, system_fingerprint, object: "chat.completion.chunk", choices: choiceList };
    if (usageValue !== undefined) out.usage = usageValue;
    else if (this.includeUsage) out.usage = null; // OpenAI: with include_usage every chunk but the last says `usage: null`
    return out;
  }

  private choiceFor(index: number): ChoiceStream {
    let choice = this.choices.get(index);
    if (choice === undefined) {
      const context = this.context;
      const includeThoughts = context.includeThoughts === true;
      choice = createChoiceStream(index, {
        includeThoughts,
        marker: includeThoughts && context.thoughtTagMarker !== "" ? context.thoughtTagMarker : undefined,
        imageOutput: context.imageOutput ?? "audio",
        completionId: this.header?.id ?? "",
        created: this.header?.created ?? 0,
        signatureMode: context.signatureMode ?? "extra_content",
        maxToolCallIdLength: context.maxToolCallIdLength,
        google: this.google,
        newToolCallId: this.newToolCallId,
        signatureStore: context.signatureStore,
        warn: this.warn,
      });
      this.choices.set(index, choice);
    }
    return choice;
  }

  private allFinished(): boolean {
    return this.blocked || (this.choices.size > 0 && this.finishedCount === this.choices.size);
  }
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
