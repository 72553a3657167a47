import type { GeminiCandidate } from "../wire/gemini";

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
