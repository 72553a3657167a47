import { isRecord } from "./json-value";

const IGNORABLE = new Set(["type", "properties", "additionalProperties", "required", "title", "description", "$schema", "$id"]);

/**
 * True when a function's JSON Schema `parameters` declare no parameters at all (absent, `{}`,
 * `{type: "object"}`, `{type: "object", properties: {}}`, optionally with `additionalProperties: false`,
 * `required: []`, a title/description or `$schema`). The request side then omits `parameters` from the
 * FunctionDeclaration: Vertex documents "For function with no parameters, this can be left unset", and
 * the Gemini API has rejected an OBJECT with no properties as function parameters (docs/decisions/0043).
 */
export function isParameterlessSchema(schema: unknown): boolean {
  if (schema === undefined || schema === null) return true;
  if (!isRecord(schema)) return false;
  for (const key of Object.keys(schema)) if (!IGNORABLE.has(key)) return false;
  if (schema.type !== undefined && schema.type !== "object") return false;
  if (schema.properties !== undefined && !(isRecord(schema.properties) && Object.keys(schema.properties).length === 0)) return false;
  if (schema.required !== undefined && !(Array.isArray(schema.required) && schema.required.length === 0)) return false;
  return schema.additionalProperties === undefined || schema.additionalProperties === false;
}
