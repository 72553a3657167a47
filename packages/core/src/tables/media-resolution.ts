/**
 * Media resolution, both directions: OpenAI `image_url.detail` → Gemini `mediaResolution` and back
 * (https://ai.google.dev/gemini-api/docs/media-resolution). Which levels a model accepts is the capability
 * table's `mediaResolution` column; converters: `request/openai-to-gemini-media.ts`,
 * `request/gemini-to-openai-content-part.ts`.
 */

export type MediaResolutionLevel = "MEDIA_RESOLUTION_LOW" | "MEDIA_RESOLUTION_MEDIUM" | "MEDIA_RESOLUTION_HIGH";

/** `image_url.detail` → Gemini media resolution; `auto` means "model default" and sends nothing. */
export const MEDIA_RESOLUTION_BY_DETAIL = {
  low: "MEDIA_RESOLUTION_LOW",
  high: "MEDIA_RESOLUTION_HIGH",
  auto: undefined,
} as const satisfies Record<string, MediaResolutionLevel | undefined>;

/** Part-level `mediaResolution.level` (and request-level `mediaResolution`) → `image_url.detail` (inverse of §8.1). */
export const DETAIL_BY_MEDIA_RESOLUTION = {
  MEDIA_RESOLUTION_LOW: "low",
  MEDIA_RESOLUTION_MEDIUM: "auto",
  MEDIA_RESOLUTION_HIGH: "high",
  MEDIA_RESOLUTION_ULTRA_HIGH: "high",
  MEDIA_RESOLUTION_UNSPECIFIED: "auto",
} as const satisfies Record<string, "auto" | "low" | "high">;
