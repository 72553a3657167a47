import type { GeminiGenerationConfig } from "../wire/gemini";
import type { OpenAIChatRequest } from "../wire/openai";
import { joinPath } from "../shared/result";
import { type GeminiToOpenAIState, warn } from "./gemini-to-openai-options";
import { geminiModalitiesToOpenAI } from "./gemini-to-openai-modalities";
import { effortForThinkingConfig } from "./gemini-to-openai-thinking";

type SamplingFields = Pick<
  OpenAIChatRequest,
  | "temperature" | "top_p" | "n" | "max_completion_tokens" | "stop" | "seed" | "presence_penalty" | "frequency_penalty"
  | "logprobs" | "top_logprobs" | "response_format" | "reasoning_effort" | "modalities" | "audio"
>;

/** Gemini sampling field → OpenAI request field; values copy as they are (same ranges and meaning, README "Requests"). */
export const SAMPLING_FIELD_MAP = {
  temperature: "temperature",
  topP: "top_p",
  candidateCount: "n",
  maxOutputTokens: "max_completion_tokens",
  seed: "seed",
  presencePenalty: "presence_penalty",
  frequencyPenalty: "frequency_penalty",
  responseLogprobs: "logprobs",
  logprobs: "top_logprobs",
  stopSequences: "stop",
} as const satisfies Partial<Record<keyof GeminiGenerationConfig, keyof SamplingFields>>;

/** Fields with no OpenAI counterpart; forwarded under `extra_body.google` only where Google's compat reads them. */
const DROPPED_FIELDS = [
  "topK", "enableEnhancedCivicAnswers", "audioTimestamp", "routingConfig",
  "modelSelectionConfig", "responseFormat",
] as const satisfies readonly (keyof GeminiGenerationConfig)[];

/**
 * `generationConfig` → sampling parameters, `response_format`, `reasoning_effort`, `modalities`/`audio`. `google`
 * collects what goes under `extra_body.google` when the backend understands it (thinking config, media resolution,
 * speech and image config).
 */
export function geminiGenerationConfigToOpenAI(
  config: GeminiGenerationConfig,
  state: GeminiToOpenAIState,
  convertSchema: (schema: unknown, path: string, warnings: GeminiToOpenAIState["warnings"]) => Record<string, unknown>,
  google: Record<string, unknown>,
): SamplingFields {
  const out: Record<string, unknown> = {};
  const path = "generationConfig";
  for (const [from, to] of Object.entries(SAMPLING_FIELD_MAP)) {
    const value = config[from as keyof typeof SAMPLING_FIELD_MAP];
    if (value !== undefined) out[to] = value;
  }
  // `stopSequences: []` means "no stop sequences"; OpenAI's `stop` array must have at least one item (minItems 1).
  if (Array.isArray(out.stop) && out.stop.length === 0) delete out.stop;
  if ((config.stopSequences?.length ?? 0) > 4) {
    warn(state, joinPath(path, "stopSequences"), "approximated", "OpenAI documents at most 4 stop sequences; all are sent");
  }
  const mime = config.responseMimeType;
  if (config.responseJsonSchema !== undefined || config.responseSchema !== undefined) {
    const schema = config.responseJsonSchema !== undefined ? (config.responseJsonSchema as Record<string, unknown>) : convertSchema(config.responseSchema, joinPath(path, "responseSchema"), state.warnings);
    out.response_format = { type: "json_schema", json_schema: { name: "response", schema } };
  } else if (mime === "application/json") out.response_format = { type: "json_object" };
  else if (mime === "text/plain") out.response_format = { type: "text" };
  else if (mime !== undefined) warn(state, joinPath(path, "responseMimeType"), "dropped", `OpenAI has no response MIME type ${mime}`);
  if (config.thinkingConfig !== undefined) thinking(config.thinkingConfig, state, out, google);
  if (config.mediaResolution !== undefined && state.options.forwardGoogleExtensions === true) google.media_resolution = config.mediaResolution;
  Object.assign(out, geminiModalitiesToOpenAI(config, state, google));
  for (const field of DROPPED_FIELDS) {
    if (config[field] !== undefined) warn(state, joinPath(path, field), "dropped", `generationConfig.${field} has no OpenAI Chat Completions field`);
  }
  return out as SamplingFields;
}

/**
 * `thinkingConfig`: with Google extensions the config travels exactly (`extra_body.google.thinking_config`, which
 * Google forbids together with `reasoning_effort`); otherwise it becomes the nearest `reasoning_effort`.
 */
function thinking(config: NonNullable<GeminiGenerationConfig["thinkingConfig"]>, state: GeminiToOpenAIState, out: Record<string, unknown>, google: Record<string, unknown>): void {
  const path = joinPath("generationConfig", "thinkingConfig");
  if (state.options.forwardGoogleExtensions === true) {
    const exact: Record<string, unknown> = {};
    if (config.includeThoughts !== undefined) exact.include_thoughts = config.includeThoughts;
    if (config.thinkingBudget !== undefined) exact.thinking_budget = config.thinkingBudget;
    if (config.thinkingLevel !== undefined) exact.thinking_level = config.thinkingLevel.toLowerCase();
    google.thinking_config = exact;
    return;
  }
  const mapped = effortForThinkingConfig(config);
  if (mapped !== undefined) {
    out.reasoning_effort = mapped.effort;
    if (!mapped.exact) warn(state, joinPath(path, "thinkingBudget"), "approximated", `thinking budget ${config.thinkingBudget} rounded to reasoning_effort ${mapped.effort}`);
  } else if (config.thinkingBudget === -1) {
    warn(state, joinPath(path, "thinkingBudget"), "defaulted", "dynamic thinking (-1) is the backend's default; no reasoning_effort sent");
  }
  if (config.includeThoughts !== undefined) {
    warn(state, joinPath(path, "includeThoughts"), "dropped", "OpenAI has no switch for returning thoughts; reasoning_content is returned as thought parts when the backend sends it");
  }
}
