import { z } from "zod";
import { GEMINI_MEDIA_RESOLUTIONS, GEMINI_MODALITIES, GEMINI_THINKING_LEVELS } from "./gemini-enums";
import {
  geminiAudioTranscriptionConfigSchema,
  geminiImageConfigSchema,
  geminiResponseFormatSchema,
  geminiSpeechConfigSchema,
} from "./gemini-media-config";
import { geminiSchemaSchema, jsonValueSchema } from "./gemini-schema";
import { openEnum } from "./open-enum";

/** `thinkingLevel` (Gemini 3) and `thinkingBudget` (2.5; `0` off, `-1` dynamic) are exclusive upstream; not enforced. */
export const geminiThinkingConfigSchema = z.looseObject({
  includeThoughts: z.boolean().optional(),
  thinkingBudget: z.number().int().optional(),
  thinkingLevel: openEnum(GEMINI_THINKING_LEVELS).optional(),
});
export type GeminiThinkingConfig = z.infer<typeof geminiThinkingConfigSchema>;

/** VX model routing: automatic by preference, or a fixed model. */
export const geminiRoutingConfigSchema = z.looseObject({
  autoMode: z.looseObject({ modelRoutingPreference: z.string().optional() }).optional(),
  manualMode: z.looseObject({ modelName: z.string().optional() }).optional(),
});

/**
 * `GenerationConfig`, GA ∪ VX (https://ai.google.dev/api/generate-content#generationconfig). Ranges (temperature [0,2], logprobs [0,20]) are the upstream's
 * to enforce per model; we only check types. GA-only: `enableEnhancedCivicAnswers`, `_responseJsonSchema`.
 * VX-only: `audioTimestamp`, `audioTranscriptionConfig`, `enableAffectiveDialog`, `routingConfig`,
 * `modelSelectionConfig`, `responseFormat`.
 */
export const geminiGenerationConfigSchema = z.looseObject({
  candidateCount: z.number().int().optional(),
  stopSequences: z.array(z.string()).optional(),
  maxOutputTokens: z.number().int().optional(),
  temperature: z.number().optional(),
  topP: z.number().optional(),
  /** int on GA, float in the VX proto: accept any number. */
  topK: z.number().optional(),
  seed: z.number().int().optional(),
  presencePenalty: z.number().optional(),
  frequencyPenalty: z.number().optional(),
  responseLogprobs: z.boolean().optional(),
  logprobs: z.number().int().optional(),
  responseMimeType: z.string().optional(),
  responseSchema: geminiSchemaSchema.optional(),
  responseJsonSchema: jsonValueSchema.optional(),
  /** The GA proto's internal JSON name for the same JSON Schema slot; prefer `responseJsonSchema`. */
  _responseJsonSchema: jsonValueSchema.optional(),
  responseModalities: z.array(openEnum(GEMINI_MODALITIES)).optional(),
  speechConfig: geminiSpeechConfigSchema.optional(),
  thinkingConfig: geminiThinkingConfigSchema.optional(),
  imageConfig: geminiImageConfigSchema.optional(),
  mediaResolution: openEnum(GEMINI_MEDIA_RESOLUTIONS).optional(),
  enableEnhancedCivicAnswers: z.boolean().optional(),
  audioTimestamp: z.boolean().optional(),
  audioTranscriptionConfig: geminiAudioTranscriptionConfigSchema.optional(),
  enableAffectiveDialog: z.boolean().optional(),
  routingConfig: geminiRoutingConfigSchema.optional(),
  modelSelectionConfig: z.looseObject({ featureSelectionPreference: z.string().optional() }).optional(),
  responseFormat: z.array(geminiResponseFormatSchema).optional(),
});
export type GeminiGenerationConfig = z.infer<typeof geminiGenerationConfigSchema>;
