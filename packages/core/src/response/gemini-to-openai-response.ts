import { GembridgeError } from "../errors/gembridge-error";
import { normalizeUsage } from "../usage/normalize-usage";
import type { Translation, TranslationWarning } from "../shared/result";
import type { GeminiCandidate, GeminiGenerateContentResponse } from "../wire/gemini";
import type { OpenAIChatCompletion, OpenAIChatCompletionChoice } from "../wire/openai";
import { geminiCandidateToOpenAIChoice } from "./gemini-candidate-to-openai-choice";
import { mapBlockedPrompt } from "./map-blocked-prompt";
import { createTimeToUnixSeconds, defaultCompletionId, defaultToolCallId } from "./response-ids";
import type { GeminiToOpenAIResponseContext } from "./response-options";

/**
 * Gemini `GenerateContentResponse` → OpenAI `chat.completion` (docs/readme/response.md). Pure: ids and time come
 * from the response or the context (`newId`, `now`), never from a clock or a random source.
 *
 * - `id` = `responseId`, else `newId("completion", 0)`, else a hash of the response; `created` = `createTime`, else
 *   `now()`, else 0; `model` = `context.model` (the name the client sent), else `modelVersion`.
 * - one choice per candidate; a blocked prompt gives one `content_filter` choice (or throws, `blockedPrompt: "error"`).
 *
 * Throws only `GembridgeError`.
 *
 * @example
 * geminiToOpenAIResponse({ responseId: "r1", candidates: [{ content: { parts: [{ text: "Hi" }] }, finishReason: "STOP" }] }, { model: "gemini-2.5-flash" }).value.choices[0].message.content // "Hi"
 */
export function geminiToOpenAIResponse(
  response: GeminiGenerateContentResponse,
  context: GeminiToOpenAIResponseContext = {},
): Translation<OpenAIChatCompletion> {
  try {
    return translate(response, context);
  } catch (cause) {
    if (cause instanceof GembridgeError) throw cause;
    throw new GembridgeError("The Gemini response could not be translated: it does not have the GenerateContentResponse shape", {
      status: 502,
      code: "invalid_upstream_response",
      cause,
    });
  }
}

function translate(response: GeminiGenerateContentResponse, context: GeminiToOpenAIResponseContext): Translation<OpenAIChatCompletion> {
  const warnings: TranslationWarning[] = [];
  const google = context.outputProfile === "google";
  const id = response.responseId ?? context.newId?.("completion", 0) ?? defaultCompletionId(response);
  let created = createTimeToUnixSeconds(response.createTime);
  if (created === undefined) {
    if (response.createTime !== undefined) {
      warnings.push({ path: "createTime", code: "defaulted", message: "createTime is not an RFC 3339 timestamp; used now()" });
    }
    created = context.now?.() ?? 0;
  }
  const model = context.model ?? response.modelVersion ?? "";
  if (context.model === undefined && response.modelVersion === undefined) {
    warnings.push({ path: "modelVersion", code: "defaulted", message: "no model name in the context or the response" });
  }

  const choices: OpenAIChatCompletionChoice[] = [];
  const candidates = response.candidates ?? [];
  const blockReason = response.promptFeedback?.blockReason;
  if (candidates.length === 0 && blockReason !== undefined) {
    choices.push(mapBlockedPrompt({ ...response.promptFeedback, blockReason }, context));
  } else if (candidates.length === 0) {
    warnings.push({ path: "candidates", code: "empty", message: "the response has no candidates and no block reason" });
  }
  let callIndex = 0;
  const newToolCallId = (index: number): string => context.newId?.("tool_call", index) ?? defaultToolCallId(id, index);
  // Unvalidated input: anything but an array is the 502 of the catch above (as `forEach` failing was).
  if (!Array.isArray(candidates)) throw new TypeError("candidates is not an array");
  for (let position = 0; position < candidates.length; position++) {
    const candidate = candidates[position] as GeminiCandidate;
    const index = candidate.index ?? position;
    const audioId = `${id}-audio-${index}`;
    const converted = geminiCandidateToOpenAIChoice(candidate, position, { context, newToolCallId, firstCallIndex: callIndex, created, audioId, completionId: id });
    callIndex += converted.callCount;
    choices.push(converted.choice);
    for (const warning of converted.warnings) warnings.push(warning);
  }
  if (candidates.length > 0 && response.promptFeedback !== undefined) {
    warnings.push({ path: "promptFeedback", code: "dropped", message: "promptFeedback (safety ratings of an answered prompt) has no OpenAI field" });
  }

  const completion: OpenAIChatCompletion = { id, object: "chat.completion", created, model, choices };
  const fingerprint = google ? "" : response.modelVersion;
  if (fingerprint !== undefined) completion.system_fingerprint = fingerprint;
  if (response.usageMetadata !== undefined) {
    const usage = normalizeUsage({ from: "gemini", usage: response.usageMetadata, accounting: google ? "google" : "openai" });
    completion.usage = usage.value;
    for (const warning of usage.warnings) warnings.push(warning);
  }
  return { value: completion, warnings };
}
