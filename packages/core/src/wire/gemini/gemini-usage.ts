import { z } from "zod";
import { GEMINI_MODALITIES, GEMINI_TRAFFIC_TYPES } from "./gemini-enums";
import { openEnum } from "./open-enum";

/** Tokens of one modality in a `*TokensDetails` list. */
export const geminiModalityTokenCountSchema = z.looseObject({
  modality: openEnum(GEMINI_MODALITIES).optional(),
  tokenCount: z.number().int().optional(),
});
export type GeminiModalityTokenCount = z.infer<typeof geminiModalityTokenCountSchema>;

const detailsSchema = z.array(geminiModalityTokenCountSchema).optional();

/**
 * https://ai.google.dev/api/generate-content#UsageMetadata. `candidatesTokenCount` excludes thoughts; `totalTokenCount` = prompt + candidates + toolUsePrompt
 * + thoughts. Counts are proto int32 and arrive as JSON numbers.
 */
export const geminiUsageMetadataSchema = z.looseObject({
  promptTokenCount: z.number().int().optional(),
  cachedContentTokenCount: z.number().int().optional(),
  candidatesTokenCount: z.number().int().optional(),
  thoughtsTokenCount: z.number().int().optional(),
  toolUsePromptTokenCount: z.number().int().optional(),
  totalTokenCount: z.number().int().optional(),
  promptTokensDetails: detailsSchema,
  cacheTokensDetails: detailsSchema,
  candidatesTokensDetails: detailsSchema,
  toolUsePromptTokensDetails: detailsSchema,
  trafficType: openEnum(GEMINI_TRAFFIC_TYPES).optional(),
  /** GA, not in the protos yet: the tier that served the request (`"standard"` in every recording so far). */
  serviceTier: z.string().optional(),
});
export type GeminiUsageMetadata = z.infer<typeof geminiUsageMetadataSchema>;
