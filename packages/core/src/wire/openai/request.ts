import { z } from "zod";
import { openAITextPartSchema } from "./content-parts";
import { openAIExtraBodySchema, openAIGoogleExtraBodySchema } from "./google-extensions";
import { unionByJsonType } from "./json-type-union";
import { openAIMessageSchema } from "./messages";
import { openAIResponseFormatSchema } from "./response-format";
import {
  openAILegacyFunctionCallOptionSchema,
  openAILegacyFunctionSchema,
  openAIToolChoiceSchema,
  openAIToolSchema,
} from "./tools";
import { OPENAI_REASONING_EFFORTS, OPENAI_MODALITIES } from "./enums";

export { OPENAI_REASONING_EFFORTS, OPENAI_MODALITIES };

export type OpenAIReasoningEffort = (typeof OPENAI_REASONING_EFFORTS)[number];

export type OpenAIModality = (typeof OPENAI_MODALITIES)[number];

export const openAIStreamOptionsSchema = z.looseObject({
  include_usage: z.boolean().optional(),
  include_obfuscation: z.boolean().optional(),
});
export type OpenAIStreamOptions = z.infer<typeof openAIStreamOptionsSchema>;

export const openAIAudioOutputOptionsSchema = z.looseObject({
  /** A voice id string, or `{id}` for a custom voice. */
  voice: unionByJsonType({ string: z.string(), object: z.looseObject({ id: z.string() }) }),
  format: z.string(),
});
export type OpenAIAudioOutputOptions = z.infer<typeof openAIAudioOutputOptionsSchema>;

export const openAIWebSearchOptionsSchema = z.looseObject({
  search_context_size: z.enum(["low", "medium", "high"]).optional(),
  user_location: z
    .looseObject({
      type: z.literal("approximate"),
      approximate: z.looseObject({
        city: z.string().optional(),
        country: z.string().optional(),
        region: z.string().optional(),
        timezone: z.string().optional(),
      }),
    })
    .nullish(),
});
export type OpenAIWebSearchOptions = z.infer<typeof openAIWebSearchOptionsSchema>;

export const openAIPredictionSchema = z.looseObject({
  type: z.literal("content"),
  content: unionByJsonType({ string: z.string(), array: z.array(openAITextPartSchema) }),
});
export type OpenAIPrediction = z.infer<typeof openAIPredictionSchema>;

/**
 * `POST /v1/chat/completions` body. Every documented field is typed; unknown keys survive parsing. Fields the API
 * marks nullable accept `null` (which is not the same as absent). Ranges are left to the upstream to enforce.
 */
export const openAIChatRequestSchema = z.looseObject({
  /**
   * Required by OpenAI, optional here: Google's self-deployed-model endpoint takes the model from the URL and its
   * documented requests omit it (seed). Translators that need a model take it from their options. (Decision 0012.)
   */
  model: z.string().optional(),
  messages: z.array(openAIMessageSchema),
  max_tokens: z.int().nullish(),
  max_completion_tokens: z.int().nullish(),
  temperature: z.number().nullish(),
  top_p: z.number().nullish(),
  n: z.int().nullish(),
  stop: unionByJsonType({ string: z.string(), array: z.array(z.string()) }).nullish(),
  presence_penalty: z.number().nullish(),
  frequency_penalty: z.number().nullish(),
  logit_bias: z.record(z.string(), z.number()).nullish(),
  seed: z.int().nullish(),
  logprobs: z.boolean().nullish(),
  top_logprobs: z.int().nullish(),
  response_format: openAIResponseFormatSchema.optional(),
  tools: z.array(openAIToolSchema).optional(),
  tool_choice: openAIToolChoiceSchema.optional(),
  parallel_tool_calls: z.boolean().optional(),
  functions: z.array(openAILegacyFunctionSchema).optional(),
  function_call: openAILegacyFunctionCallOptionSchema.optional(),
  stream: z.boolean().nullish(),
  stream_options: openAIStreamOptionsSchema.nullish(),
  modalities: z.array(z.enum(OPENAI_MODALITIES)).nullish(),
  audio: openAIAudioOutputOptionsSchema.nullish(),
  reasoning_effort: z.enum(OPENAI_REASONING_EFFORTS).nullish(),
  verbosity: z.enum(["low", "medium", "high"]).nullish(),
  prediction: openAIPredictionSchema.nullish(),
  web_search_options: openAIWebSearchOptionsSchema.optional(),
  service_tier: z.string().nullish(),
  store: z.boolean().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
  user: z.string().optional(),
  safety_identifier: z.string().nullish(),
  prompt_cache_key: z.string().nullish(),
  prompt_cache_retention: z.string().nullish(),
  prompt_cache_options: z.looseObject({ ttl: z.string().optional(), mode: z.string().optional() }).nullish(),
  /** Dropped with a warning by the translator (Gemini has no moderated completions); `model` is not required here. */
  moderation: z.looseObject({ model: z.string().optional(), policy: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  /** Google's documented form: a literal `extra_body` key holding `{ google: … }` (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview). */
  extra_body: openAIExtraBodySchema.optional(),
  /** Observed (undocumented) form: `google` at the top level. */
  google: openAIGoogleExtraBodySchema.optional(),
});
export type OpenAIChatRequest = z.infer<typeof openAIChatRequestSchema>;
