import type { TranslationWarning } from "../shared/result";
import type { GeminiCandidate } from "../wire/gemini";
import type { OpenAIChatCompletionChoice } from "../wire/openai";
import { type BuildMessageInput, buildOpenAIMessage } from "./build-openai-message";
import { resolveFinishReason } from "./resolve-finish-reason";
import { GEMINI_TOOL_PROTOCOL_FAILURES } from "../tables/finish-reason";
import { mapGroundingAnnotations } from "./map-grounding-annotations";
import { mapLogprobs } from "./map-logprobs";

/** Candidate fields mapped to OpenAI fields; every other field is kept raw under the choice's `extra_content.google`. */
const MAPPED_CANDIDATE_FIELDS = new Set(["index", "content", "finishReason", "finishMessage", "logprobsResult"]);
/** Metadata that also yields annotations; kept raw on the message (it describes the content). */
const MESSAGE_METADATA_FIELDS = { groundingMetadata: "grounding_metadata", citationMetadata: "citation_metadata", urlContextMetadata: "url_context_metadata" } as const;

const MESSAGE_METADATA_ENTRIES = Object.entries(MESSAGE_METADATA_FIELDS);

/** `avgLogprobs` → `avg_logprobs`: Google's own extension keys are snake_case. */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export interface CandidateChoice {
  choice: OpenAIChatCompletionChoice;
  callCount: number;
  warnings: TranslationWarning[];
}

/**
 * One Gemini candidate → one OpenAI choice: message (see buildOpenAIMessage), finish reason with the native reason
 * and `finishMessage` beside it, logprobs, annotations, and every unmapped candidate field kept raw.
 */
export function geminiCandidateToOpenAIChoice(
  candidate: GeminiCandidate,
  position: number,
  shared: Omit<BuildMessageInput, "parts" | "path" | "choiceIndex">,
): CandidateChoice {
  const path = `candidates[${position}]`;
  // A literal rather than `{ ...shared, parts, path }`: spreading into a new shape per candidate was the largest
  // single cost of a text response (decision 0162).
  const built = buildOpenAIMessage({
    context: shared.context,
    newToolCallId: shared.newToolCallId,
    firstCallIndex: shared.firstCallIndex,
    created: shared.created,
    audioId: shared.audioId,
    completionId: shared.completionId,
    choiceIndex: candidate.index ?? position,
    parts: candidate.content?.parts ?? [],
    path,
  });
  const { message, warnings } = built;

  const messageExtra: Record<string, unknown> = { ...(message.extra_content?.google ?? {}) };
  for (const [field, key] of MESSAGE_METADATA_ENTRIES) {
    const value = (candidate as Record<string, unknown>)[field];
    if (value !== undefined) messageExtra[key] = value;
  }
  const found = mapGroundingAnnotations(
    { grounding: candidate.groundingMetadata, citations: candidate.citationMetadata },
    message.content ?? "",
    built.spans,
    path,
  );
  warnings.push(...found.warnings);
  if (found.annotations.length > 0) message.annotations = found.annotations;
  if (Object.keys(messageExtra).length > 0) message.extra_content = { google: messageExtra };

  const resolved = resolveFinishReason(candidate.finishReason, { hasToolCalls: built.callCount > 0 });
  const choiceExtra: Record<string, unknown> = {};
  // STOP is implied by stop/tool_calls; anything else is information the OpenAI value loses.
  if (resolved.nativeReason !== undefined && (resolved.nativeReason !== "STOP" || candidate.finishMessage !== undefined)) {
    choiceExtra.finish_reason = resolved.nativeReason;
  }
  if (candidate.finishMessage !== undefined) choiceExtra.finish_message = candidate.finishMessage;
  if (!resolved.known) {
    warnings.push({ path: `${path}.finishReason`, code: "approximated", message: `unknown finish reason ${resolved.nativeReason}; mapped to "${resolved.finishReason}"` });
  }
  if (built.callCount === 0 && GEMINI_TOOL_PROTOCOL_FAILURES.has(resolved.nativeReason ?? "")) {
    warnings.push({ path: `${path}.finishReason`, code: "tool_protocol_error", message: `${resolved.nativeReason}${candidate.finishMessage === undefined ? "" : `: ${candidate.finishMessage}`} (finish_reason "${resolved.finishReason}"; retrying the request usually helps)` });
  }
  for (const field of Object.keys(candidate)) {
    const value = (candidate as Record<string, unknown>)[field];
    if (!MAPPED_CANDIDATE_FIELDS.has(field) && !Object.hasOwn(MESSAGE_METADATA_FIELDS, field) && value !== undefined) {
      choiceExtra[snakeCase(field)] = value;
    }
  }

  const choice: OpenAIChatCompletionChoice = {
    index: candidate.index ?? position,
    message,
    finish_reason: resolved.finishReason,
    logprobs: candidate.logprobsResult === undefined ? null : mapLogprobs(candidate.logprobsResult),
  };
  if (Object.keys(choiceExtra).length > 0) (choice as Record<string, unknown>).extra_content = { google: choiceExtra };
  return { choice, callCount: built.callCount, warnings };
}
