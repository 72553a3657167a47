import { z } from "zod";
import { geminiStatusDetailSchema } from "./gemini-status-details";
import { withProtoJsonInput } from "./proto-json-input";

/** The inner `google.rpc.Status`. `status` is the canonical code name (`INVALID_ARGUMENT`). */
export const geminiRpcStatusSchema = z.looseObject({
  code: z.number().int(),
  message: z.string(),
  status: z.string().optional(),
  details: z.array(geminiStatusDetailSchema).optional(),
});
export type GeminiRpcStatus = z.infer<typeof geminiRpcStatusSchema>;

/** Google's error body: `{ "error": google.rpc.Status }` (https://cloud.google.com/apis/design/errors). */
export const geminiStatusSchema = z.looseObject({ error: geminiRpcStatusSchema });
export type GeminiStatus = z.infer<typeof geminiStatusSchema>;

/**
 * The error body as Google sometimes sends it: inside a one-element JSON array (non-SSE `streamGenerateContent`,
 * some compat endpoints). Accepts both shapes and yields the unwrapped body; issue paths are those of the body
 * (`error.code`), whichever shape came in. Arrays of any other length are rejected.
 */
export const geminiStatusOrArraySchema = z.preprocess(
  (input) => (Array.isArray(input) && input.length === 1 ? input[0] : input),
  withProtoJsonInput(geminiStatusSchema),
);
