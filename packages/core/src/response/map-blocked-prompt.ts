import { GembridgeError } from "../errors/gembridge-error";
import type { GeminiPromptFeedback } from "../wire/gemini";
import type { OpenAIChatCompletionChoice } from "../wire/openai";
import { snakeCase } from "./gemini-candidate-to-openai-choice";
import type { OpenAIOutputProfile } from "./response-options";

/**
 * A prompt Gemini refused to answer (`promptFeedback.blockReason`, no candidates). Default: HTTP 200 with one
 * `content_filter` choice whose content is null, the feedback kept raw on the choice — what OpenAI does when its own
 * filter withholds output. With `blockedPrompt: "error"`: a 400 `GembridgeError` with code `content_filter` (the code
 * Azure OpenAI uses for filtered prompts), for clients that only handle refusals as errors.
 */
export function mapBlockedPrompt(
  feedback: GeminiPromptFeedback & { blockReason: string },
  options: { blockedPrompt?: "choice" | "error" | undefined; outputProfile?: OpenAIOutputProfile | undefined },
): OpenAIChatCompletionChoice {
  if (options.blockedPrompt === "error") {
    const detail = feedback.blockReasonMessage === undefined ? "" : `: ${feedback.blockReasonMessage}`;
    throw new GembridgeError(`The prompt was blocked by Gemini (${feedback.blockReason})${detail}`, {
      status: 400,
      code: "content_filter",
      param: "messages",
    });
  }
  const google: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(feedback)) google[snakeCase(field)] = value;
  const message: OpenAIChatCompletionChoice["message"] = { role: "assistant", content: null };
  if (options.outputProfile !== "google") message.refusal = null;
  const choice: OpenAIChatCompletionChoice = { index: 0, message, finish_reason: "content_filter", logprobs: null };
  (choice as Record<string, unknown>).extra_content = { google };
  return choice;
}
