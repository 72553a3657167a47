/** Options of `jsonSchemaToGeminiSchema`, with their defaults in one place (README: docs/readme/schema.md). */
import { GembridgeError } from "../errors/gembridge-error";

export type SchemaDialect = "gemini" | "vertex";

/** `"schema"`: classic OpenAPI-subset `Schema` (`parameters`, `responseSchema`); `"json-schema"`: `parametersJsonSchema` / `responseJsonSchema`. */
export type SchemaTarget = "schema" | "json-schema";

/**
 * How to translate an `enum`/`const` whose values are not strings (Gemini's classic `enum` is STRING-only):
 * - `"describe"` (default): keep the real type (INTEGER, NUMBER, BOOLEAN), drop `enum`, narrow numbers to
 *   `minimum`/`maximum` of the allowed values and list them in `description`. The model still returns
 *   numbers, which is what the caller's code parses; the allowed set becomes advisory.
 * - `"string"`: STRING with the values as strings (`format: "enum"`): enforced, but the model returns `"1"`,
 *   not `1`, so the caller must convert.
 */
export type NonStringEnumMode = "describe" | "string";

export interface JsonSchemaToGeminiOptions {
  /** Default `"schema"`. */
  target?: SchemaTarget;
  /** Default `"gemini"`. Vertex's classic Schema also has `additionalProperties`, `ref` and `defs`. */
  dialect?: SchemaDialect;
  /** `"json-schema"` target only: `"parameters"` (default) passes through; `"response"` keeps only the keywords `responseJsonSchema` documents. */
  use?: "parameters" | "response";
  /** How many times one `$ref` may be expanded along a single path before recursion is cut (default 3). */
  maxRefDepth?: number;
  /** Maximum schema nesting (default 100, at most 1,000); deeper → GembridgeError 400 `schema_too_deep`. */
  maxDepth?: number;
  /** Maximum translated nodes, guarding against `$ref` fan-out (default 100,000) → GembridgeError 400 `schema_too_large`. */
  maxNodes?: number;
  /** Default `"describe"`; see {@link NonStringEnumMode}. */
  nonStringEnum?: NonStringEnumMode;
  /** JSON path of the schema in the request, prefixed to warning paths and error params, e.g. `tools[0].function.parameters`. */
  path?: string;
}

export interface ResolvedSchemaOptions {
  target: SchemaTarget;
  dialect: SchemaDialect;
  use: "parameters" | "response";
  maxRefDepth: number;
  maxDepth: number;
  maxNodes: number;
  nonStringEnum: NonStringEnumMode;
  path: string;
}

/** Hard ceiling on `maxDepth`: the classic walk recurses once per level, and 1,000 frames is safe everywhere. */
export const MAX_DEPTH_CEILING = 1000;

export function resolveSchemaOptions(options: JsonSchemaToGeminiOptions = {}): ResolvedSchemaOptions {
  const resolved: ResolvedSchemaOptions = {
    target: options.target ?? "schema",
    dialect: options.dialect ?? "gemini",
    use: options.use ?? "parameters",
    maxRefDepth: options.maxRefDepth ?? 3,
    maxDepth: options.maxDepth ?? 100,
    maxNodes: options.maxNodes ?? 100_000,
    nonStringEnum: options.nonStringEnum ?? "describe",
    path: options.path ?? "",
  };
  for (const key of ["maxRefDepth", "maxDepth", "maxNodes"] as const) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < (key === "maxRefDepth" ? 0 : 1)) {
      throw new GembridgeError(`Option \`${key}\` must be a positive integer.`, { status: 400, code: "invalid_option" });
    }
  }
  if (resolved.maxDepth > MAX_DEPTH_CEILING) {
    throw new GembridgeError(`Option \`maxDepth\` is capped at ${MAX_DEPTH_CEILING}.`, { status: 400, code: "invalid_option" });
  }
  return resolved;
}
