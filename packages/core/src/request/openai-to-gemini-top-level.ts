import type { GeminiGenerateContentRequest } from "../wire/gemini";
import { GOOGLE_GENERATION_KEYS } from "./openai-to-gemini-generation-config";
import { HANDLED_PARAMS, STAGE } from "./openai-request-params";
import { type GoogleExtensions, NO_GOOGLE_EXTENSIONS } from "./openai-to-gemini-google-extensions";
import { type RequestState, unsupported } from "./openai-to-gemini-options";
import { expectArray, expectRecord, expectString, type JsonRecord, readOptional } from "./read-json";
import { snakeToCamelKeys } from "./snake-to-camel-keys";

/** What Gemini cannot honour, and why (README "Requests"); `store: false` and empty maps are already true of Gemini. */
export const UNSUPPORTED_PARAMS = {
  logit_bias: "Gemini has no token-level logit bias",
  prediction: "Gemini has no predicted outputs",
  store: "Gemini does not store completions for evals or distillation",
  safety_identifier: "Gemini has no end-user safety identifier",
  prompt_cache_key: "Gemini caches implicitly or through cached_content; there is no routing key",
  prompt_cache_retention: "Gemini has no prompt cache retention setting",
  prompt_cache_options: "Gemini has no prompt cache options; use extra_body.google.cached_content",
  verbosity: "Gemini has no verbosity setting",
  moderation: "Gemini has no moderated completions",
} as const satisfies Record<string, string>;

/** `extra_body.google` keys understood outside generationConfig. */
const GOOGLE_KEYS = new Set([
  "thinking_config", "thought_tag_marker", "safety_settings", "cached_content", "labels", "stream_function_call_arguments",
  "tools", "tool_config", "media_resolution", "generation_config", "model_armor_config", ...Object.keys(GOOGLE_GENERATION_KEYS),
]);

/** What a request without extensions, labels or a service tier adds outside generationConfig and tools. */
const NO_FIELDS: Readonly<Partial<GeminiGenerateContentRequest>> = Object.freeze({});

/** Vertex label rule: ≤ 63 chars of lowercase letters, digits, `_`, `-`; keys start with a letter (https://ai.google.dev/api/generate-content#request-body). */
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

/** Reports unknown and unsupported top-level parameters and `extra_body.google` keys. */
export function reportUnsupported(request: JsonRecord, google: GoogleExtensions, state: RequestState): void {
  if ((state.stages & STAGE.report) !== 0) {
    for (const key of Object.keys(request)) {
      const value = readOptional(request, key);
      if (value === undefined || HANDLED_PARAMS.has(key)) continue;
      if (Object.hasOwn(UNSUPPORTED_PARAMS, key)) {
        const trivially = value === false || (typeof value === "object" && value !== null && Object.keys(value).length === 0);
        if (!trivially) unsupported(state, key, UNSUPPORTED_PARAMS[key as keyof typeof UNSUPPORTED_PARAMS]);
      } else unsupported(state, key, "unknown parameter");
    }
  }
  if (google !== NO_GOOGLE_EXTENSIONS) {
    for (const key of Object.keys(google.values)) {
      if (!GOOGLE_KEYS.has(key)) unsupported(state, google.pathOf(key), "unknown Google extension");
    }
  }
  if ((state.stages & STAGE.stream) === 0) return;
  const streamOptions = readOptional(request, "stream_options");
  if (streamOptions !== undefined && readOptional(expectRecord(streamOptions, "stream_options"), "include_obfuscation") === true) {
    unsupported(state, "stream_options.include_obfuscation", "Gemini streams carry no obfuscation padding");
  }
}

/**
 * Body fields outside generationConfig and tools: `safetySettings`, `cachedContent`, `labels` (Vertex, from
 * `extra_body.google.labels`, `metadata` and `user` where they fit the label rules), `modelArmorConfig` (Vertex)
 * and `serviceTier` (`flex`/`priority`; `auto`/`default` are Gemini's default).
 */
