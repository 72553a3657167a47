import { z } from "zod";

/** `response_format` (https://platform.openai.com/docs/api-reference/chat/create). */
export const openAIResponseFormatSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("text") }),
  z.looseObject({ type: z.literal("json_object") }),
  z.looseObject({
    type: z.literal("json_schema"),
    json_schema: z.looseObject({
      name: z.string(),
      description: z.string().optional(),
      schema: z.record(z.string(), z.unknown()).optional(),
      strict: z.boolean().nullish(),
    }),
  }),
]);
export type OpenAIResponseFormat = z.infer<typeof openAIResponseFormatSchema>;
