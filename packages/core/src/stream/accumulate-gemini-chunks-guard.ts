import { invalidChunk, objectAt, optionalArray, optionalIndex, optionalObject, optionalOf } from "./accumulate-chunk-guards";

/**
 * Checks that `chunks` has the structure `accumulateGeminiChunks` reads: an array of objects; `candidates`, `parts`,
 * `partialArgs`, `chosenCandidates`, `topCandidates` arrays (proto3 JSON: `null` = unset); candidates, `content`,
 * parts, `functionCall`, its `args` and `logprobsResult` objects; the scalars it merges on (`text`, `thought`,
 * `thoughtSignature`, `name`, `willContinue`, `jsonPath`, the typed partial values) of their proto3 JSON types.
 * Everything it copies without reading is left to the wire schemas. Throws `GembridgeError` 400 `invalid_chunk` with
 * a path like `chunks[2].candidates[0].content.parts[1]` (decision 0150).
 */
export function assertGeminiChunks(chunks: unknown): void {
  if (!Array.isArray(chunks)) invalidChunk("chunks", "an array of chunks", chunks);
  chunks.forEach((raw, c) => {
    const chunk = objectAt(raw, `chunks[${c}]`);
    optionalArray(chunk.candidates, `chunks[${c}].candidates`)?.forEach((candidate, i) => {
      assertCandidate(candidate, `chunks[${c}].candidates[${i}]`);
    });
  });
}

function assertCandidate(raw: unknown, path: string): void {
  const candidate = objectAt(raw, path);
  optionalIndex(candidate.index, `${path}.index`);
  const logprobs = optionalObject(candidate.logprobsResult, `${path}.logprobsResult`);
  if (logprobs !== undefined) {
    optionalArray(logprobs.chosenCandidates, `${path}.logprobsResult.chosenCandidates`);
    optionalArray(logprobs.topCandidates, `${path}.logprobsResult.topCandidates`);
  }
  const content = optionalObject(candidate.content, `${path}.content`);
  optionalArray(content?.parts, `${path}.content.parts`)?.forEach((part, p) => {
    assertPart(part, `${path}.content.parts[${p}]`);
  });
}

function assertPart(raw: unknown, path: string): void {
  const part = objectAt(raw, path);
  optionalOf(part.text, "string", `${path}.text`);
  optionalOf(part.thought, "boolean", `${path}.thought`);
  optionalOf(part.thoughtSignature, "string", `${path}.thoughtSignature`);
  const call = optionalObject(part.functionCall, `${path}.functionCall`);
  if (call === undefined) return;
  optionalOf(call.name, "string", `${path}.functionCall.name`);
  optionalOf(call.willContinue, "boolean", `${path}.functionCall.willContinue`);
  optionalObject(call.args, `${path}.functionCall.args`);
  optionalArray(call.partialArgs, `${path}.functionCall.partialArgs`)?.forEach((item, a) => {
    const at = `${path}.functionCall.partialArgs[${a}]`;
    const fragment = objectAt(item, at);
    optionalOf(fragment.jsonPath, "string", `${at}.jsonPath`);
    optionalOf(fragment.stringValue, "string", `${at}.stringValue`);
    optionalOf(fragment.numberValue, "number", `${at}.numberValue`);
    optionalOf(fragment.boolValue, "boolean", `${at}.boolValue`);
    optionalOf(fragment.willContinue, "boolean", `${at}.willContinue`);
  });
}