export function topLevelFields(request: JsonRecord, google: GoogleExtensions, state: RequestState): Partial<GeminiGenerateContentRequest> {
  if (google === NO_GOOGLE_EXTENSIONS && (state.stages & (STAGE.labels | STAGE.serviceTier)) === 0) return NO_FIELDS;
  const out: Partial<GeminiGenerateContentRequest> = {};
  const safety = google.values.safety_settings;
  if (safety !== undefined && safety !== null) {
    out.safetySettings = snakeToCamelKeys(expectArray(safety, google.pathOf("safety_settings"))) as GeminiGenerateContentRequest["safetySettings"];
  }
  const cached = google.values.cached_content;
  if (cached !== undefined && cached !== null) {
    const path = google.pathOf("cached_content");
    const name = expectString(cached, path);
    // Image models answer 400 to cachedContent (https://ai.google.dev/gemini-api/docs/models): drop it rather than fail.
    if (state.capabilities.explicitCaching) out.cachedContent = name;
    else unsupported(state, path, `model family ${state.capabilities.family} (${state.model}) does not support explicit caching`);
  }
  const armor = google.values.model_armor_config;
  if (armor !== undefined && armor !== null) {
    const path = google.pathOf("model_armor_config");
    if (state.dialect === "vertex") out.modelArmorConfig = snakeToCamelKeys(expectRecord(armor, path)) as JsonRecord;
    else unsupported(state, path, "Model Armor exists on Vertex AI only");
  }
  const labels = collectLabels(request, google, state);
  if (labels !== undefined) out.labels = labels;
  const tier = (state.stages & STAGE.serviceTier) === 0 ? undefined : readOptional(request, "service_tier");
  if (tier !== undefined) {
    const value = expectString(tier, "service_tier");
    if (value === "flex" || value === "priority") out.serviceTier = value;
    else if (value !== "auto" && value !== "default") unsupported(state, "service_tier", `Gemini has no '${value}' tier`);
  }
  return out;
}

/** Labels from `metadata`, `user` and `extra_body.google.labels`; nothing is allocated when none is set (decision 0160). */
function collectLabels(request: JsonRecord, google: GoogleExtensions, state: RequestState): Record<string, string> | undefined {
  const named = (state.stages & STAGE.labels) !== 0;
  const metadata = named ? readOptional(request, "metadata") : undefined;
  const user = named ? readOptional(request, "user") : undefined;
  const explicit = google.values.labels;
  if (metadata === undefined && user === undefined && (explicit === undefined || explicit === null)) return undefined;
  const labels: Record<string, string> = {};
  if (metadata !== undefined) {
    const record = expectRecord(metadata, "metadata");
    for (const key of Object.keys(record)) addLabel(labels, state, key, record[key], `metadata.${key}`, false);
  }
  if (user !== undefined) addLabel(labels, state, "user", user, "user", false);
  if (explicit !== undefined && explicit !== null) {
    const path = google.pathOf("labels");
    const record = expectRecord(explicit, path);
    for (const key of Object.keys(record)) addLabel(labels, state, key, record[key], `${path}.${key}`, true);
  }
  return Object.keys(labels).length === 0 ? undefined : labels;
}

/** Explicit labels are sent as given (Vertex reports a bad one); `metadata`/`user` only where they fit the rules. */
function addLabel(labels: Record<string, string>, state: RequestState, key: string, value: unknown, path: string, explicit: boolean): void {
  const text = expectString(value, path);
  if (state.dialect !== "vertex") unsupported(state, path, "labels exist on Vertex AI only");
  else if (!explicit && (!LABEL_KEY.test(key) || !LABEL_VALUE.test(text))) {
    unsupported(state, path, "does not fit Vertex label rules (lowercase letters, digits, _ and -, at most 63 characters)");
  } else labels[key] = text;
}
