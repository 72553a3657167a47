import { z } from "zod";
import {
  GEMINI_CODE_LANGUAGES,
  GEMINI_CODE_OUTCOMES,
  GEMINI_FUNCTION_RESPONSE_SCHEDULINGS,
  GEMINI_MEDIA_RESOLUTIONS,
  GEMINI_TOOL_TYPES,
} from "./gemini-enums";
import { openEnum } from "./open-enum";

/** A JSON object (proto `google.protobuf.Struct`): `FunctionCall.args`, `FunctionResponse.response` (https://protobuf.dev/programming-guides/json/). */
export const structSchema = z.record(z.string(), z.unknown());

/** Raw bytes, base64 (`Blob.data`). `displayName` is VX only. */
export const geminiBlobSchema = z.looseObject({
  mimeType: z.string().optional(),
  data: z.string().optional(),
  displayName: z.string().optional(),
});
export type GeminiBlob = z.infer<typeof geminiBlobSchema>;

/** A URI reference. `mimeType` is optional on GA and required on VX; `displayName` is VX only. */
export const geminiFileDataSchema = z.looseObject({
  mimeType: z.string().optional(),
  fileUri: z.string(),
  displayName: z.string().optional(),
});
export type GeminiFileData = z.infer<typeof geminiFileDataSchema>;

/** One streamed argument fragment (VX `streamFunctionCallArguments`); the value is a oneof. */
export const geminiPartialArgSchema = z.looseObject({
  jsonPath: z.string().optional(),
  stringValue: z.string().optional(),
  numberValue: z.number().optional(),
  boolValue: z.boolean().optional(),
  /** proto `NullValue`: the string `"NULL_VALUE"` in JSON (a JSON null is also how some encoders write it). */
  nullValue: z.union([z.literal("NULL_VALUE"), z.null()]).optional(),
  willContinue: z.boolean().optional(),
});
export type GeminiPartialArg = z.infer<typeof geminiPartialArgSchema>;

/** `name` is optional here: VX streams continuation fragments (partialArgs) that may omit it. */
export const geminiFunctionCallSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  args: structSchema.optional(),
  partialArgs: z.array(geminiPartialArgSchema).optional(),
  willContinue: z.boolean().optional(),
});
export type GeminiFunctionCall = z.infer<typeof geminiFunctionCallSchema>;

/** Multimodal function result part (Gemini 3+); `fileData` is VX only. */
export const geminiFunctionResponsePartSchema = z.looseObject({
  inlineData: geminiBlobSchema.optional(),
  fileData: geminiFileDataSchema.optional(),
});
export type GeminiFunctionResponsePart = z.infer<typeof geminiFunctionResponsePartSchema>;

/** A client's result for a call (https://ai.google.dev/api/caching#Part); `willContinue`/`scheduling` are GA (Live NON_BLOCKING). */
export const geminiFunctionResponseSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  response: structSchema,
  parts: z.array(geminiFunctionResponsePartSchema).optional(),
  willContinue: z.boolean().optional(),
  scheduling: openEnum(GEMINI_FUNCTION_RESPONSE_SCHEDULINGS).optional(),
});
export type GeminiFunctionResponse = z.infer<typeof geminiFunctionResponseSchema>;

/** `id` pairs code with its result (SDK; seen on the wire with Gemini 3). */
export const geminiExecutableCodeSchema = z.looseObject({
  id: z.string().optional(),
  language: openEnum(GEMINI_CODE_LANGUAGES).optional(),
  code: z.string().optional(),
});
export type GeminiExecutableCode = z.infer<typeof geminiExecutableCodeSchema>;

/** Server result of running `executableCode`: stdout on success, stderr or a description otherwise. */
export const geminiCodeExecutionResultSchema = z.looseObject({
  id: z.string().optional(),
  outcome: openEnum(GEMINI_CODE_OUTCOMES).optional(),
  output: z.string().optional(),
});
export type GeminiCodeExecutionResult = z.infer<typeof geminiCodeExecutionResultSchema>;

/** Server-side built-in tool invocation / result (GA, `includeServerSideToolInvocations`); echoed back unchanged. */
export const geminiToolCallSchema = z.looseObject({
  id: z.string().optional(),
  toolType: openEnum(GEMINI_TOOL_TYPES).optional(),
  args: structSchema.optional(),
});
/** See `geminiToolCallSchema`. */
export const geminiToolResponseSchema = z.looseObject({
  id: z.string().optional(),
  toolType: openEnum(GEMINI_TOOL_TYPES).optional(),
  response: structSchema.optional(),
});

/** Offsets are proto `Duration` strings (`"3.5s"`). */
export const geminiVideoMetadataSchema = z.looseObject({
  startOffset: z.string().optional(),
  endOffset: z.string().optional(),
  fps: z.number().optional(),
});

/** VX: transcript of an audio part (one Part per speaker segment when diarized). */
export const geminiAudioTranscriptionSchema = z.looseObject({
  text: z.string().optional(),
  speakerLabel: z.string().optional(),
  words: z
    .array(z.looseObject({ word: z.string().optional(), startOffset: z.string().optional(), endOffset: z.string().optional() }))
    .optional(),
});

/** Per-part input resolution (Gemini 3+); `numTokens` is SDK-only. */
export const geminiPartMediaResolutionSchema = z.looseObject({
  level: openEnum(GEMINI_MEDIA_RESOLUTIONS).optional(),
  numTokens: z.number().int().optional(),
});

/**
 * One `Part` (https://ai.google.dev/api/caching#Part). Exactly one data field is expected, but the oneof is not enforced here: Google's
 * own responses carry `thoughtSignature` next to any data field, and an empty `{ text: "" }` part with only a
 * signature is real (recorded). Translators decide what a part means.
 */
export const geminiPartSchema = z.looseObject({
  text: z.string().optional(),
  inlineData: geminiBlobSchema.optional(),
  fileData: geminiFileDataSchema.optional(),
  functionCall: geminiFunctionCallSchema.optional(),
  functionResponse: geminiFunctionResponseSchema.optional(),
  executableCode: geminiExecutableCodeSchema.optional(),
  codeExecutionResult: geminiCodeExecutionResultSchema.optional(),
  toolCall: geminiToolCallSchema.optional(),
  toolResponse: geminiToolResponseSchema.optional(),
  thought: z.boolean().optional(),
  thoughtSignature: z.string().optional(),
  videoMetadata: geminiVideoMetadataSchema.optional(),
  mediaResolution: geminiPartMediaResolutionSchema.optional(),
  partMetadata: structSchema.optional(),
  audioTranscription: geminiAudioTranscriptionSchema.optional(),
});
export type GeminiPart = z.infer<typeof geminiPartSchema>;

/** `role` is `user` or `model` in practice; other strings are left for the upstream to reject. */
export const geminiContentSchema = z.looseObject({
  role: z.string().optional(),
  parts: z.array(geminiPartSchema).optional(),
});
export type GeminiContent = z.infer<typeof geminiContentSchema>;
