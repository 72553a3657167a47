import { z } from "zod";

const TYPE_PREFIX = "type.googleapis.com/google.rpc.";

/** `google.rpc.ErrorInfo`: machine-readable reason (`API_KEY_INVALID`), domain, metadata map. */
export const geminiErrorInfoSchema = z.looseObject({
  reason: z.string().optional(),
  domain: z.string().optional(),
  metadata: z.record(z.string(), z.string()).optional(),
});

/** `google.rpc.RetryInfo`: `retryDelay` is a proto Duration string (`"27s"`). */
export const geminiRetryInfoSchema = z.looseObject({ retryDelay: z.string().optional() });

/** `google.rpc.BadRequest`: which request fields were wrong and why. */
export const geminiBadRequestSchema = z.looseObject({
  fieldViolations: z
    .array(z.looseObject({ field: z.string().optional(), description: z.string().optional(), reason: z.string().optional() }))
    .optional(),
});

/** `google.rpc.QuotaFailure`: the quota(s) a 429 ran into. */
export const geminiQuotaFailureSchema = z.looseObject({
  violations: z
    .array(
      z.looseObject({
        subject: z.string().optional(),
        description: z.string().optional(),
        quotaMetric: z.string().optional(),
        quotaId: z.string().optional(),
        quotaDimensions: z.record(z.string(), z.string()).optional(),
        quotaValue: z.union([z.string(), z.number()]).optional(),
      }),
    )
    .optional(),
});

/** `google.rpc.Help`: documentation links. */
export const geminiHelpSchema = z.looseObject({
  links: z.array(z.looseObject({ description: z.string().optional(), url: z.string().optional() })).optional(),
});

/** `google.rpc.LocalizedMessage`. */
export const geminiLocalizedMessageSchema = z.looseObject({ locale: z.string().optional(), message: z.string().optional() });

/**
 * The detail kinds we read, by `@type`. Other `@type`s are kept as opaque objects: Google adds detail kinds and a
 * gateway must still be able to forward the error.
 */
export const GEMINI_STATUS_DETAIL_SCHEMAS = {
  [`${TYPE_PREFIX}ErrorInfo`]: geminiErrorInfoSchema,
  [`${TYPE_PREFIX}RetryInfo`]: geminiRetryInfoSchema,
  [`${TYPE_PREFIX}BadRequest`]: geminiBadRequestSchema,
  [`${TYPE_PREFIX}QuotaFailure`]: geminiQuotaFailureSchema,
  [`${TYPE_PREFIX}Help`]: geminiHelpSchema,
  [`${TYPE_PREFIX}LocalizedMessage`]: geminiLocalizedMessageSchema,
} as const satisfies Record<string, z.ZodType>;

/**
 * One `details[]` entry: an `Any` (`@type` + fields); known kinds are also checked against their schema. `@type` is
 * optional so a malformed detail never makes an otherwise readable error body unparseable.
 */
export const geminiStatusDetailSchema = z.looseObject({ "@type": z.string().optional() }).superRefine((detail, ctx) => {
  const type = detail["@type"];
  if (type === undefined) return;
  const schema = (GEMINI_STATUS_DETAIL_SCHEMAS as Record<string, z.ZodType | undefined>)[type];
  if (schema === undefined) return;
  const result = schema.safeParse(detail);
  if (result.success) return;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: issue.path } as never);
});
export type GeminiStatusDetail = z.infer<typeof geminiStatusDetailSchema>;
export type GeminiErrorInfo = z.infer<typeof geminiErrorInfoSchema>;
export type GeminiRetryInfo = z.infer<typeof geminiRetryInfoSchema>;
export type GeminiBadRequest = z.infer<typeof geminiBadRequestSchema>;
export type GeminiQuotaFailure = z.infer<typeof geminiQuotaFailureSchema>;
