import { jsonSchemaToGeminiSchema } from "../schema/json-schema-to-gemini-schema";
import { type RequestState, warn } from "./openai-to-gemini-options";

/**
 * A JSON Schema from the request (tool parameters or `response_format.json_schema.schema`) in the form the
 * schema target takes: `json-schema` → `parametersJsonSchema` / `responseJsonSchema` (copied, minus what the field
 * rejects), `schema` → the converted OpenAPI-subset `Schema` for `parameters` / `responseSchema`. Conversion is
 * the schema module's job; its warnings carry the request path.
 */
export function convertRequestSchema(
  schema: unknown,
  path: string,
  use: "parameters" | "response",
  state: RequestState,
): { key: "json" | "schema"; value: unknown } {
  const result = jsonSchemaToGeminiSchema(schema, { target: state.schemaTarget, dialect: state.dialect, use, path });
  for (const warning of result.warnings) warn(state, warning.path, warning.code, warning.message);
  return { key: state.schemaTarget === "json-schema" ? "json" : "schema", value: result.value };
}
