import { z } from "zod";

/**
 * A Google enum as it appears on the wire: one of the values we know, or any other string.
 * Google adds enum values every few weeks (finish reasons, block reasons, modalities); rejecting an unknown value
 * would turn a harmless upstream addition into a 400/502, so the schema accepts it and the type keeps the known
 * literals visible for exhaustive mapping tables (`Record<GeminiFinishReason, …>`).
 */
export type OpenEnum<T extends string> = T | (string & {});

/** Zod schema for an {@link OpenEnum}: known values are listed (for JSON Schema output), unknown strings pass. */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T): z.ZodType<OpenEnum<T[number]>> {
  return z.union([z.enum(values), z.string()]);
}
