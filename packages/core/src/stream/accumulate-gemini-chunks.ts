import type { GeminiCandidate, GeminiFunctionCall, GeminiGenerateContentResponse, GeminiPart, GeminiPartialArg } from "../wire/gemini";
import { isObject } from "./accumulate-chunk-guards";
import { assertGeminiChunks } from "./accumulate-gemini-chunks-guard";
import { parseJsonPath } from "./gemini-to-openai-json-path";

/**
 * Folds a Gemini stream (`streamGenerateContent` chunks) into the one `GenerateContentResponse` a unary call would
 * have returned, so "streamed equals non-streamed" is a one-line test. Never mutates the chunks.
 *
 * - Candidates by `index`; for each, the last value of every field wins (`finishReason`, `safetyRatings`,
 *   `groundingMetadata`, …), `logprobsResult` steps are concatenated.
 * - Parts in order. Consecutive text parts merge only when neither carries a `thoughtSignature` and both are
 *   plain text or both are thoughts (https://ai.google.dev/gemini-api/docs/thought-signatures rule 6: never merge signed parts; position matters).
 * - Streamed function calls (`partialArgs`) are assembled into `args`: a part with a `name` opens the call, parts
 *   without one extend it, the call closes on a part without `willContinue`. A signature arriving on a later
 *   fragment lands on the call's part. `willContinue`/`partialArgs` do not appear in the result.
 * - `usageMetadata` from the last chunk that has it; `responseId`, `modelVersion`, `createTime`, `promptFeedback`
 *   from the first chunk that has them.
 * - `null` is proto3 JSON for "unset". Malformed chunks (`candidates: false`, `parts` not an array, …) throw a
 *   `GembridgeError` 400 `invalid_chunk` with the path, e.g. `chunks[2].candidates[0].content.parts` (decision 0150).
 *
 * @example accumulateGeminiChunks([{ candidates: [{ content: { parts: [{ text: "He" }] } }] },
 *   { candidates: [{ content: { parts: [{ text: "llo" }] }, finishReason: "STOP" }] }])
 * // { candidates: [{ content: { role: "model", parts: [{ text: "Hello" }] }, finishReason: "STOP" }] }
 */
export function accumulateGeminiChunks(chunks: readonly GeminiGenerateContentResponse[]): GeminiGenerateContentResponse {
  assertGeminiChunks(chunks);
  const out: Record<string, unknown> = {};
  const candidates = new Map<number, CandidateState>();
  for (const chunk of chunks) {
    for (const [key, value] of Object.entries(chunk)) {
      if (key === "candidates" || value === undefined) continue;
      const firstWins = key === "responseId" || key === "modelVersion" || key === "createTime" || key === "promptFeedback";
      if (!firstWins || out[key] === undefined) out[key] = value;
    }
    (chunk.candidates ?? []).forEach((candidate, position) => {
      const index = candidate.index ?? position;
      let state = candidates.get(index);
      if (state === undefined) {
        state = { fields: {}, parts: [], open: undefined, sawContent: false };
        candidates.set(index, state);
      }
      addCandidate(state, candidate);
    });
  }
  const result = out as GeminiGenerateContentResponse;
  if (candidates.size > 0) {
    result.candidates = [...candidates.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, state]) => {
        const candidate = { ...state.fields } as GeminiCandidate;
        if (state.sawContent) candidate.content = { role: "model", parts: state.parts };
        return candidate;
      });
  }
  return result;
}

interface OpenCall {
  part: GeminiPart & { functionCall: GeminiFunctionCall & { args: Record<string, unknown> } };
  /** The jsonPath of a string still receiving pieces. */
  stringPath: string | undefined;
}

interface CandidateState {
  fields: Record<string, unknown>;
  parts: GeminiPart[];
  open: OpenCall | undefined;
  sawContent: boolean;
}

/** `"text"`/`"thought"` for a part that may merge with a neighbour of the same kind; `undefined` otherwise. */
export function mergeableTextKind(part: GeminiPart): "text" | "thought" | undefined {
  if (typeof part.text !== "string" || part.thoughtSignature !== undefined) return undefined;
  for (const key of Object.keys(part)) if (key !== "text" && key !== "thought") return undefined;
  return part.thought === true ? "thought" : "text";
}

