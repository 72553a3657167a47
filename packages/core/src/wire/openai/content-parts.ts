import { z } from "zod";
import { openAIExtraContentSchema } from "./google-extensions";
import { unionByJsonType } from "./json-type-union";
import { OPENAI_IMAGE_DETAILS } from "./enums";

export { OPENAI_IMAGE_DETAILS };

/** Content parts of request messages (https://platform.openai.com/docs/api-reference/chat/create). Discriminated by `type`; unknown keys survive. */

/** Keys every part may carry: OpenAI's explicit cache breakpoint and Google's `extra_content`. */
const common = {
  prompt_cache_breakpoint: z.looseObject({ mode: z.string() }).optional(),
  extra_content: openAIExtraContentSchema.optional(),
};

export const openAITextPartSchema = z.looseObject({
  type: z.literal("text"),
  text: z.string(),
  ...common,
});
export type OpenAITextPart = z.infer<typeof openAITextPartSchema>;

export type OpenAIImageDetail = (typeof OPENAI_IMAGE_DETAILS)[number];

/** `image_url.url`: https URL, `data:` URL, or (Google) `gs://` URI. */
export const openAIImageURLSchema = z.looseObject({
  url: z.string(),
  detail: z.enum(OPENAI_IMAGE_DETAILS).optional(),
});
export type OpenAIImageURL = z.infer<typeof openAIImageURLSchema>;

/** `image_url` may also be a bare string — Google's own doc page sends `"image_url": "gs://…"`. */
export const openAIImageURLPartSchema = z.looseObject({
  type: z.literal("image_url"),
  image_url: unionByJsonType({ object: openAIImageURLSchema, string: z.string() }),
  ...common,
});
export type OpenAIImageURLPart = z.infer<typeof openAIImageURLPartSchema>;

/**
 * `input_audio`: OpenAI documents base64 `data` and `format` `wav`/`mp3`; Google accepts any URI as `data` and any
 * MIME type as `format` (the seed sends `audio/mp3`), so both are plain strings here.
 */
export const openAIInputAudioPartSchema = z.looseObject({
  type: z.literal("input_audio"),
  input_audio: z.looseObject({ data: z.string(), format: z.string() }),
  ...common,
});
export type OpenAIInputAudioPart = z.infer<typeof openAIInputAudioPartSchema>;

export const openAIFilePartSchema = z.looseObject({
  type: z.literal("file"),
  file: z.looseObject({
    file_id: z.string().optional(),
    file_data: z.string().optional(),
    filename: z.string().optional(),
  }),
  ...common,
});
export type OpenAIFilePart = z.infer<typeof openAIFilePartSchema>;

export const openAIRefusalPartSchema = z.looseObject({
  type: z.literal("refusal"),
  refusal: z.string(),
  ...common,
});
export type OpenAIRefusalPart = z.infer<typeof openAIRefusalPartSchema>;

/** Any request content part. Which kinds a role allows is enforced by the per-role message schemas. */
export const openAIContentPartSchema = z.discriminatedUnion("type", [
  openAITextPartSchema,
  openAIImageURLPartSchema,
  openAIInputAudioPartSchema,
  openAIFilePartSchema,
  openAIRefusalPartSchema,
]);
export type OpenAIContentPart = z.infer<typeof openAIContentPartSchema>;

/**
 * Not OpenAI's: `{ type: "video_url", video_url: { url } | url }`, the form several OpenAI-compatible servers accept
 * for video (the translator sends it as `fileData`/`inlineData`).
 */
export const openAIVideoURLPartSchema = z.looseObject({
  type: z.literal("video_url"),
  video_url: unionByJsonType({ object: z.looseObject({ url: z.string() }), string: z.string() }),
  ...common,
});
export type OpenAIVideoURLPart = z.infer<typeof openAIVideoURLPartSchema>;

/** Parts a `user` message may carry. */
export const openAIUserContentPartSchema = z.discriminatedUnion("type", [
  openAITextPartSchema,
  openAIImageURLPartSchema,
  openAIInputAudioPartSchema,
  openAIFilePartSchema,
  openAIVideoURLPartSchema,
]);
export type OpenAIUserContentPart = z.infer<typeof openAIUserContentPartSchema>;

/** Parts an `assistant` message may carry. */
export const openAIAssistantContentPartSchema = z.discriminatedUnion("type", [
  openAITextPartSchema,
  openAIRefusalPartSchema,
]);
export type OpenAIAssistantContentPart = z.infer<typeof openAIAssistantContentPartSchema>;
