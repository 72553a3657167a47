import type { TranslationWarning } from "../shared/result";
import { joinPath } from "../shared/result";
import type { GeminiCandidate, GeminiGroundingMetadata } from "../wire/gemini";
import type { OpenAIAnnotation } from "../wire/openai";
import { annotationsToGroundingMetadata } from "./openai-to-gemini-grounding";

/** `extra_content.google` on a choice, as Google-aware backends (and our forward translator) write it. */
export type ChoiceGoogleExtras = Record<string, unknown> & { finish_reason?: unknown; finish_message?: unknown };

/** The choice-level `extra_content.google` of a completion choice or chunk choice, if any. */
export function choiceGoogleExtras(choice: object): ChoiceGoogleExtras | undefined {
  const extra = (choice as { extra_content?: unknown }).extra_content;
  if (typeof extra !== "object" || extra === null) return undefined;
  const google = (extra as { google?: unknown }).google;
  return typeof google === "object" && google !== null && !Array.isArray(google) ? (google as ChoiceGoogleExtras) : undefined;
}

/**
 * Candidate fields the forward direction could not express in OpenAI terms travel in the choice's
 * `extra_content.google` under snake_case names (`safety_ratings`, `citation_metadata`, …). They are restored
 * here under Gemini's camelCase names, values untouched, without overwriting what the translation already set.
 */
export function restoreCandidateExtras(candidate: GeminiCandidate, google: ChoiceGoogleExtras | undefined): void {
  if (google === undefined) return;
  for (const [key, value] of Object.entries(google)) {
    if (key === "finish_reason" || key === "finish_message" || key === "thought_signature" || key === "thought") continue;
    const camel = key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    if (camel === "__proto__" || Object.hasOwn(candidate, camel)) continue;
    (candidate as Record<string, unknown>)[camel] = value;
  }
}

/** Google's own finish reason and message: choice-level first (forward translator), then message-level. */
export function googleFinish(choiceGoogle: ChoiceGoogleExtras | undefined, messageGoogle: { finish_reason?: string | undefined; finish_message?: string | undefined } | undefined): { reason?: string; message?: string } {
  const reason = typeof choiceGoogle?.finish_reason === "string" ? choiceGoogle.finish_reason : messageGoogle?.finish_reason;
  const message = typeof choiceGoogle?.finish_message === "string" ? choiceGoogle.finish_message : messageGoogle?.finish_message;
  return { ...(reason === undefined ? {} : { reason }), ...(message === undefined ? {} : { message }) };
}

/** Message-level `extra_content.google` keys (raw candidate metadata the forward direction keeps) → candidate fields. */
export const MESSAGE_METADATA_FIELDS = {
  grounding_metadata: "groundingMetadata",
  citation_metadata: "citationMetadata",
  url_context_metadata: "urlContextMetadata",
} as const satisfies Record<string, keyof GeminiCandidate>;

/**
 * Grounding for the candidate. The raw `grounding_metadata` / `citation_metadata` / `url_context_metadata` a
 * Google-aware backend (or our forward direction) left on the message wins: it is exact and has what annotations
 * cannot say (search queries, entry point, confidence). Otherwise `url_citation` annotations become
 * `groundingMetadata` (`annotationsToGroundingMetadata`; offsets refer to `content`, the first visible text part).
 */
export function restoreGrounding(
  candidate: GeminiCandidate,
  message: { content?: string | null | undefined; annotations?: readonly OpenAIAnnotation[] | undefined; extra_content?: { google?: unknown } | undefined },
  path: string,
  warnings: TranslationWarning[],
): void {
  const google = message.extra_content?.google;
  const raw = typeof google === "object" && google !== null ? (google as Record<string, unknown>) : {};
  for (const [key, field] of Object.entries(MESSAGE_METADATA_FIELDS)) {
    const value = raw[key];
    if (typeof value === "object" && value !== null) (candidate as Record<string, unknown>)[field] = value;
  }
  const annotations = message.annotations ?? [];
  if (annotations.length === 0 || candidate.groundingMetadata !== undefined) return;
  const content = typeof message.content === "string" ? message.content : "";
  const grounding: GeminiGroundingMetadata | undefined = annotationsToGroundingMetadata(content, annotations, joinPath(path, "annotations"), warnings);
  if (grounding !== undefined) candidate.groundingMetadata = grounding;
}
