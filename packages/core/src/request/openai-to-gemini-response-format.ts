import type { GeminiGenerationConfig } from "../wire/gemini";
import { convertRequestSchema } from "./convert-request-schema";
import { type RequestState, warn } from "./openai-to-gemini-options";
import { expectRecord, expectString, invalidParam, readOptional } from "./read-json";

/**
 * `response_format` → `responseMimeType` plus a schema (README "Requests"): `text` → `text/plain`,
 * `json_object` → `application/json`, `json_schema` → `application/json` + `responseJsonSchema` (or a converted
 * `responseSchema` when the schema target says so). Any other `type` containing `/` is taken as a MIME type,
 * as Google's endpoint does. `json_schema.name`/`description` have no Gemini field (dropped with a warning);
 * `strict` needs no knob: Gemini always decodes against the schema it is given, so `true` is honoured and `false`
 * only ever gets output that also fits the schema (docs/decisions/0132-strict-on-gemini.md).
 */
export function openaiResponseFormatToGemini(raw: unknown, state: RequestState): Partial<GeminiGenerationConfig> {
  const format = expectRecord(raw, "response_format");
  const type = expectString(format.type, "response_format.type");
  switch (type) {
    case "text":
      return { responseMimeType: "text/plain" };
    case "json_object":
      return { responseMimeType: "application/json" };
    case "json_schema": {
      const spec = expectRecord(format.json_schema, "response_format.json_schema");
      for (const key of ["name", "description"] as const) {
        if (readOptional(spec, key) !== undefined) warn(state, `response_format.json_schema.${key}`, "dropped", `Gemini response schemas have no ${key}`);
      }
      const schema = readOptional(spec, "schema");
      if (schema === undefined) return { responseMimeType: "application/json" };
      const path = "response_format.json_schema.schema";
      const converted = convertRequestSchema(expectRecord(schema, path), path, "response", state);
      return converted.key === "json"
        ? { responseMimeType: "application/json", responseJsonSchema: converted.value }
        : { responseMimeType: "application/json", responseSchema: converted.value as GeminiGenerationConfig["responseSchema"] };
    }
    default:
      if (type.includes("/")) return { responseMimeType: type };
      throw invalidParam("response_format.type", `Invalid value for 'response_format.type': '${type}'.`);
  }
}
