import type { OpenAIChatCompletion, OpenAIChatCompletionChunk } from "../wire/openai";
import type { OpenAIUpstreamChatCompletion, OpenAIUpstreamChatCompletionChunk } from "../wire/openai/upstream";
import {
  OPENAI_CHAT_COMPLETION_CHUNK_SHAPE,
  OPENAI_CHAT_COMPLETION_SHAPE,
  OPENAI_UPSTREAM_CHAT_COMPLETION_CHUNK_SHAPE,
  OPENAI_UPSTREAM_CHAT_COMPLETION_SHAPE,
} from "./openai-response-shape";
import { readShape } from "./shape";

export interface ReadOpenAIChatCompletionOptions {
  /** Path prefix of faults: `chunks[3]` for a stream event; default none. */
  root?: string;
  /** Code instead of `invalid_upstream_response`. */
  code?: string;
}

/**
 * An OpenAI-compatible backend's `chat.completion` from unknown JSON, read in one pass: the typed value (the input
 * itself), or a 502 `GembridgeError` naming the first bad field (decision 0242). Accepts exactly what
 * `parseOpenAIChatCompletion` accepts, without zod.
 */
export function readOpenAIChatCompletion(input: unknown, options: ReadOpenAIChatCompletionOptions = {}): OpenAIChatCompletion {
  return readShape(OPENAI_CHAT_COMPLETION_SHAPE, input, context("OpenAI chat.completion", options), options.root ?? "") as OpenAIChatCompletion;
}

/** One `chat.completion.chunk` (an SSE `data:` payload, already JSON-parsed), read like `readOpenAIChatCompletion`. */
export function readOpenAIChatCompletionChunk(input: unknown, options: ReadOpenAIChatCompletionOptions = {}): OpenAIChatCompletionChunk {
  return readShape(OPENAI_CHAT_COMPLETION_CHUNK_SHAPE, input, context("OpenAI chat.completion.chunk", options), options.root ?? "") as OpenAIChatCompletionChunk;
}

/**
 * A backend's `chat.completion` as the reverse translators read it: the envelope fields may be missing or `null`
 * (decision 0153), everything translated keeps the strict shape. Same verdicts as `parseUpstreamChatCompletion`.
 */
export function readOpenAIUpstreamChatCompletion(input: unknown): OpenAIUpstreamChatCompletion {
  return readShape(OPENAI_UPSTREAM_CHAT_COMPLETION_SHAPE, withoutNullEnvelope(input), context("OpenAI chat.completion", {})) as OpenAIUpstreamChatCompletion;
}

/** One backend `chat.completion.chunk`, read like `readOpenAIUpstreamChatCompletion`. */
export function readOpenAIUpstreamChatCompletionChunk(input: unknown): OpenAIUpstreamChatCompletionChunk {
  return readShape(OPENAI_UPSTREAM_CHAT_COMPLETION_CHUNK_SHAPE, withoutNullEnvelope(input), context("OpenAI chat.completion.chunk", {})) as OpenAIUpstreamChatCompletionChunk;
}

const context = (what: string, options: ReadOpenAIChatCompletionOptions) => ({
  party: "upstream" as const,
  what,
  ...(options.code === undefined ? {} : { code: options.code }),
});

const ENVELOPE_KEYS = ["id", "object", "created", "model"] as const;

/** `null` on an envelope field means "not sent": dropped on a shallow copy so the types stay `string | undefined`. */
export function withoutNullEnvelope(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (!ENVELOPE_KEYS.some((key) => record[key] === null && Object.hasOwn(record, key))) return input;
  const copy = { ...record };
  for (const key of ENVELOPE_KEYS) if (copy[key] === null) delete copy[key];
  return copy;
}
