import type { OpenAIToGeminiContext } from "../context/translation-context";
import { normalizeUsage } from "../usage/normalize-usage";
import { GembridgeError } from "../errors/gembridge-error";
import type { Translation, TranslationWarning } from "../shared/result";
import { joinPath } from "../shared/result";
import type { GeminiCandidate, GeminiGenerateContentResponse } from "../wire/gemini/gemini-response";
import type { OpenAIChatCompletion } from "../wire/openai/response";
import type { OpenAIUpstreamChatCompletion } from "../wire/openai/upstream";
import { readOpenAIUpstreamChatCompletion } from "../normalize/read-openai-chat-completion";
import { choiceGoogleExtras, googleFinish, restoreCandidateExtras, restoreGrounding } from "./openai-to-gemini-candidate-extras";
import { resolveGeminiFinishReason } from "./resolve-gemini-finish-reason";
import { openaiToGeminiLogprobs } from "./openai-to-gemini-logprobs";
import { openaiToGeminiMessage } from "./openai-to-gemini-message";
import { AUDIO_MIME_TYPE_BY_FORMAT, type OpenAIAudioFormat } from "./openai-to-gemini-parts";

/**
 * `OpenAIToGeminiContext` plus the client's dialect: `createTime` exists on Vertex AI responses only (the Gemini API
 * schema has no such field), so `created` becomes `createTime` for `dialect: "vertex"` and is otherwise not sent.
 */
export interface OpenAIToGeminiResponseContext extends OpenAIToGeminiContext {
  /** Default `"gemini"`. */
  dialect?: "gemini" | "vertex";
  /**
   * The `audio.format` the request asked for (`geminiToOpenAIRequest` asks for `pcm16`, Gemini's own format), used
   * to label audio output the backend sends without `extra_content.google.mime_type`. Default `"pcm16"`.
   */
  audioFormat?: OpenAIAudioFormat;
}

/** The MIME type for unlabeled audio output under `context`. */
export function audioMimeType(context: OpenAIToGeminiResponseContext): string {
  return AUDIO_MIME_TYPE_BY_FORMAT[context.audioFormat ?? "pcm16"] ?? AUDIO_MIME_TYPE_BY_FORMAT.pcm16;
}


/**
 * A `chat.completion` from an OpenAI-compatible backend → the `GenerateContentResponse` a Gemini-native client
 * (the `@google/genai` SDK, Gemini CLI) expects. Choices become candidates, the message becomes the model turn's
 * parts (see `openaiToGeminiMessage`), `finish_reason`/`usage`/`logprobs` go through the inverse tables.
 * `id` → `responseId`, `created` → `createTime` (RFC 3339, Vertex only), `context.model ?? model` → `modelVersion`.
 * The completion is validated first: a backend reply of the wrong shape throws a 502 `invalid_upstream_response`
 * `GembridgeError` with the param path, never a TypeError (decision 0110). The envelope fields `id`, `object`,
 * `created`, `model` may be missing or null, as some OpenAI-compatible servers send them (decision 0153): then
 * `responseId` comes from `context.newId`, `createTime` from `context.now`, `modelVersion` from `context.model`,
 * each omitted when the context has none.
 *
 * @example
 * openaiToGeminiResponse({ id: "c1", object: "chat.completion", created: 0, model: "gpt-4o",
 *   choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }] }).value
 * // → { candidates: [{ index: 0, content: { role: "model", parts: [{ text: "Hi" }] }, finishReason: "STOP" }],
 * //     modelVersion: "gpt-4o", responseId: "c1" }
 */
export function openaiToGeminiResponse(
  completion: OpenAIChatCompletion,
  context: OpenAIToGeminiResponseContext = {},
): Translation<GeminiGenerateContentResponse> {
  const parsed = readOpenAIUpstreamChatCompletion(completion);
  return asUpstream(() => translate(parsed, context), "chat.completion");
}

/**
 * Runs `step`; errors become 502 `invalid_upstream_response`: the input here is the backend's reply, so a bad shape is
 * the upstream's fault, not the client's (same convention as `geminiToOpenAIResponse`). The param path is kept.
 */
export function asUpstream<T>(step: () => T, what: string): T {
  try {
    return step();
  } catch (cause) {
    if (cause instanceof GembridgeError && cause.status !== 400) throw cause;
    const param = cause instanceof GembridgeError ? cause.param : undefined;
    const detail = cause instanceof GembridgeError ? `: ${cause.message}` : "";
    throw new GembridgeError(`The backend's ${what} could not be translated${detail}`, {
      status: 502,
      code: "invalid_upstream_response",
      ...(param === undefined || param === null ? {} : { param }),
      cause,
    });
  }
}

function translate(completion: OpenAIUpstreamChatCompletion, context: OpenAIToGeminiResponseContext): Translation<GeminiGenerateContentResponse> {
  const warnings: TranslationWarning[] = [];
  const candidates: GeminiCandidate[] = completion.choices.map((choice, position) => {
    const path = joinPath("choices", position);
    const { parts, malformedCall } = openaiToGeminiMessage(choice.message, joinPath(path, "message"), warnings, audioMimeType(context));
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
    restoreGrounding(candidate, choice.message, joinPath(path, "message"), warnings);
    restoreCandidateExtras(candidate, choiceGoogle);
    return candidate;
  });
  const response: GeminiGenerateContentResponse = { candidates };
  if (completion.usage !== undefined) {
    const usage = normalizeUsage({ from: "openai", usage: completion.usage });
    response.usageMetadata = usage.value;
    for (const warning of usage.warnings) warnings.push(warning);
  }
  Object.assign(response, responseEnvelope(completion, context));
  for (const key of ["system_fingerprint", "service_tier"] as const) {
    const value = completion[key];
    // Empty, or the model name again (our forward side and Google's compat write modelVersion there): nothing lost.
    if (value !== null && value !== undefined && value !== "" && value !== response.modelVersion) {
      warnings.push({ path: key, code: "dropped", message: `${key} has no Gemini response field` });
    }
  }
  return { value: response, warnings };
}

/** `modelVersion`, `responseId`, `createTime` — the fields every response and every stream chunk carries. */
export function responseEnvelope(
  source: { id?: string | undefined; model?: string | undefined; created?: number | undefined },
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
