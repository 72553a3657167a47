import type { OpenAIToGeminiContext } from "../context/translation-context";
import type { Translation, TranslationWarning } from "../shared/result";
import { joinPath } from "../shared/result";
import type { GeminiCandidate, GeminiGenerateContentResponse } from "../wire/gemini/gemini-response";
import type { OpenAIChatCompletion } from "../wire/openai/response";
import { choiceGoogleExtras, googleFinish, restoreCandidateExtras } from "./openai-to-gemini-candidate-extras";
import { resolveGeminiFinishReason } from "./openai-to-gemini-finish-reason";
import { openaiToGeminiLogprobs } from "./openai-to-gemini-logprobs";
import { openaiToGeminiMessage } from "./openai-to-gemini-message";
import { openaiToGeminiUsage } from "./openai-to-gemini-usage";

/**
 * A `chat.completion` from an OpenAI-compatible backend → the `GenerateContentResponse` a Gemini-native client
 * (the `@google/genai` SDK, Gemini CLI) expects. Choices become candidates, the message becomes the model turn's
 * parts (see `openaiToGeminiMessage`), `finish_reason`/`usage`/`logprobs` go through the inverse tables.
 * `id` → `responseId`, `created` → `createTime` (RFC 3339, Vertex only), `context.model ?? model` → `modelVersion`.
 * Takes a typed completion: validate unknown JSON with `parseOpenAIChatCompletion` first.
 *
 * @example
 * openaiToGeminiResponse({ id: "c1", object: "chat.completion", created: 0, model: "gpt-4o",
 *   choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }] }).value
 * // → { candidates: [{ index: 0, content: { role: "model", parts: [{ text: "Hi" }] }, finishReason: "STOP" }],
 * //     modelVersion: "gpt-4o", responseId: "c1" }
 */
/**
 * `OpenAIToGeminiContext` plus the client's dialect: `createTime` exists on Vertex AI responses only (the Gemini API
 * schema has no such field), so `created` becomes `createTime` for `dialect: "vertex"` and is otherwise not sent.
 */
export interface OpenAIToGeminiResponseContext extends OpenAIToGeminiContext {
  /** Default `"gemini"`. */
  dialect?: "gemini" | "vertex";
}

export function openaiToGeminiResponse(
  completion: OpenAIChatCompletion,
  context: OpenAIToGeminiResponseContext = {},
): Translation<GeminiGenerateContentResponse> {
  const warnings: TranslationWarning[] = [];
  const candidates: GeminiCandidate[] = completion.choices.map((choice, position) => {
    const path = joinPath("choices", position);
    const { parts, malformedCall } = openaiToGeminiMessage(choice.message, joinPath(path, "message"), warnings);
    const content: NonNullable<GeminiCandidate["content"]> = { role: "model" };
    if (parts.length > 0) content.parts = parts;
    const candidate: GeminiCandidate = { index: choice.index, content };
    const choiceGoogle = choiceGoogleExtras(choice);
    const google = googleFinish(choiceGoogle, choice.message.extra_content?.google);
    const finishReason =
      malformedCall === undefined ? resolveGeminiFinishReason(choice.finish_reason, google.reason) : "MALFORMED_FUNCTION_CALL";
    if (finishReason !== undefined) candidate.finishReason = finishReason;
    const finishMessage = malformedCall ?? google.message;
    if (finishMessage !== undefined) candidate.finishMessage = finishMessage;
    if (choice.logprobs !== null && choice.logprobs !== undefined) {
      const mapped = openaiToGeminiLogprobs(choice.logprobs);
      if (mapped !== undefined) Object.assign(candidate, mapped);
      if ((choice.logprobs.refusal ?? []).length > 0) {
        warnings.push({ path: joinPath(path, "logprobs", "refusal"), code: "dropped", message: "Gemini has no refusal logprobs" });
      }
    }
    restoreCandidateExtras(candidate, choiceGoogle);
    return candidate;
  });
  const response: GeminiGenerateContentResponse = { candidates };
  if (completion.usage !== undefined) response.usageMetadata = openaiToGeminiUsage(completion.usage);
  Object.assign(response, responseEnvelope(completion, context));
  for (const key of ["system_fingerprint", "service_tier"] as const) {
    const value = completion[key];
    if (value !== null && value !== undefined) {
      warnings.push({ path: key, code: "dropped", message: `${key} has no Gemini response field` });
    }
  }
  return { value: response, warnings };
}

/** `modelVersion`, `responseId`, `createTime` — the fields every response and every stream chunk carries. */
export function responseEnvelope(
  source: { id?: string; model?: string; created?: number },
  context: OpenAIToGeminiResponseContext,
): Pick<GeminiGenerateContentResponse, "modelVersion" | "responseId" | "createTime"> {
  const out: Pick<GeminiGenerateContentResponse, "modelVersion" | "responseId" | "createTime"> = {};
  const model = context.model ?? source.model;
  if (model !== undefined && model !== "") out.modelVersion = model;
  const id = source.id !== undefined && source.id !== "" ? source.id : context.newId?.("response", 0);
  if (id !== undefined) out.responseId = id;
  const created = source.created ?? context.now?.();
  if (context.dialect === "vertex" && created !== undefined && Number.isFinite(created)) out.createTime = unixSecondsToRfc3339(created);
  return out;
}

/** Unix seconds → RFC 3339 (`Timestamp` JSON). Pure: the time comes from the payload, not the clock. */
export function unixSecondsToRfc3339(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}
