/**
 * What the response and stream translators need to know that the Gemini response itself does not say:
 * the client's request settings and the embedder's clock and id source. `openaiToGeminiRequest` returns one
 * as `value.context`; a gateway passes it straight on. Every field is optional: defaults follow Google's own
 * OpenAI-compatible endpoint (`id` from `responseId`, `created` from `createTime`, model as the client named it).
 */

import type { SignatureStore } from "../signature/signature-store";

/** Where thought signatures travel in OpenAI-shaped output. See docs/decisions/0060-signature-in-tool-call-id.md. */
export type SignatureMode =
  /** `extra_content.google.thought_signature` only (Google's endpoint does this). */
  | "extra_content"
  /** Also encoded into the tool-call id, for clients whose typed objects drop unknown fields. */
  | "tool_call_id";

/** Where generated images go in a chat.completion message. */
export type ImageOutputMode =
  /** `message.audio = { data, extra_content: { google: { mime_type } } }`, exactly as Google's endpoint. */
  | "audio"
  /** `message.images = [{ type: "image_url", image_url: { url: "data:…" } }]` (OpenRouter-style), plus `audio` for the first. */
  | "images";

/**
 * Which OpenAI shape to produce (docs/decisions/0062-output-profile-and-usage.md):
 * - `"openai"` (default): valid against OpenAI's official schema and OpenAI's definitions — `refusal: null` on every
 *   message, `message.audio` with the required `id`/`expires_at`/`transcript`, usage where completion includes
 *   reasoning and prompt + completion = total, `system_fingerprint` = Gemini's `modelVersion`.
 * - `"google"`: what Google's own OpenAI-compatible endpoint returns, field for field (the seed's recorded
 *   responses): no `refusal`, `audio` = `{ data, extra_content }`, Google's usage counting, `system_fingerprint: ""`.
 */
export type OpenAIOutputProfile = "openai" | "google";

export interface GeminiToOpenAIContext {
  /** The model name as the client sent it (echoed in `model`); falls back to the response's `modelVersion`. */
  model?: string;
  /** Emit thought parts as `reasoning_content` (from `extra_body.google.thinking_config.include_thoughts`). */
  includeThoughts?: boolean;
  /** `extra_body.google.thought_tag_marker`: also wrap thoughts into `content` as `<marker>…</marker>`. */
  thoughtTagMarker?: string;
  /** `stream_options.include_usage`. */
  includeUsage?: boolean;
  /** Default `"extra_content"`. */
  signatureMode?: SignatureMode;
  /** Default `"audio"`. */
  imageOutput?: ImageOutputMode;
  /** A prompt blocked with no candidates: a `content_filter` choice (default) or an HTTP 400 error. */
  blockedPrompt?: "choice" | "error";
  /** Unix time in seconds, used when the response has no `createTime`. Default: `() => 0` keeps core pure. */
  now?: () => number;
  /** Default `"openai"`. */
  outputProfile?: OpenAIOutputProfile;
  /** Bound for ids produced by `signatureMode: "tool_call_id"`; default 8192 (docs/decisions/0060). */
  maxToolCallIdLength?: number;
  /** Filled with every emitted signature (unary and streamed), keyed as in signature/signature-store.ts. */
  signatureStore?: SignatureStore;
  /** Id source for completions (when no `responseId`) and tool calls (when the part has no `id`). */
  newId?: (kind: "completion" | "tool_call", index: number) => string;
}

/** What the reverse direction's response side needs (Gemini client ← OpenAI-compatible backend). */
export interface OpenAIToGeminiContext {
  /** Model version to report in `modelVersion`; falls back to the completion's `model`. */
  model?: string;
  /** Unix time in seconds for `createTime` when the completion has no `created`. */
  now?: () => number;
  /** Id source for `responseId` when the completion has no `id`. */
  newId?: (kind: "response", index: number) => string;
}
