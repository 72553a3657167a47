import type { GoogleExtensions } from "./openai-to-gemini-google-extensions";
import type { MediaResolutionLevel } from "../tables/media-resolution";
import { type RequestState, warn } from "./openai-to-gemini-options";
import { expectString, invalidParam } from "./read-json";

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
    const path = google.pathOf("media_resolution");
    const value = expectString(explicit, path).toUpperCase();
    for (const { path: detailPath } of state.detailLevels) {
      warn(state, detailPath, "dropped", `this model takes one media resolution per request; ${path} sets it and wins`);
    }
    return requestLevel(value.startsWith("MEDIA_RESOLUTION_") ? value.slice("MEDIA_RESOLUTION_".length) : value, path, state);
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

/**
 * A request-level level the model takes. ULTRA_HIGH exists per part only (Gemini 3 images,
 * https://ai.google.dev/gemini-api/docs/media-resolution): at request level it becomes HIGH, as does any level the
 * model's row lacks; a name that is no level at all is the caller's error.
 */
function requestLevel(level: string, path: string, state: RequestState): string {
  if (level === "UNSPECIFIED") return "MEDIA_RESOLUTION_UNSPECIFIED";
  if (!REQUEST_LEVELS.has(level) && level !== "ULTRA_HIGH") {
    throw invalidParam(path, `Invalid value for '${path}': '${level}'; expected low, medium or high.`);
  }
  const accepted = state.capabilities.mediaResolutionLevels;
  if (level !== "ULTRA_HIGH" && (accepted as readonly string[]).includes(level)) return `MEDIA_RESOLUTION_${level}`;
  const why = level === "ULTRA_HIGH" ? "ULTRA_HIGH can be set per image part only" : `model family ${state.capabilities.family} has no ${level} resolution`;
  warn(state, path, "approximated", `${why}; sent MEDIA_RESOLUTION_HIGH`);
  return "MEDIA_RESOLUTION_HIGH";
}

const REQUEST_LEVELS: ReadonlySet<string> = new Set(["LOW", "MEDIUM", "HIGH"]);
