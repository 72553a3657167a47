import { invalidChunk, objectAt, optionalArray, optionalExtraContent, optionalIndex, optionalObject, optionalOf } from "./accumulate-chunk-guards";

/**
 * Checks that `chunks` has the structure `accumulateOpenAIChatChunks` reads: an array of objects whose `choices` (an
 * array; absent or null on a usage-only chunk) hold objects with a `delta` object; string-or-null text fields;
 * `tool_calls` an array of fragment objects with an integer `index`; `logprobs` lists; `usage` an object.
 * Fields the accumulator copies without reading (audio, annotations, unknown keys) are not constrained.
 * Throws `GembridgeError` 400 `invalid_chunk` with a path like `chunks[3].choices[0].delta` (decision 0150).
 */
export function assertOpenAIChatChunks(chunks: unknown): void {
  if (!Array.isArray(chunks)) invalidChunk("chunks", "an array of chunks", chunks);
  chunks.forEach((raw, c) => {
    const path = `chunks[${c}]`;
    const chunk = objectAt(raw, path);
    optionalOf(chunk.id, "string", `${path}.id`);
    optionalOf(chunk.created, "number", `${path}.created`);
    optionalOf(chunk.model, "string", `${path}.model`);
    optionalOf(chunk.system_fingerprint, "string", `${path}.system_fingerprint`);
    optionalOf(chunk.service_tier, "string", `${path}.service_tier`);
    optionalObject(chunk.usage, `${path}.usage`);
    optionalArray(chunk.choices, `${path}.choices`)?.forEach((choice, i) => {
      assertChoice(choice, `${path}.choices[${i}]`);
    });
  });
}

function assertChoice(raw: unknown, path: string): void {
  const choice = objectAt(raw, path);
  optionalIndex(choice.index, `${path}.index`);
  optionalOf(choice.finish_reason, "string", `${path}.finish_reason`);
  const logprobs = optionalObject(choice.logprobs, `${path}.logprobs`);
  if (logprobs !== undefined) {
    optionalArray(logprobs.content, `${path}.logprobs.content`);
    optionalArray(logprobs.refusal, `${path}.logprobs.refusal`);
  }
  optionalExtraContent(choice.extra_content, `${path}.extra_content`);
  const delta = objectAt(choice.delta, `${path}.delta`);
  for (const key of ["content", "refusal", "reasoning_content"] as const) optionalOf(delta[key], "string", `${path}.delta.${key}`);
  optionalExtraContent(delta.extra_content, `${path}.delta.extra_content`);
  optionalArray(delta.tool_calls, `${path}.delta.tool_calls`)?.forEach((fragment, t) => {
    assertToolCallFragment(fragment, `${path}.delta.tool_calls[${t}]`);
  });
}

function assertToolCallFragment(raw: unknown, path: string): void {
  const fragment = objectAt(raw, path);
  if (fragment.index === undefined || fragment.index === null) invalidChunk(`${path}.index`, "a non-negative integer", fragment.index);
  optionalIndex(fragment.index, `${path}.index`);
  optionalOf(fragment.id, "string", `${path}.id`);
  optionalOf(fragment.type, "string", `${path}.type`);
  const fn = optionalObject(fragment.function, `${path}.function`);
  if (fn !== undefined) {
    optionalOf(fn.name, "string", `${path}.function.name`);
    optionalOf(fn.arguments, "string", `${path}.function.arguments`);
  }
  optionalExtraContent(fragment.extra_content, `${path}.extra_content`);
}
