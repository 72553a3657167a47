import type { TranslationWarning } from "../shared/result";
import { joinPath } from "../shared/result";
import type { GeminiPart } from "../wire/gemini/gemini-content";
import type { OpenAIChunkToolCallDelta } from "../wire/openai/chunk";
import { functionCallPart } from "../response/openai-to-gemini-parts";

/**
 * Streamed tool-call fragments, buffered until the call is complete. Gemini's `functionCall.args` is an object, so a
 * call cannot be forwarded piece by piece: it is emitted whole when a call at a higher index starts (OpenAI streams
 * calls one after another), when its choice finishes, or when the stream ends. Fragments are kept in an array and
 * joined once, so a call streamed in many pieces stays linear.
 *
 * A fragment belongs to the call with its `id` when it has one, and to the open call at its `index` otherwise:
 * Google's OpenAI-compatible endpoint repeats the id on every fragment but numbers the same call 1 and then 0
 * (seed page §6), so keying by index alone gave one call the other's id and moved its thought signature
 * (docs/decisions/0131-reverse-stream-tool-calls-keyed-by-id.md).
 */
interface BufferedCall {
  /** The index of the call's first fragment: orders the "earlier calls are complete" rule and warning paths. */
  index: number;
  id?: string;
  name: string;
  fragments: string[];
  /** Custom (free-form) tools stream `custom.input`; they become `args: { input }`. */
  custom: boolean;
  signature?: string;
}

export interface ToolCallBuffer {
  /** Add fragments; returns the parts of calls this completes (earlier indexes, once a later one starts). */
  push(deltas: readonly OpenAIChunkToolCallDelta[]): GeminiPart[];
  /** The legacy `function_call` delta, buffered as one more call. */
  pushLegacy(delta: { name?: string | undefined; arguments?: string | undefined }): void;
  /** Everything still buffered, in the order the calls started. */
  flush(): GeminiPart[];
  /** The finish message of the last malformed call (arguments not a JSON object), if any. */
  readonly malformedCall: string | undefined;
}

/** Index used for the legacy `function_call` delta, which has no index of its own. */
const LEGACY_INDEX = Number.MAX_SAFE_INTEGER;

export function createToolCallBuffer(warnings: TranslationWarning[], choicePath: string): ToolCallBuffer {
  /** Open calls in the order they started (a Set keeps insertion order and deletes in O(1)). */
  const open = new Set<BufferedCall>();
  /** The call the last fragment at each index went to: where an id-less fragment continues (while still open). */
  const atIndex = new Map<number, BufferedCall>();
  const byId = new Map<string, BufferedCall>();
  let malformedCall: string | undefined;

  const emit = (call: BufferedCall): GeminiPart[] => {
    open.delete(call);
    if (call.id !== undefined && byId.get(call.id) === call) byId.delete(call.id);
    const text = call.fragments.join("");
    const argumentsText = call.custom ? JSON.stringify({ input: text }) : text;
    if (call.custom) {
      warnings.push({
        path: joinPath(choicePath, "delta", "tool_calls", call.index),
        code: "approximated",
        message: "custom tool call returned as functionCall with args {input}",
      });
    }
    const result = functionCallPart({ id: call.id, name: call.name, arguments: argumentsText }, call.signature);
    if (result.ok) return [result.part];
    malformedCall = result.finishMessage;
    warnings.push({
      path: joinPath(choicePath, "delta", "tool_calls", call.index, "function", "arguments"),
      code: "malformed_function_call",
      message: `${result.reason}; the call is reported as MALFORMED_FUNCTION_CALL`,
    });
    return [];
  };

  const flushBelow = (limit: number): GeminiPart[] => [...open].filter((call) => call.index < limit).flatMap(emit);

  const start = (index: number, id: string | undefined, out: GeminiPart[] | undefined): BufferedCall => {
    // A call starting at a higher index means every call started at a lower one is complete.
    if (out !== undefined) out.push(...flushBelow(index));
    const call: BufferedCall = { index, name: "", fragments: [], custom: false };
    if (id !== undefined) {
      call.id = id;
      byId.set(id, call);
    }
    open.add(call);
    return call;
  };

  /** The call a fragment belongs to: by id first, then the open call at its index (adopting the id if it had none). */
  const callFor = (index: number, id: string | undefined, out: GeminiPart[] | undefined): BufferedCall => {
    const known = id === undefined ? undefined : byId.get(id);
    if (known !== undefined) return known;
    const current = atIndex.get(index);
    if (current === undefined || !open.has(current)) return start(index, id, out);
    if (id === undefined) return current;
    if (current.id === undefined) {
      current.id = id;
      byId.set(id, current);
      return current;
    }
    return start(index, id, out);
  };

  return {
    push(deltas) {
      const out: GeminiPart[] = [];
      for (const delta of deltas) {
        const id = delta.id === "" ? undefined : delta.id;
        const call = callFor(delta.index, id, out);
        atIndex.set(delta.index, call);
        if (delta.type === "custom" || delta.custom !== undefined) call.custom = true;
        const name = delta.function?.name ?? delta.custom?.name;
        if (name !== undefined && name !== "") call.name = name;
        const fragment = delta.function?.arguments ?? delta.custom?.input;
        if (fragment !== undefined) call.fragments.push(fragment);
        const signature = delta.extra_content?.google?.thought_signature;
        if (signature !== undefined && signature !== "") call.signature = signature;
      }
      return out;
    },
    pushLegacy(delta) {
      // Legacy deltas complete no other call (`out` undefined: nothing is flushed).
      const call = callFor(LEGACY_INDEX, undefined, undefined);
      atIndex.set(LEGACY_INDEX, call);
      if (delta.name !== undefined && delta.name !== "") call.name = delta.name;
      if (delta.arguments !== undefined) call.fragments.push(delta.arguments);
    },
    flush() {
      return flushBelow(Number.POSITIVE_INFINITY);
    },
    get malformedCall() {
      return malformedCall;
    },
  };
}
