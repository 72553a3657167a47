import { GembridgeError } from "../errors/gembridge-error";

/**
 * Hand-written structural guards for the accumulators (decision 0150). They run on the stream path, so no zod: one
 * `typeof` per field read, and a path string only for what is looked at. They check exactly what the accumulators
 * read, so a malformed chunk is a `GembridgeError` 400 `invalid_chunk` with the offending path, never a TypeError.
 */

type Json = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value}`;
}

/** Throws the accumulators' one error: the chunk at `path` is not what the format says. */
export function invalidChunk(path: string, expected: string, value: unknown): never {
  throw new GembridgeError(`Invalid chunk at ${path}: expected ${expected}, got ${describe(value)}`, {
    status: 400,
    code: "invalid_chunk",
    param: path,
  });
}

export const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** A JSON object (not null, not an array). */
export function objectAt(value: unknown, path: string): Json {
  if (!isObject(value)) invalidChunk(path, "an object", value);
  return value;
}

/** An array, or `undefined` when absent (`null` counts as absent when `nullable`). */
export function optionalArray(value: unknown, path: string, nullable = true): readonly unknown[] | undefined {
  if (value === undefined || (nullable && value === null)) return undefined;
  if (!Array.isArray(value)) invalidChunk(path, nullable ? "an array or null" : "an array", value);
  return value;
}

/** An object, or `undefined` when absent or null. */
export function optionalObject(value: unknown, path: string): Json | undefined {
  if (value === undefined || value === null) return undefined;
  return objectAt(value, path);
}

/** `typeof value === kind`, or absent (`undefined`/`null`). */
export function optionalOf(value: unknown, kind: "string" | "number" | "boolean", path: string): void {
  if (value !== undefined && value !== null && typeof value !== kind) invalidChunk(path, `a ${kind} or null`, value);
}

/** A non-negative integer index, or absent. */
export function optionalIndex(value: unknown, path: string): void {
  if (value !== undefined && value !== null && !(Number.isSafeInteger(value) && (value as number) >= 0)) {
    invalidChunk(path, "a non-negative integer", value);
  }
}

/** `{ google?: object }`, the shape of every `extra_content` the accumulators merge. */
export function optionalExtraContent(value: unknown, path: string): void {
  const extra = optionalObject(value, path);
  if (extra !== undefined) optionalObject(extra.google, `${path}.google`);
}
