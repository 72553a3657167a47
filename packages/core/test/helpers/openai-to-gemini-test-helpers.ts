import type { OpenAIChatRequest } from "../../src/wire/openai";
import type { OpenAIToGeminiRequestOptions } from "../../src/request/openai-to-gemini-options";
import { openaiToGeminiRequest } from "../../src/request/openai-to-gemini-request";

/** Test shorthand: translate a literal (possibly non-conforming) request. */
export function translate(request: unknown, options?: OpenAIToGeminiRequestOptions) {
  return openaiToGeminiRequest(request as OpenAIChatRequest, options);
}

/** The thrown error of `fn` (fails the test when nothing is thrown). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/** Deep-freezes a JSON value without recursion (tests hand frozen inputs to prove nothing is mutated). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "object" && item !== null && !Object.isFrozen(item)) {
      Object.freeze(item);
      for (const child of Object.values(item)) stack.push(child);
    }
  }
  return value;
}
