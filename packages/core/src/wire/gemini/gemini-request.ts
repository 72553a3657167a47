import { z } from "zod";
import { geminiContentSchema } from "./gemini-content";
import { geminiGenerationConfigSchema } from "./gemini-generation-config";
import { geminiSafetySettingSchema } from "./gemini-safety";
import { withProtoJsonInput } from "./proto-json-input";
import { geminiToolConfigSchema, geminiToolSchema } from "./gemini-tool";

/** VX Model Armor screening templates (exclusive with `safetySettings` upstream). */
export const geminiModelArmorConfigSchema = z.looseObject({
  promptTemplateName: z.string().optional(),
  responseTemplateName: z.string().optional(),
});

/**
 * `GenerateContentRequest` body, GA ∪ VX (https://ai.google.dev/api/generate-content#request-body). `contents` is required by both APIs.
 * `labels` and `modelArmorConfig` are VX only; `serviceTier` comes from the SDK; `model` normally rides in the URL.
 */
export const geminiGenerateContentRequestObjectSchema = z.looseObject({
  model: z.string().optional(),
  contents: z.array(geminiContentSchema),
  systemInstruction: geminiContentSchema.optional(),
  tools: z.array(geminiToolSchema).optional(),
  toolConfig: geminiToolConfigSchema.optional(),
  safetySettings: z.array(geminiSafetySettingSchema).optional(),
  generationConfig: geminiGenerationConfigSchema.optional(),
  cachedContent: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  modelArmorConfig: geminiModelArmorConfigSchema.optional(),
  serviceTier: z.string().optional(),
});

/** The request schema that reads proto3 JSON like Google does: snake_case names renamed, `null` = unset (proto-json-input.ts). */
export const geminiGenerateContentRequestSchema = withProtoJsonInput(geminiGenerateContentRequestObjectSchema);
export type GeminiGenerateContentRequest = z.infer<typeof geminiGenerateContentRequestObjectSchema>;
