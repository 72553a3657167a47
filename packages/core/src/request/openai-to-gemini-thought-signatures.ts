import type { GeminiContent } from "../wire/gemini";
import { type RequestState, SKIP_THOUGHT_SIGNATURE, warn } from "./openai-to-gemini-options";

/**
 * Gemini 3 rejects a request whose current turn has a function-call step without a thought signature
 * (SPEC-DIGEST §7.2). The current turn starts after the last user content holding anything other than function
 * responses; each model content after it is one step. A step whose calls carry no signature at all gets the
 * documented bypass value on its first `functionCall` part (§7.3, §7.7), with a warning. Steps that carry a
 * signature anywhere are left alone: signatures are never moved or duplicated.
 */
export function applySkipThoughtSignatures(contents: GeminiContent[], origins: readonly number[], state: RequestState): void {
  let start = 0;
  for (let c = contents.length - 1; c >= 0; c--) {
    const content = contents[c];
    if (content?.role === "user" && (content.parts ?? []).some((part) => part.functionResponse === undefined)) {
      start = c + 1;
      break;
    }
  }
  for (let c = start; c < contents.length; c++) {
    const content = contents[c];
    if (content?.role !== "model" || content.parts === undefined) continue;
    const calls = content.parts.filter((part) => part.functionCall !== undefined);
    const first = calls[0];
    if (first === undefined || calls.some((part) => part.thoughtSignature !== undefined)) continue;
    first.thoughtSignature = SKIP_THOUGHT_SIGNATURE;
    warn(
      state,
      `messages[${origins[c] ?? 0}].tool_calls`,
      "defaulted",
      `function call without a thought signature in the current turn; sent the bypass value ${SKIP_THOUGHT_SIGNATURE}`,
    );
  }
}
