// The only module that imports zod for translation: it lives alone so bundlers drop it (and zod)
// when only the schema translators are used.
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";
import { GembridgeError } from "../errors/gembridge-error";

export interface OpenAIJsonSchemaResponseFormat {
  type: "json_schema";
  json_schema: { name: string; description?: string; strict: boolean; schema: Record<string, unknown> };
}

export interface ResponseFormatFromZodOptions {
  description?: string;
  /** Default true, as in `zodResponseFormat`. */
  strict?: boolean;
}

/**
 * An OpenAI `response_format` from a zod schema, like the openai SDK's `zodResponseFormat`:
 * `{ type: "json_schema", json_schema: { name, strict: true, schema } }`. Zod 4 schemas (they carry `_zod`)
 * go through zod's own `z.toJSONSchema`; zod 3 schemas (only `_def`) through `zod-to-json-schema` with its
 * `openAi` target (every property required, optional ones nullable — what strict mode demands). That
 * package returns an empty schema for zod 4, hence the detection.
 *
 * @example
 * responseFormatFromZod(z.object({ city: z.string() }), "weather");
 */
export function responseFormatFromZod(schema: unknown, name: string, options: ResponseFormatFromZodOptions = {}): OpenAIJsonSchemaResponseFormat {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
    throw new GembridgeError("`name` must be 1–64 letters, digits, underscores or dashes (OpenAI's rule for json_schema names).", { status: 400, code: "invalid_value", param: "response_format.json_schema.name" });
  }
  const json = zodMajorVersion(schema) === 4
    ? (z.toJSONSchema(schema as z.ZodType) as Record<string, unknown>)
    : (zodToJsonSchema(schema as Parameters<typeof zodToJsonSchema>[0], { target: "openAi", $refStrategy: "root" }) as Record<string, unknown>);
  const jsonSchema: OpenAIJsonSchemaResponseFormat["json_schema"] = { name, strict: options.strict ?? true, schema: json };
  if (options.description !== undefined) jsonSchema.description = options.description;
  return { type: "json_schema", json_schema: jsonSchema };
}

/** Zod 4 instances (classic and mini) have `_zod`; zod 3 instances only `_def`. */
export function zodMajorVersion(schema: unknown): 3 | 4 {
  if (typeof schema === "object" && schema !== null) {
    if ("_zod" in schema) return 4;
    if ("_def" in schema) return 3;
  }
  throw new GembridgeError("Expected a zod schema (zod 3 or zod 4).", { status: 400, code: "invalid_type", param: "response_format" });
}