function addCandidate(state: CandidateState, candidate: GeminiCandidate): void {
  for (const [key, value] of Object.entries(candidate)) {
    if (value === undefined || key === "content") continue;
    if (key === "logprobsResult") state.fields[key] = concatLogprobs(state.fields[key], value);
    else state.fields[key] = value;
  }
  if (candidate.content === undefined || candidate.content === null) return;
  state.sawContent = true;
  for (const part of candidate.content.parts ?? []) {
    if (isObject(part.functionCall)) addFunctionCall(state, part, part.functionCall);
    else {
      const kind = mergeableTextKind(part);
      const last = state.parts.at(-1);
      if (kind !== undefined && last !== undefined && last !== state.open?.part && mergeableTextKind(last) === kind) {
        state.parts[state.parts.length - 1] = { ...last, text: `${last.text}${part.text}` };
      } else state.parts.push({ ...part });
    }
  }
}

function addFunctionCall(state: CandidateState, part: GeminiPart, call: GeminiFunctionCall): void {
  const streamed = call.willContinue === true || (call.partialArgs?.length ?? 0) > 0;
  if (typeof call.name === "string") {
    state.open = undefined;
    const { partialArgs: _fragments, willContinue: _more, ...rest } = call;
    const args: Record<string, unknown> = streamed ? {} : { ...(call.args ?? {}) };
    const copy = { ...part, functionCall: { ...rest, args } };
    state.parts.push(copy);
    if (!streamed) {
      if (call.args === undefined || call.args === null) delete (copy.functionCall as { args?: unknown }).args;
      return;
    }
    state.open = { part: copy, stringPath: undefined };
  } else if (state.open === undefined) {
    if (call.args !== undefined || (call.partialArgs?.length ?? 0) > 0) state.parts.push({ ...part });
    return;
  }
  const open = state.open;
  if (typeof part.thoughtSignature === "string" && open.part.thoughtSignature === undefined) {
    open.part.thoughtSignature = part.thoughtSignature;
  }
  for (const fragment of call.partialArgs ?? []) applyFragment(open, fragment);
  if (call.willContinue !== true) state.open = undefined;
}

/** Same refusal bound as the streaming writer: a far index would make `JSON.stringify` write that many nulls. */
const MAX_ARRAY_GAP = 1024;

function applyFragment(open: OpenCall, fragment: GeminiPartialArg): void {
  const path = typeof fragment.jsonPath === "string" ? parseJsonPath(fragment.jsonPath) : null;
  if (path === null || path.length === 0 || typeof path[0] !== "string") return;
  let node: Record<string | number, unknown> = open.part.functionCall.args;
  for (let depth = 0; depth < path.length - 1; depth += 1) {
    const segment = path[depth] as string | number;
    const wantArray = typeof path[depth + 1] === "number";
    let child = node[segment];
    if (typeof child !== "object" || child === null || Array.isArray(child) !== wantArray) {
      if (!place(node, segment, wantArray ? [] : {})) return;
      child = node[segment];
    }
    node = child as Record<string | number, unknown>;
  }
  const leaf = path[path.length - 1] as string | number;
  const piece = fragment.stringValue;
  if (typeof piece === "string") {
    const previous = node[leaf];
    const continues = open.stringPath === fragment.jsonPath && typeof previous === "string";
    place(node, leaf, continues ? previous + piece : piece);
    open.stringPath = fragment.willContinue === true ? fragment.jsonPath : undefined;
    return;
  }
  open.stringPath = undefined;
  if (typeof fragment.numberValue === "number") place(node, leaf, fragment.numberValue);
  else if (typeof fragment.boolValue === "boolean") place(node, leaf, fragment.boolValue);
  else if (fragment.nullValue !== undefined) place(node, leaf, null); // "NULL_VALUE" or a JSON null: both mean null
}

/** Own-property write (a member named `__proto__` must not reach the prototype); false if the slot is unusable. */
function place(node: Record<string | number, unknown>, key: string | number, value: unknown): boolean {
  const isArray = Array.isArray(node);
  if (isArray !== (typeof key === "number")) return false;
  if (isArray && (key as number) - (node as unknown as unknown[]).length > MAX_ARRAY_GAP) return false;
  Object.defineProperty(node, key, { value, writable: true, enumerable: true, configurable: true });
  return true;
}

function concatLogprobs(previous: unknown, next: unknown): unknown {
  if (previous === undefined || previous === null) return next;
  if (next === null) return previous;
  const a = previous as { chosenCandidates?: unknown[]; topCandidates?: unknown[] };
  const b = next as { chosenCandidates?: unknown[]; topCandidates?: unknown[] };
  return {
    ...a,
    ...b,
    chosenCandidates: [...(a.chosenCandidates ?? []), ...(b.chosenCandidates ?? [])],
    topCandidates: [...(a.topCandidates ?? []), ...(b.topCandidates ?? [])],
  };
}
