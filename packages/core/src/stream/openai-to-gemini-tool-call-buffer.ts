import type { TranslationWarning } from "../shared/result";
import { joinPath } from "../shared/result";
import type { GeminiPart } from "../wire/gemini/gemini-content";
import type { OpenAIChunkToolCallDelta } from "../wire/openai/chunk";
import { functionCallPart } from "../response/openai-to-gemini-parts";

/**
 * Streamed tool-call fragments, buffered per `index` until the call is complete. Gemini's `functionCall.args` is an
 * object, so a call cannot be forwarded piece by piece: it is emitted whole when the next call starts (OpenAI
 * streams calls one after another), when its choice finishes, or when the stream ends. Fragments are kept in an
 * array and joined once, so a call streamed in many pieces stays linear.
 */
interface BufferedCall {
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
  /** Everything still buffered, in index order. */
  flush(): GeminiPart[];
  /** The finish message of the last malformed call (arguments not a JSON object), if any. */
  readonly malformedCall: string | undefined;
}

/** Index used for the legacy `function_call` delta, which has no index of its own. */
const LEGACY_INDEX = Number.MAX_SAFE_INTEGER;

export function createToolCallBuffer(warnings: TranslationWarning[], choicePath: string): ToolCallBuffer {
  const calls = new Map<number, BufferedCall>();
  let malformedCall: string | undefined;

  const emit = (call: BufferedCall): GeminiPart[] => {
    calls.delete(call.index);
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

  const flushBelow = (limit: number): GeminiPart[] => {
    const ready = [...calls.values()].filter((call) => call.index < limit).sort((a, b) => a.index - b.index);
    return ready.flatMap(emit);
  };

  const entry = (index: number): BufferedCall => {
    let call = calls.get(index);
    if (call === undefined) {
      call = { index, name: "", fragments: [], custom: false };
      calls.set(index, call);
    }
    return call;
  };

  return {
    push(deltas) {
      const out: GeminiPart[] = [];
      for (const delta of deltas) {
        // A new index means every earlier call is complete (calls stream one after another).
        if (!calls.has(delta.index)) out.push(...flushBelow(delta.index));
        const call = entry(delta.index);
        if (delta.id !== undefined && delta.id !== "") call.id = delta.id;
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
      const call = entry(LEGACY_INDEX);
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
