import { z } from "zod";
import { GEMINI_SCHEMA_TYPES, type GeminiSchemaType } from "./gemini-enums";
import { type OpenEnum, openEnum } from "./open-enum";

/**
 * proto3 JSON writes `int64` as a string and accepts a number on input (https://protobuf.dev/programming-guides/json/), so both are valid.
 * A string must still look like an integer: `"3"` yes, `"three"` no.
 */
export const int64Schema = z.union([z.number().int(), z.string().regex(/^-?\d+$/, "expected an int64 (integer or decimal string)")]);
export type GeminiInt64 = number | string;

/** Any JSON value (proto `google.protobuf.Value`), used for `example`, `default`, JSON-Schema fields. */
export const jsonValueSchema = z.unknown();

/**
 * Gemini `Schema` (OpenAPI 3.0 subset, https://ai.google.dev/api/caching#Schema), GA ∪ VX. `additionalProperties`, `ref` and `defs` are VX only.
 * Recursive: `items`, `properties`, `anyOf`, `defs`. Unknown keys survive (index signature).
 */
export interface GeminiSchema {
  type?: OpenEnum<GeminiSchemaType> | undefined;
  format?: string | undefined;
  title?: string | undefined;
  description?: string | undefined;
  nullable?: boolean | undefined;
  enum?: string[] | undefined;
  items?: GeminiSchema | undefined;
  minItems?: GeminiInt64 | undefined;
  maxItems?: GeminiInt64 | undefined;
  properties?: Record<string, GeminiSchema> | undefined;
  required?: string[] | undefined;
  propertyOrdering?: string[] | undefined;
  minProperties?: GeminiInt64 | undefined;
  maxProperties?: GeminiInt64 | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  minLength?: GeminiInt64 | undefined;
  maxLength?: GeminiInt64 | undefined;
  pattern?: string | undefined;
  example?: unknown;
  default?: unknown;
  anyOf?: GeminiSchema[] | undefined;
  /** VX: a boolean or a Schema (proto `Value`). */
  additionalProperties?: unknown;
  /** VX: `#/defs/Name`. */
  ref?: string | undefined;
  /** VX, root only. */
  defs?: Record<string, GeminiSchema> | undefined;
  [key: string]: unknown;
}

/** Zod schema for {@link GeminiSchema}; `z.lazy` for the recursion (absurd depth becomes a GembridgeError in `parseWithSchema`). */
export const geminiSchemaSchema: z.ZodType<GeminiSchema> = z.lazy(() =>
  z.looseObject({
    type: openEnum(GEMINI_SCHEMA_TYPES).optional(),
    format: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    nullable: z.boolean().optional(),
    enum: z.array(z.string()).optional(),
    items: geminiSchemaSchema.optional(),
    minItems: int64Schema.optional(),
    maxItems: int64Schema.optional(),
    properties: z.record(z.string(), geminiSchemaSchema).optional(),
    required: z.array(z.string()).optional(),
    propertyOrdering: z.array(z.string()).optional(),
    minProperties: int64Schema.optional(),
    maxProperties: int64Schema.optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    minLength: int64Schema.optional(),
    maxLength: int64Schema.optional(),
    pattern: z.string().optional(),
    example: jsonValueSchema.optional(),
    default: jsonValueSchema.optional(),
    anyOf: z.array(geminiSchemaSchema).optional(),
    additionalProperties: jsonValueSchema.optional(),
    ref: z.string().optional(),
    defs: z.record(z.string(), geminiSchemaSchema).optional(),
  }),
);
