import type {
  OpenAIChatCompletion,
  OpenAIChatCompletionChoice,
  OpenAIChatCompletionChunk,
  OpenAIChatCompletionMessage,
  OpenAIToolCall,
} from "../wire/openai";
import { isObject } from "./accumulate-chunk-guards";
import { assignOwn, cloneJson } from "./accumulate-clone-json";
import { assertOpenAIChatChunks } from "./accumulate-openai-chat-chunks-guard";

/**
 * Folds `chat.completion.chunk`s into the `chat.completion` they describe, the way the openai SDK's stream helper
 * does: `content`, `refusal` and `reasoning_content` concatenated; tool calls grouped by `index`, their `id`, `type`
 * and name taken from the first fragment that has them (assigned, not concatenated, so a provider that repeats the
 * name on every fragment — Google's endpoint does — still yields one name), `arguments` concatenated; the last
 * non-null `finish_reason`; logprob tokens concatenated; `usage` from the last chunk that carries one (the
 * choice-less usage chunk of `include_usage`). Chunk-level fields (`id`, `created`, `model`, `system_fingerprint`)
 * come from the first chunk.
 *
 * `extra_content.google` objects are merged key by key (later wins), except: thought signatures are collected in
 * order into `thought_signature` (the first) and `thought_signatures` (all, when more than one), and raw
 * `gemini_parts` are concatenated — the same shape `geminiToOpenAIResponse` gives a message. The first `audio` wins;
 * `images` are concatenated. Never mutates the chunks.
 *
 * Malformed chunks (not objects, `choices` not an array, a choice without `delta`, …) throw a `GembridgeError` 400
 * `invalid_chunk` whose `param` is the path, e.g. `chunks[3].choices[0].delta` (decision 0150). A choice without
 * `index` takes its position in the chunk.
 *
 * @example accumulateOpenAIChatChunks([
 *   { id: "c", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta: { role: "assistant", content: "He" }, finish_reason: null }] },
 *   { id: "c", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta: { content: "llo" }, finish_reason: "stop" }] },
 * ]).choices[0].message.content // "Hello"
 */
export function accumulateOpenAIChatChunks(chunks: readonly OpenAIChatCompletionChunk[]): OpenAIChatCompletion {
  assertOpenAIChatChunks(chunks);
  const first = chunks[0];
  const completion: OpenAIChatCompletion = {
    id: first?.id ?? "",
    object: "chat.completion",
    created: first?.created ?? 0,
    model: first?.model ?? "",
    choices: [],
  };
  if (first?.system_fingerprint !== undefined) completion.system_fingerprint = first.system_fingerprint;
  const choices = new Map<number, ChoiceState>();
  for (const chunk of chunks) {
    if (chunk.usage !== undefined && chunk.usage !== null) completion.usage = cloneJson(chunk.usage);
    if (chunk.service_tier !== undefined) completion.service_tier = chunk.service_tier;
    (chunk.choices ?? []).forEach((choice, position) => {
      const index = choice.index ?? position;
      let state = choices.get(index);
      if (state === undefined) {
        state = newChoice(index);
        choices.set(index, state);
      }
      addChoice(state, choice);
    });
  }
  completion.choices = [...choices.values()].sort((a, b) => a.choice.index - b.choice.index).map(finalize);
  return completion;
}

interface ChoiceState {
  choice: OpenAIChatCompletionChoice;
  message: OpenAIChatCompletionMessage;
  calls: Map<number, OpenAIToolCall>;
  signatures: string[];
}

type Chunk = OpenAIChatCompletionChunk;
type ChunkChoice = Chunk["choices"][number];

function newChoice(index: number): ChoiceState {
  const message: OpenAIChatCompletionMessage = { role: "assistant", content: null, refusal: null };
  return { choice: { index, message, finish_reason: null, logprobs: null }, message, calls: new Map(), signatures: [] };
}

