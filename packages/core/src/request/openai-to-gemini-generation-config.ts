import type { GeminiGenerationConfig } from "../wire/gemini";
import { STAGE } from "./openai-request-params";
import { type GoogleExtensions, NO_GOOGLE_EXTENSIONS } from "./openai-to-gemini-google-extensions";
import { checkLogitBias, expectBounded } from "./openai-parameter-bounds";
import { openaiAudioToSpeechConfig } from "./openai-to-gemini-speech";
import { openaiMediaResolutionToGemini } from "./openai-to-gemini-media-resolution";
import { type RequestState, warn } from "./openai-to-gemini-options";
import { openaiResponseFormatToGemini } from "./openai-to-gemini-response-format";
import { openaiThinkingToGemini } from "./openai-to-gemini-thinking";
import { expectArray, expectBoolean, expectInteger, expectRecord, expectString, type JsonRecord, readOptional } from "./read-json";
import { snakeToCamelKeys } from "./snake-to-camel-keys";
import { RESPONSE_MODALITY_BY_OPENAI } from "../tables/modalities";

/** Numeric OpenAI parameters copied to the same-named Gemini field (README "Requests"). */
export const NUMERIC_GENERATION_PARAMS = {
  temperature: "temperature",
  top_p: "topP",
  presence_penalty: "presencePenalty",
  frequency_penalty: "frequencyPenalty",
} as const satisfies Record<string, keyof GeminiGenerationConfig>;

/**
 * `extra_body.google` keys that are plain `generationConfig` fields (snake_case → camelCase), with the dialect
 * that has them (`both` where both do).
 */
export const GOOGLE_GENERATION_KEYS = {
  top_k: { field: "topK", dialect: "both" },
  image_config: { field: "imageConfig", dialect: "both" },
  speech_config: { field: "speechConfig", dialect: "both" },
  response_modalities: { field: "responseModalities", dialect: "both" },
  audio_timestamp: { field: "audioTimestamp", dialect: "vertex" },
  routing_config: { field: "routingConfig", dialect: "vertex" },
  model_selection_config: { field: "modelSelectionConfig", dialect: "vertex" },
  enable_enhanced_civic_answers: { field: "enableEnhancedCivicAnswers", dialect: "gemini" },
} as const satisfies Record<string, { field: string; dialect: "both" | "gemini" | "vertex" }>;

/** The tables as entry lists, built once rather than per request (decision 0160). */
const NUMERIC_GENERATION_ENTRIES = Object.entries(NUMERIC_GENERATION_PARAMS) as ReadonlyArray<[keyof typeof NUMERIC_GENERATION_PARAMS, (typeof NUMERIC_GENERATION_PARAMS)[keyof typeof NUMERIC_GENERATION_PARAMS]]>;
const GOOGLE_GENERATION_ENTRIES = Object.entries(GOOGLE_GENERATION_KEYS);

