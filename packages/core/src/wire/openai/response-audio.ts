import { z } from "zod";
import { openAIExtraContentSchema } from "./google-extensions";

/**
 * OpenAI always sends all four fields; Google's endpoint sends only `data` (+ `extra_content.google.mime_type`) when
 * it returns a generated image here (seed: image generation), so none is required. (Decision 0013.)
 */
export const openAIResponseAudioSchema = z.looseObject({
  id: z.string().optional(),
  expires_at: z.int().optional(),
  data: z.string().optional(),
  transcript: z.string().optional(),
  extra_content: openAIExtraContentSchema.optional(),
});
export type OpenAIResponseAudio = z.infer<typeof openAIResponseAudioSchema>;
