import { z } from "zod";
import {
  geminiComputerUseSchema,
  geminiEnterpriseWebSearchSchema,
  geminiFileSearchSchema,
  geminiGoogleMapsSchema,
  geminiGoogleSearchRetrievalSchema,
  geminiGoogleSearchSchema,
  geminiRetrievalSchema,
  geminiThirdPartySearchSchema,
} from "./gemini-builtin-tools";
import { GEMINI_FUNCTION_BEHAVIORS, GEMINI_FUNCTION_CALLING_MODES } from "./gemini-enums";
import { geminiSchemaSchema, jsonValueSchema } from "./gemini-schema";
import { openEnum } from "./open-enum";

/** https://ai.google.dev/api/caching#Tool. `parameters`/`parametersJsonSchema` (and `response`/`responseJsonSchema`) are exclusive upstream. */
export const geminiFunctionDeclarationSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  parameters: geminiSchemaSchema.optional(),
  parametersJsonSchema: jsonValueSchema.optional(),
  response: geminiSchemaSchema.optional(),
  responseJsonSchema: jsonValueSchema.optional(),
  behavior: openEnum(GEMINI_FUNCTION_BEHAVIORS).optional(),
});
export type GeminiFunctionDeclaration = z.infer<typeof geminiFunctionDeclarationSchema>;

const emptyObject = z.looseObject({});

/** One `Tool` may hold several kinds; built-ins are typed in `gemini-builtin-tools.ts`. `mcpServers` is GA (SDK). */
export const geminiToolSchema = z.looseObject({
  functionDeclarations: z.array(geminiFunctionDeclarationSchema).optional(),
  googleSearch: geminiGoogleSearchSchema.optional(),
  googleSearchRetrieval: geminiGoogleSearchRetrievalSchema.optional(),
  codeExecution: emptyObject.optional(),
  urlContext: emptyObject.optional(),
  googleMaps: geminiGoogleMapsSchema.optional(),
  computerUse: geminiComputerUseSchema.optional(),
  fileSearch: geminiFileSearchSchema.optional(),
  mcpServers: z.array(emptyObject).optional(),
  retrieval: geminiRetrievalSchema.optional(),
  enterpriseWebSearch: geminiEnterpriseWebSearchSchema.optional(),
  parallelAiSearch: geminiThirdPartySearchSchema.optional(),
  exaAiSearch: geminiThirdPartySearchSchema.optional(),
});
export type GeminiTool = z.infer<typeof geminiToolSchema>;

/** https://ai.google.dev/api/caching#ToolConfig. `streamFunctionCallArguments` is VX (answers stream `partialArgs`). */
export const geminiFunctionCallingConfigSchema = z.looseObject({
  mode: openEnum(GEMINI_FUNCTION_CALLING_MODES).optional(),
  allowedFunctionNames: z.array(z.string()).optional(),
  streamFunctionCallArguments: z.boolean().optional(),
});
export type GeminiFunctionCallingConfig = z.infer<typeof geminiFunctionCallingConfigSchema>;

/** Location/language hints for Maps and Search grounding. */
export const geminiRetrievalConfigSchema = z.looseObject({
  latLng: z.looseObject({ latitude: z.number().optional(), longitude: z.number().optional() }).optional(),
  languageCode: z.string().optional(),
});

/** Shared by all tools; `includeServerSideToolInvocations` is GA (SDK). */
export const geminiToolConfigSchema = z.looseObject({
  functionCallingConfig: geminiFunctionCallingConfigSchema.optional(),
  retrievalConfig: geminiRetrievalConfigSchema.optional(),
  includeServerSideToolInvocations: z.boolean().optional(),
});
export type GeminiToolConfig = z.infer<typeof geminiToolConfigSchema>;