/** Builds `generationConfig`; returns undefined when nothing is set. */
export function openaiGenerationConfigToGemini(
  request: JsonRecord,
  google: GoogleExtensions,
  state: RequestState,
): GeminiGenerationConfig | undefined {
  const nothingSet = (state.stages & (STAGE.generation | STAGE.thinking)) === 0 && google === NO_GOOGLE_EXTENSIONS;
  if (nothingSet && state.detailLevels.length === 0) return undefined;
  const config: GeminiGenerationConfig & Record<string, unknown> = {};
  if ((state.stages & STAGE.generation) !== 0) {
    const maxCompletion = readOptional(request, "max_completion_tokens");
    const maxTokens = readOptional(request, "max_tokens");
    if (maxCompletion !== undefined) {
      config.maxOutputTokens = expectBounded(maxCompletion, "max_completion_tokens");
      if (maxTokens !== undefined) {
        expectBounded(maxTokens, "max_tokens"); // dropped, but a value OpenAI would reject is still rejected
        warn(state, "max_tokens", "dropped", "max_completion_tokens is also set and wins");
      }
    } else if (maxTokens !== undefined) config.maxOutputTokens = expectBounded(maxTokens, "max_tokens");
    for (const [param, field] of NUMERIC_GENERATION_ENTRIES) {
      const value = readOptional(request, param);
      if (value !== undefined) config[field] = expectBounded(value, param);
    }
    const n = readOptional(request, "n");
    if (n !== undefined) config.candidateCount = expectBounded(n, "n");
    const bias = readOptional(request, "logit_bias");
    if (bias !== undefined) checkLogitBias(bias); // dropped later with a warning, but out-of-range values are OpenAI 400s
    const seed = readOptional(request, "seed");
    if (seed !== undefined) config.seed = expectInteger(seed, "seed");
    const stop = readOptional(request, "stop");
    if (stop !== undefined) config.stopSequences = typeof stop === "string" ? [stop] : stringList(stop, "stop");
    logprobs(request, config, state);
    const modalities = readOptional(request, "modalities");
    if (modalities !== undefined) config.responseModalities = responseModalities(modalities);
    const speech = openaiAudioToSpeechConfig(request, state);
    if (speech !== undefined) config.speechConfig = speech;
    const format = readOptional(request, "response_format");
    if (format !== undefined) Object.assign(config, openaiResponseFormatToGemini(format, state));
  }
  const thinking = openaiThinkingToGemini(request, google, state);
  if (thinking !== undefined) config.thinkingConfig = thinking;
  const resolution = openaiMediaResolutionToGemini(google, state);
  if (resolution !== undefined) config.mediaResolution = resolution;
  googleGenerationKeys(config, google, state);
  for (const _ in config) return config;
  return undefined;
}

function logprobs(request: JsonRecord, config: GeminiGenerationConfig, state: RequestState): void {
  const enabled = readOptional(request, "logprobs");
  const top = readOptional(request, "top_logprobs");
  if (enabled !== undefined) config.responseLogprobs = expectBoolean(enabled, "logprobs");
  if (top === undefined) return;
  const count = expectBounded(top, "top_logprobs");
  if (config.responseLogprobs === true) config.logprobs = count;
  else warn(state, "top_logprobs", "dropped", "top_logprobs needs logprobs: true");
}

function stringList(raw: unknown, path: string): string[] {
  const items = expectArray(raw, path);
  return items.map((item, i) => expectString(item, `${path}[${i}]`));
}

function responseModalities(raw: unknown): string[] {
  const items = expectArray(raw, "modalities");
  return items.map((item, i) => {
    const modality = expectString(item, `modalities[${i}]`);
    if (!Object.hasOwn(RESPONSE_MODALITY_BY_OPENAI, modality)) return modality.toUpperCase();
    return RESPONSE_MODALITY_BY_OPENAI[modality as keyof typeof RESPONSE_MODALITY_BY_OPENAI];
  });
}

function googleGenerationKeys(config: Record<string, unknown>, google: GoogleExtensions, state: RequestState): void {
  const { values } = google;
  let any = false;
  for (const _ in values) {
    any = true;
    break;
  }
  if (!any) return; // most requests carry no extra_body.google: skip probing every key
  for (const [key, { field, dialect }] of GOOGLE_GENERATION_ENTRIES) {
    const value = values[key];
    if (value === undefined || value === null) continue;
    if (dialect !== "both" && dialect !== state.dialect) {
      warn(state, google.pathOf(key), "dropped", `${field} exists on the ${dialect === "vertex" ? "Vertex AI" : "Gemini"} API only`);
      continue;
    }
    config[field] = snakeToCamelKeys(value);
  }
  // The escape hatch: any generationConfig field, snake_case or camelCase, applied last.
  const extra = google.values.generation_config;
  if (extra !== undefined && extra !== null) {
    Object.assign(config, snakeToCamelKeys(expectRecord(extra, google.pathOf("generation_config"))));
  }
}
