import { z } from "zod";
import {
  GEMINI_HARM_BLOCK_THRESHOLDS,
  GEMINI_HARM_CATEGORIES,
  GEMINI_HARM_PROBABILITIES,
  GEMINI_HARM_SEVERITIES,
} from "./gemini-enums";
import { openEnum } from "./open-enum";

/** https://ai.google.dev/api/generate-content#safetysetting. `method` is VX only. */
export const geminiSafetySettingSchema = z.looseObject({
  category: openEnum(GEMINI_HARM_CATEGORIES).optional(),
  threshold: openEnum(GEMINI_HARM_BLOCK_THRESHOLDS).optional(),
  method: z.string().optional(),
});
export type GeminiSafetySetting = z.infer<typeof geminiSafetySettingSchema>;

/** https://ai.google.dev/api/generate-content#safetyrating. Scores, severity and `overwrittenThreshold` are VX only. */
export const geminiSafetyRatingSchema = z.looseObject({
  category: openEnum(GEMINI_HARM_CATEGORIES).optional(),
  probability: openEnum(GEMINI_HARM_PROBABILITIES).optional(),
  blocked: z.boolean().optional(),
  probabilityScore: z.number().optional(),
  severity: openEnum(GEMINI_HARM_SEVERITIES).optional(),
  severityScore: z.number().optional(),
  overwrittenThreshold: openEnum(GEMINI_HARM_BLOCK_THRESHOLDS).optional(),
});
export type GeminiSafetyRating = z.infer<typeof geminiSafetyRatingSchema>;
