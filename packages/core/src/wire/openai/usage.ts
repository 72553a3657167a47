import { z } from "zod";

/** `usage` and `logprobs`, shared by `chat.completion` and `chat.completion.chunk` (https://platform.openai.com/docs/api-reference/chat/object). */

export const openAIUsageSchema = z.looseObject({
  prompt_tokens: z.int(),
  /** Includes reasoning tokens. */
  completion_tokens: z.int(),
  total_tokens: z.int(),
  prompt_tokens_details: z
    .looseObject({
      cached_tokens: z.int().optional(),
      audio_tokens: z.int().optional(),
      text_tokens: z.int().optional(),
      image_tokens: z.int().optional(),
      cache_write_tokens: z.int().optional(),
    })
    .nullish(),
  completion_tokens_details: z
    .looseObject({
      reasoning_tokens: z.int().optional(),
      audio_tokens: z.int().optional(),
      accepted_prediction_tokens: z.int().optional(),
      rejected_prediction_tokens: z.int().optional(),
      text_tokens: z.int().optional(),
      image_tokens: z.int().optional(),
    })
    .nullish(),
  /** Google's endpoint reports `extra_properties.google.traffic_type` (seed). */
  extra_properties: z
    .looseObject({ google: z.looseObject({ traffic_type: z.string().optional() }).optional() })
    .optional(),
});
export type OpenAIUsage = z.infer<typeof openAIUsageSchema>;

const topLogprobSchema = z.looseObject({
  token: z.string(),
  logprob: z.number(),
  bytes: z.array(z.int()).nullable(),
});

export const openAITokenLogprobSchema = z.looseObject({
  token: z.string(),
  logprob: z.number(),
  bytes: z.array(z.int()).nullable(),
  top_logprobs: z.array(topLogprobSchema),
});
export type OpenAITokenLogprob = z.infer<typeof openAITokenLogprobSchema>;

export const openAILogprobsSchema = z.looseObject({
  content: z.array(openAITokenLogprobSchema).nullable(),
  refusal: z.array(openAITokenLogprobSchema).nullish(),
});
export type OpenAILogprobs = z.infer<typeof openAILogprobsSchema>;
