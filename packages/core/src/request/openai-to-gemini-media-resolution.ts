import type { GoogleExtensions } from "./openai-to-gemini-google-extensions";
import { type MediaResolutionLevel, type RequestState, warn } from "./openai-to-gemini-options";
import { expectString } from "./read-json";

const ORDER = ["MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"] as const satisfies readonly MediaResolutionLevel[];

/**
 * Request-level `generationConfig.mediaResolution`: `extra_body.google.media_resolution` (`low` or
 * `MEDIA_RESOLUTION_LOW`), else the `image_url.detail` of models that take one resolution per request.
 * Google's endpoint rejects mixed details there; we send the highest and warn for every image it changes: other
 * details, and images without one (they would have had the model default).
 */
export function openaiMediaResolutionToGemini(google: GoogleExtensions, state: RequestState): string | undefined {
  const explicit = google.values.media_resolution;
  if (explicit !== undefined && explicit !== null) {
    const value = expectString(explicit, google.pathOf("media_resolution")).toUpperCase();
    for (const { path } of state.detailLevels) {
      warn(state, path, "dropped", `this model takes one media resolution per request; ${google.pathOf("media_resolution")} sets it and wins`);
    }
    return value.startsWith("MEDIA_RESOLUTION_") ? value : `MEDIA_RESOLUTION_${value}`;
  }
  const levels = state.detailLevels;
  const first = levels[0];
  if (first === undefined) return undefined;
  let highest: MediaResolutionLevel = first.level;
  for (const { level } of levels) if (ORDER.indexOf(level) > ORDER.indexOf(highest)) highest = level;
  for (const { level, path } of levels) {
    if (level !== highest) warn(state, path, "approximated", `this model takes one media resolution per request; sent ${highest}`);
  }
  // The request-level setting applies to every image, including those that asked for the model default.
  for (const path of state.undetailedImages) {
    warn(state, path, "approximated", `this model takes one media resolution per request; this image without a detail gets ${highest} too`);
  }
  return highest;
}