function addChoice(state: ChoiceState, choice: ChunkChoice): void {
  const { message } = state;
  if (choice.finish_reason !== undefined && choice.finish_reason !== null) state.choice.finish_reason = choice.finish_reason;
  if (choice.logprobs !== undefined && choice.logprobs !== null) {
    const previous = state.choice.logprobs;
    state.choice.logprobs = {
      content: joinLists(previous?.content, choice.logprobs.content),
      refusal: joinLists(previous?.refusal, choice.logprobs.refusal),
    };
  }
  const choiceExtra = (choice as { extra_content?: { google?: Record<string, unknown> | null } | null }).extra_content;
  if (isObject(choiceExtra)) {
    const target = state.choice as { extra_content?: { google: Record<string, unknown> } };
    target.extra_content = { google: { ...(target.extra_content?.google ?? {}), ...cloneJson(choiceExtra.google ?? {}) } };
  }
  const { role: _role, content, refusal, reasoning_content, tool_calls, extra_content, ...rest } = choice.delta;
  if (typeof content === "string") message.content = (message.content ?? "") + content;
  if (typeof refusal === "string") message.refusal = (message.refusal ?? "") + refusal;
  if (typeof reasoning_content === "string") message.reasoning_content = (message.reasoning_content ?? "") + reasoning_content;
  for (const fragment of tool_calls ?? []) {
    let call = state.calls.get(fragment.index);
    if (call === undefined) {
      call = { id: "", type: "function", function: { name: "", arguments: "" } };
      state.calls.set(fragment.index, call);
    }
    if (typeof fragment.id === "string" && call.id === "") call.id = fragment.id;
    if (call.type === "function") {
      const name = fragment.function?.name;
      if (typeof name === "string" && call.function.name === "") call.function.name = name;
      call.function.arguments += fragment.function?.arguments ?? "";
    }
    const google = fragment.extra_content?.google;
    if (isObject(google)) call.extra_content = { google: { ...(call.extra_content?.google ?? {}), ...cloneJson(google) } };
  }
  if (isObject(extra_content?.google)) mergeMessageExtra(state, extra_content.google);
  // Other delta fields: the first `audio`, arrays (`images`, `annotations`) concatenated, anything else last wins.
  // Own-property reads and writes: a key named `__proto__` is data here.
  const target = message as Record<string, unknown>;
  for (const [key, value] of Object.entries(rest)) {
    const previous = Object.hasOwn(target, key) ? target[key] : undefined;
    if (value === undefined || (key === "audio" && previous !== undefined && previous !== null)) continue;
    const next = Array.isArray(value) && Array.isArray(previous) ? [...previous, ...cloneJson(value)] : cloneJson(value);
    assignOwn(target, { [key]: next });
  }
}

function mergeMessageExtra(state: ChoiceState, google: Record<string, unknown>): void {
  const target = { ...(state.message.extra_content?.google ?? {}) } as Record<string, unknown>;
  const { thought_signature, thought_signatures, gemini_parts, ...others } = google;
  if (Array.isArray(thought_signatures)) {
    for (const signature of thought_signatures) if (typeof signature === "string") state.signatures.push(signature);
  } else if (typeof thought_signature === "string") state.signatures.push(thought_signature);
  if (Array.isArray(gemini_parts)) target.gemini_parts = [...((target.gemini_parts as unknown[]) ?? []), ...cloneJson(gemini_parts)];
  assignOwn(target, cloneJson(others));
  if (state.signatures.length > 0) target.thought_signature = state.signatures[0];
  if (state.signatures.length > 1) target.thought_signatures = [...state.signatures];
  state.message.extra_content = { google: target };
}

function joinLists<T>(previous: T[] | null | undefined, next: T[] | null | undefined): T[] | null {
  if (next === undefined || next === null) return previous ?? null;
  return [...(previous ?? []), ...cloneJson(next)];
}

function finalize(state: ChoiceState): OpenAIChatCompletionChoice {
  if (state.calls.size > 0) {
    state.message.tool_calls = [...state.calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
  }
  return state.choice;
}
