import type { GeminiSchema } from "../wire/gemini/gemini-schema";
import type { Translation } from "../shared/result";
import { cloneJsonValue, isRecord, type JSONObject } from "./json-value";
import { defineOwn } from "../shared/define-own";
import { SchemaContext, type SchemaPath } from "./schema-context";
import { resolveSchemaOptions } from "./schema-options";
import { INT64_KEYWORDS } from "./schema-keywords";

const COPIED = ["format", "title", "description", "pattern", "minimum", "maximum", "default"] as const;
const KNOWN = new Set<string>([
  ...COPIED, ...INT64_KEYWORDS, "type", "nullable", "enum", "items", "properties", "required", "propertyOrdering",
  "anyOf", "additionalProperties", "ref", "defs", "example",
]);

/**
 * Gemini `Schema` → JSON Schema (draft 2020-12), for a Gemini client's `parameters` / `responseSchema`
 * sent to an OpenAI-compatible upstream. Types are lower-cased, `nullable` becomes a `"null"` type (or a
 * `null` branch of `anyOf`), int64 strings become numbers, Vertex `ref`/`defs` become `$ref`/`$defs`,
 * and `propertyOrdering` is kept as is (JSON Schema ignores unknown keywords; Gemini's JSON-Schema
 * fields read it). Depth-bounded like the forward direction.
 *
 * @example
 * geminiSchemaToJsonSchema({ type: "STRING", nullable: true }).value; // { type: ["string", "null"] }
 */
export function geminiSchemaToJsonSchema(schema: GeminiSchema, options: { maxDepth?: number; path?: string } = {}): Translation<JSONObject> {
  const context = new SchemaContext(schema, resolveSchemaOptions(options));
  return { value: convert(context, schema, [], 0), warnings: context.warnings };
}

function convert(context: SchemaContext, node: unknown, path: SchemaPath, depth: number): JSONObject {
  context.checkDepth(depth, path);
  context.spend(path);
  if (!isRecord(node)) throw context.invalid(path, "A Gemini Schema must be an object.");
  const out: JSONObject = {};
  const type = typeof node.type === "string" ? node.type.toUpperCase() : undefined;
  const nullable = node.nullable === true;
  const jsonType = type === undefined || type === "TYPE_UNSPECIFIED" ? undefined : type.toLowerCase();
  if (jsonType !== undefined) out.type = nullable && jsonType !== "null" ? [jsonType, "null"] : jsonType;
  for (const key of COPIED) if (node[key] !== undefined && !(key === "format" && node[key] === "enum")) defineOwn(out, key, cloneJsonValue(node[key], context.budget, null));
  for (const key of INT64_KEYWORDS) {
    const value = node[key];
    if (value === undefined) continue;
    const number = typeof value === "string" ? Number(value) : value;
    if (typeof number !== "number" || !Number.isInteger(number)) throw context.invalid([...path, key], `\`${key}\` must be an int64 (integer or decimal string).`);
    out[key] = number;
  }
  if (Array.isArray(node.enum)) {
    // Vertex allows `{type: INTEGER, format: enum, enum: ["101"]}`: the values are numbers written as strings.
    const numeric = jsonType === "integer" || jsonType === "number";
    const values: unknown[] = node.enum.map((value) => (numeric && typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value));
    if (nullable) values.push(null);
    out.enum = values;
  }
  if (node.example !== undefined) out.examples = [cloneJsonValue(node.example, context.budget, null)];
  if (node.items !== undefined) out.items = convert(context, node.items, [...path, "items"], depth + 1);
  if (isRecord(node.properties)) out.properties = convertMap(context, node.properties, [...path, "properties"], depth);
  for (const key of ["required", "propertyOrdering"] as const) if (Array.isArray(node[key])) out[key] = [...(node[key] as string[])];
  if (Array.isArray(node.anyOf)) {
    const branches = node.anyOf.map((branch, index) => convert(context, branch, [...path, "anyOf", index], depth + 1));
    if (nullable && jsonType === undefined) branches.push({ type: "null" });
    out.anyOf = branches;
  }
  if (node.additionalProperties !== undefined) {
    const extra = node.additionalProperties;
    out.additionalProperties = typeof extra === "boolean" ? extra : convert(context, extra, [...path, "additionalProperties"], depth + 1);
  }
  if (typeof node.ref === "string") out.$ref = node.ref.startsWith("#/defs/") ? `#/$defs/${node.ref.slice("#/defs/".length)}` : node.ref;
  if (isRecord(node.defs)) out.$defs = convertMap(context, node.defs, [...path, "defs"], depth);
  for (const key of Object.keys(node)) {
    if (!KNOWN.has(key)) context.warn([...path, key], "dropped", `\`${key}\` dropped: not a field of Gemini's Schema.`);
  }
  if (nullable && jsonType === undefined && !Array.isArray(node.anyOf)) {
    context.warn([...path, "nullable"], "dropped", "`nullable` without `type` or `anyOf` constrains nothing; dropped.");
  }
  return out;
}

function convertMap(context: SchemaContext, map: JSONObject, path: SchemaPath, depth: number): JSONObject {
  const out: JSONObject = {};
  for (const name of Object.keys(map)) defineOwn(out, name, convert(context, map[name], [...path, name], depth + 1));
  return out;
}
