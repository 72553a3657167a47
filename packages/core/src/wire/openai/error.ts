import { z } from "zod";

/** OpenAI error body `{error:{message,type,param,code}}` (SPEC-DIGEST §5.3). `type`/`code` are open strings. */
export const openAIErrorResponseSchema = z.looseObject({
  error: z.looseObject({
    message: z.string(),
    type: z.string().nullish(),
    param: z.string().nullish(),
    code: z.union([z.string(), z.int()]).nullish(),
  }),
});
export type OpenAIErrorResponse = z.infer<typeof openAIErrorResponseSchema>;
