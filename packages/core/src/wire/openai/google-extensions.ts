import { z } from "zod";

/**
 * Google's extensions to the Chat Completions wire format, as accepted and emitted by Google's OpenAI-compatible
 * endpoints (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview). Keys are snake_case on this side of the wire; every object is loose because Google
 * adds keys without notice.
 */

/** One item of a multimodal function response (`extra_content.google.parts` on a `tool` message). */
export const openAIGoogleFunctionResponsePartSchema = z.looseObject({
  inline_data: z
    .looseObject({ mime_type: z.string().optional(), data: z.string(), display_name: z.string().optional() })
    .optional(),
  file_data: z
    .looseObject({ mime_type: z.string().optional(), file_uri: z.string(), display_name: z.string().optional() })
    .optional(),
});
export type OpenAIGoogleFunctionResponsePart = z.infer<typeof openAIGoogleFunctionResponsePartSchema>;

/**
 * `extra_content.google` — placed on messages, content parts, tool calls (and their stream deltas) and
 * `message.audio`. Carries what has no OpenAI field: thought signatures, the thought flag, multimodal tool results.
 */
export const openAIGoogleExtraContentSchema = z.looseObject({
  /** The Part's `thoughtSignature` (opaque base64); must be echoed back verbatim (https://ai.google.dev/gemini-api/docs/thought-signatures). */
  thought_signature: z.string().optional(),
  /** Marks the text as a thought (overrides `thought_tag_marker`). */
  thought: z.boolean().optional(),
  /** FunctionResponsePart list on `tool` messages. */
  parts: z.array(openAIGoogleFunctionResponsePartSchema).optional(),
  /** MIME type of bytes carried in `message.audio.data` (image output has been observed there). */
  mime_type: z.string().optional(),
  /** Gemini's own finish reason / message, kept when the OpenAI enum loses detail. */
  finish_reason: z.string().optional(),
  finish_message: z.string().optional(),
});
export type OpenAIGoogleExtraContent = z.infer<typeof openAIGoogleExtraContentSchema>;

/** The `extra_content` wrapper object itself (`{ google: … }`). */
export const openAIExtraContentSchema = z.looseObject({ google: openAIGoogleExtraContentSchema.optional() });
export type OpenAIExtraContent = z.infer<typeof openAIExtraContentSchema>;

/** `extra_body.google.thinking_config` → `generationConfig.thinkingConfig`. */
export const openAIGoogleThinkingConfigSchema = z.looseObject({
  include_thoughts: z.boolean().optional(),
  thinking_budget: z.int().optional(),
  /** Gemini 3 level; case as Google accepts it (`low`, `HIGH`, …) — validated upstream, not here. */
  thinking_level: z.string().optional(),
});
export type OpenAIGoogleThinkingConfig = z.infer<typeof openAIGoogleThinkingConfigSchema>;

/** `extra_body.google.safety_settings[]` (snake_case keys). */
export const openAIGoogleSafetySettingSchema = z.looseObject({
  category: z.string(),
  threshold: z.string(),
  method: z.string().optional(),
});
export type OpenAIGoogleSafetySetting = z.infer<typeof openAIGoogleSafetySettingSchema>;

/** `extra_body.google` — request-level Gemini features (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview). */
export const openAIGoogleExtraBodySchema = z.looseObject({
  thinking_config: openAIGoogleThinkingConfigSchema.optional(),
  /** Tag name (e.g. `think`): thoughts come back inside `<tag>…</tag>` in `content`. */
  thought_tag_marker: z.string().optional(),
  safety_settings: z.array(openAIGoogleSafetySettingSchema).optional(),
  cached_content: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  stream_function_call_arguments: z.boolean().optional(),
  /** Native Gemini Tool objects (`{"google_search": {}}`, `{"code_execution": {}}`), passed through as-is. */
  tools: z.array(z.record(z.string(), z.unknown())).optional(),
  media_resolution: z.string().optional(),
});
export type OpenAIGoogleExtraBody = z.infer<typeof openAIGoogleExtraBodySchema>;

/** The `extra_body` wrapper as it appears literally in the JSON body (`{"extra_body": {"google": …}}`). */
export const openAIExtraBodySchema = z.looseObject({ google: openAIGoogleExtraBodySchema.optional() });
export type OpenAIExtraBody = z.infer<typeof openAIExtraBodySchema>;
