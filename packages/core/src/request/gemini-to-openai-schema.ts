import type { TranslationWarning } from "../shared/result";
import { geminiSchemaToJsonSchema } from "../schema/gemini-schema-to-json-schema";
import type { GeminiSchema } from "../wire/gemini";

/**
 * Gemini `Schema` (OpenAPI subset) → JSON Schema for tool `parameters` and `response_format`, via the schema
 * module's `geminiSchemaToJsonSchema`; its warnings are re-rooted at the field's path.
 */
export function geminiSchemaToOpenAIJsonSchema(
  schema: unknown,
  path: string,
  warnings: TranslationWarning[],
): Record<string, unknown> {
  const { value, warnings: schemaWarnings } = geminiSchemaToJsonSchema(schema as GeminiSchema, { path });
  warnings.push(...schemaWarnings);
  return value as Record<string, unknown>;
}
