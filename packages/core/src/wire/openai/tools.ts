import { z } from "zod";
import { openAIExtraContentSchema } from "./google-extensions";
import { unionByJsonType } from "./json-type-union";
import { OPENAI_TOOL_CHOICE_MODES } from "./enums";

export { OPENAI_TOOL_CHOICE_MODES };

/** Tools, tool calls and tool choice (https://platform.openai.com/docs/api-reference/chat/create, §4.2, §6.1). */

/** A JSON Schema object, kept as-is (converted later by the schema module). */
export const openAIJsonSchemaObjectSchema = z.record(z.string(), z.unknown());

export const openAIFunctionDefinitionSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  parameters: openAIJsonSchemaObjectSchema.optional(),
  strict: z.boolean().nullish(),
});
export type OpenAIFunctionDefinition = z.infer<typeof openAIFunctionDefinitionSchema>;

export const openAIFunctionToolSchema = z.looseObject({
  type: z.literal("function"),
  function: openAIFunctionDefinitionSchema,
});
export type OpenAIFunctionTool = z.infer<typeof openAIFunctionToolSchema>;

export const openAICustomToolFormatSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("text") }),
  z.looseObject({
    type: z.literal("grammar"),
    grammar: z.looseObject({ definition: z.string(), syntax: z.enum(["lark", "regex"]) }),
  }),
]);

export const openAICustomToolSchema = z.looseObject({
  type: z.literal("custom"),
  custom: z.looseObject({
    name: z.string(),
    description: z.string().optional(),
    format: openAICustomToolFormatSchema.optional(),
  }),
});
export type OpenAICustomTool = z.infer<typeof openAICustomToolSchema>;

export const openAIToolSchema = z.discriminatedUnion("type", [openAIFunctionToolSchema, openAICustomToolSchema]);
export type OpenAITool = z.infer<typeof openAIToolSchema>;

/** An assistant's function call; `arguments` is a JSON string as produced by the model (may be invalid JSON). */
export const openAIFunctionToolCallSchema = z.looseObject({
  id: z.string(),
  type: z.literal("function"),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
  extra_content: openAIExtraContentSchema.optional(),
});
export type OpenAIFunctionToolCall = z.infer<typeof openAIFunctionToolCallSchema>;

export const openAICustomToolCallSchema = z.looseObject({
  id: z.string(),
  type: z.literal("custom"),
  custom: z.looseObject({ name: z.string(), input: z.string() }),
  extra_content: openAIExtraContentSchema.optional(),
});
export type OpenAICustomToolCall = z.infer<typeof openAICustomToolCallSchema>;

export const openAIToolCallSchema = z.discriminatedUnion("type", [
  openAIFunctionToolCallSchema,
  openAICustomToolCallSchema,
]);
export type OpenAIToolCall = z.infer<typeof openAIToolCallSchema>;

/** Deprecated `function_call` on assistant messages (pre-tools API). */
export const openAIFunctionCallSchema = z.looseObject({ name: z.string(), arguments: z.string() });
export type OpenAIFunctionCall = z.infer<typeof openAIFunctionCallSchema>;

export type OpenAIToolChoiceMode = (typeof OPENAI_TOOL_CHOICE_MODES)[number];

export const openAIToolChoiceSchema = unionByJsonType({
  string: z.enum(OPENAI_TOOL_CHOICE_MODES),
  object: z.discriminatedUnion("type", [
    z.looseObject({ type: z.literal("function"), function: z.looseObject({ name: z.string() }) }),
    z.looseObject({ type: z.literal("custom"), custom: z.looseObject({ name: z.string() }) }),
    z.looseObject({
      type: z.literal("allowed_tools"),
      allowed_tools: z.looseObject({
        mode: z.enum(["auto", "required"]),
        tools: z.array(z.record(z.string(), z.unknown())),
      }),
    }),
  ]),
});
export type OpenAIToolChoice = z.infer<typeof openAIToolChoiceSchema>;

/** Deprecated `functions[]` entries. */
export const openAILegacyFunctionSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  parameters: openAIJsonSchemaObjectSchema.optional(),
});
export type OpenAILegacyFunction = z.infer<typeof openAILegacyFunctionSchema>;

/** Deprecated `function_call` request parameter. */
export const openAILegacyFunctionCallOptionSchema = unionByJsonType({
  string: z.enum(["none", "auto"]),
  object: z.looseObject({ name: z.string() }),
});
export type OpenAILegacyFunctionCallOption = z.infer<typeof openAILegacyFunctionCallOptionSchema>;
