import { z } from "zod";
import { geminiContentSchema } from "./gemini-content";
import { GEMINI_BLOCK_REASONS, GEMINI_FINISH_REASONS } from "./gemini-enums";
import {
  geminiCitationMetadataSchema,
  geminiLogprobsResultSchema,
  geminiUrlContextMetadataSchema,
} from "./gemini-candidate-metadata";
import { geminiGroundingAttributionSchema, geminiGroundingMetadataSchema } from "./gemini-grounding";
import { geminiSafetyRatingSchema } from "./gemini-safety";
import { geminiUsageMetadataSchema } from "./gemini-usage";
import { openEnum } from "./open-enum";
import { withProtoJsonInput } from "./proto-json-input";

/** https://ai.google.dev/api/generate-content#candidate. `index` may be omitted for candidate 0 on GA; `finishReason` is absent mid-stream. */
export const geminiCandidateSchema = z.looseObject({
  index: z.number().int().nonnegative().optional(),
  content: geminiContentSchema.optional(),
  finishReason: openEnum(GEMINI_FINISH_REASONS).optional(),
  finishMessage: z.string().optional(),
  safetyRatings: z.array(geminiSafetyRatingSchema).optional(),
  citationMetadata: geminiCitationMetadataSchema.optional(),
  groundingMetadata: geminiGroundingMetadataSchema.optional(),
  urlContextMetadata: geminiUrlContextMetadataSchema.optional(),
  avgLogprobs: z.number().optional(),
  logprobsResult: geminiLogprobsResultSchema.optional(),
  tokenCount: z.number().int().optional(),
  groundingAttributions: z.array(geminiGroundingAttributionSchema).optional(),
  score: z.number().optional(),
});
export type GeminiCandidate = z.infer<typeof geminiCandidateSchema>;

/** https://ai.google.dev/api/generate-content#promptfeedback. Present when the prompt itself was blocked (first chunk only when streaming). */
export const geminiPromptFeedbackSchema = z.looseObject({
  blockReason: openEnum(GEMINI_BLOCK_REASONS).optional(),
  blockReasonMessage: z.string().optional(),
  safetyRatings: z.array(geminiSafetyRatingSchema).optional(),
});
export type GeminiPromptFeedback = z.infer<typeof geminiPromptFeedbackSchema>;

/** GA deprecation signalling (SDK `ModelStatus`). */
export const geminiModelStatusSchema = z.looseObject({
  modelStage: z.string().optional(),
  retirementTime: z.string().optional(),
  message: z.string().optional(),
});

/**
 * `GenerateContentResponse`, GA ∪ VX (https://ai.google.dev/api/generate-content#generatecontentresponse); also the shape of every streamed chunk (delta parts only).
 * `createTime` is VX, `modelStatus` GA.
 */
export const geminiGenerateContentResponseObjectSchema = z.looseObject({
  candidates: z.array(geminiCandidateSchema).optional(),
  promptFeedback: geminiPromptFeedbackSchema.optional(),
  usageMetadata: geminiUsageMetadataSchema.optional(),
  modelVersion: z.string().optional(),
  responseId: z.string().optional(),
  createTime: z.string().optional(),
  modelStatus: geminiModelStatusSchema.optional(),
});

/** The response/chunk schema that reads proto3 JSON like Google does: snake_case names renamed, `null` = unset (proto-json-input.ts). */
export const geminiGenerateContentResponseSchema = withProtoJsonInput(geminiGenerateContentResponseObjectSchema);
export type GeminiGenerateContentResponse = z.infer<typeof geminiGenerateContentResponseObjectSchema>;
