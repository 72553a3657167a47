import type { GeminiSchema } from "../wire/gemini/gemini-schema";
import { GembridgeError } from "../errors/gembridge-error";
import type { Translation } from "../shared/result";
import { convertSchemaNode } from "./convert-schema-node";
import { canonical } from "./gemini-schema-node";
import { isRecord, type JSONObject } from "./json-value";
import { defineOwn } from "../shared/define-own";
import { SchemaContext } from "./schema-context";
import { type JsonSchemaToGeminiOptions, resolveSchemaOptions } from "./schema-options";
import { toJsonSchemaField } from "./to-json-schema-field";

/**
 * JSON Schema (tool `parameters`, `response_format.json_schema.schema`) → Gemini schema.
 * Target `"schema"` (default): the classic OpenAPI-subset `Schema` for `parameters` / `responseSchema`;
 * refs inlined (Vertex: `ref`/`defs`), unions and nullability rewritten, unsupported keywords dropped
 * with a warning each. Target `"json-schema"`: the full JSON Schema for `parametersJsonSchema` /
 * `responseJsonSchema`, copied with only what that field rejects removed. docs/readme/schema.md has
 * the tables; docs/decisions/0040–0044 the choices.
 *
 * @example
 * const { value, warnings } = jsonSchemaToGeminiSchema({ type: "object", properties: { q: { type: ["string", "null"] } } });
 * // value: { type: "OBJECT", properties: { q: { type: "STRING", nullable: true } } }
 */
export function jsonSchemaToGeminiSchema(schema: unknown, options: JsonSchemaToGeminiOptions & { target: "json-schema" }): Translation<JSONObject | boolean>;
export function jsonSchemaToGeminiSchema(schema: unknown, options?: JsonSchemaToGeminiOptions): Translation<GeminiSchema>;
export function jsonSchemaToGeminiSchema(schema: unknown, options?: JsonSchemaToGeminiOptions): Translation<GeminiSchema | JSONObject | boolean> {
  const context = new SchemaContext(schema, resolveSchemaOptions(options));
  if (context.options.target === "json-schema") {
    return { value: toJsonSchemaField(context, schema), warnings: context.warnings };
  }
  if (!isRecord(schema) && typeof schema !== "boolean") throw context.invalid([], "A schema must be an object or a boolean.");
  const result = convertSchemaNode(context, { parts: [{ node: schema, path: [] }], trail: undefined }, 0);
  if (result.kind === "never") {
    throw new GembridgeError("The schema admits no value at all (`false`, an empty `enum` or contradictory `allOf`).", { status: 400, code: "unsatisfiable_schema", param: context.path([]) || null });
  }
  let value = result.node;
  if (context.definitions.size > 0) value = canonical({ ...value, defs: vertexDefinitions(context) });
  return { value, warnings: context.warnings };
}

/** Vertex `defs`: every root definition a bare `$ref` pointed at, translated once (a Map iterates entries added meanwhile). */
function vertexDefinitions(context: SchemaContext): Record<string, GeminiSchema> {
  const defs: Record<string, GeminiSchema> = {};
  for (const [name, container] of context.definitions) {
    const holder = (context.root as JSONObject)[container] as JSONObject;
    const path = [container, name];
    const result = convertSchemaNode(context, { parts: [{ node: holder[name] as JSONObject | boolean, path }], trail: undefined }, 1);
    if (result.kind === "never") {
      // A Vertex `ref` cannot point at "nothing"; such a definition is almost always a mistake in the schema.
      throw new GembridgeError("This definition admits no value at all; Vertex's `defs` cannot express it.", { status: 400, code: "unsatisfiable_schema", param: context.path(path) });
    }
    defineOwn(defs, name, result.node);
  }
  return defs;
}
