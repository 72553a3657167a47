import { z } from "zod";

/** OpenAI error body `{error:{message,type,param,code}}` (https://platform.openai.com/docs/guides/error-codes). `type`/`code` are open strings. */
export const openAIErrorResponseSchema = z.looseObject({
  error: z.looseObject({
    message: z.string(),
    type: z.string().nullish(),
    param: z.string().nullish(),
    code: z.union([z.string(), z.int()]).nullish(),
  }),
});
export type OpenAIErrorResponse = z.infer<typeof openAIErrorResponseSchema>;
