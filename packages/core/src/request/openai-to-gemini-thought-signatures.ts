import { GembridgeError } from "../errors/gembridge-error";
import { checkThoughtSignatures } from "../signature/check-thought-signatures";
import { thoughtSignatureRule } from "../signature/thought-signature-rules";
import type { GeminiContent, GeminiPart } from "../wire/gemini";
import type { OpenAIToGeminiRequestOptions, RequestState } from "./openai-to-gemini-options";
import { warn } from "./openai-to-gemini-options";

/**
 * Gemini 3 rejects a request whose current turn has a function-call step (or a model image) without a thought
 * signature (https://ai.google.dev/gemini-api/docs/thought-signatures). `checkThoughtSignatures` lists those parts;
 * each is repaired here with a warning: from the signature store, else with the documented bypass value (decision
 * 0056). With `skipThoughtSignature: false` nothing is invented: strict mode answers 400, otherwise the part is sent
 * unsigned with a `missing_signature` warning. Steps signed anywhere are left alone: signatures are never moved.
 */
/** How a warning names the part each rule is about. */
const ISSUE_NAMES = { function_call: "function call", image: "image part", server_tool: "server-side tool part" } as const;

export function repairThoughtSignatures(
  contents: GeminiContent[],
  origins: readonly number[],
  state: RequestState,
  options: OpenAIToGeminiRequestOptions,
): void {
  const enforced = state.capabilities.requiresThoughtSignatures || options.skipThoughtSignature === true;
  if (!enforced) return;
  // The capability table (or the caller) says "validated"; the family rule says what is validated.
  const rule = thoughtSignatureRule(state.model) ?? { functionCalls: true, images: false };
  const skip = options.skipThoughtSignature !== false;
  const issues = checkThoughtSignatures({ contents }, state.model, {
    dialect: state.dialect,
    ...(state.signatureStore === undefined ? {} : { signatureStore: state.signatureStore }),
    skip,
    rule,
  });
  for (const issue of issues) {
    const part = contents[issue.contentIndex]?.parts?.[issue.partIndex] as GeminiPart;
    const what = ISSUE_NAMES[issue.rule];
    const path = `messages[${origins[issue.contentIndex] ?? 0}]${issue.rule === "function_call" ? ".tool_calls" : ".content"}`;
    const { repair } = issue;
    if (repair.kind === "store") {
      part.thoughtSignature = repair.signature;
      warn(state, path, "restored", `${what} without a thought signature in the current turn; restored it from the signature store`);
    } else if (repair.kind === "skip") {
      part.thoughtSignature = repair.signature;
      warn(state, path, "defaulted", `${what} without a thought signature in the current turn; sent the bypass value ${repair.signature}`);
    } else if (state.strict) {
      throw new GembridgeError(`The ${what} at '${path}' has no thought signature, which ${state.model} requires in the current turn.`, {
        status: 400,
        code: "missing_thought_signature",
        param: path,
      });
    } else {
      warn(state, path, "missing_signature", `${what} without a thought signature in the current turn; Gemini will reject it`);
    }
  }
}
