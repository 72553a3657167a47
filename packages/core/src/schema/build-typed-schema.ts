/**
 * The typed part of stage 2: decide the node's JSON types (declared, implied by `enum`/`const`, or
 * inferred from keywords), then build one Gemini node per type — a `["string","integer"]` union becomes
 * `anyOf` — and warn about every keyword the chosen types do not carry.
 */
import type { GeminiSchema } from "../wire/gemini/gemini-schema";
import type { SchemaContext, SchemaPath } from "./schema-context";
import type { FlatSchema } from "./merge-schema-keyword";
import { applyAnnotations, combineAlternatives, type Converted, nullOnlySchema, readAnnotations } from "./gemini-schema-node";
import { buildScalarKeywords } from "./build-scalar-schema";
import { buildArraySchema, buildObjectSchema } from "./build-container-schema";
import { jsonKey } from "./json-value";
import { GEMINI_TYPE_BY_JSON_TYPE, type JsonType, KEYWORDS_BY_TYPE } from "./schema-keywords";

const TYPE_ORDER: readonly JsonType[] = ["object", "array", "string", "integer", "number", "boolean", "null"];

export function buildTypedSchema(context: SchemaContext, flat: FlatSchema, path: SchemaPath, depth: number): Converted {
  let enumValues = flat.enumValues?.value;
  let types = decideTypes(context, flat, path);
  if (types.has("integer") && types.has("number")) types.delete("integer");
  if (enumValues !== undefined && context.options.nonStringEnum === "string") {
    ({ types, enumValues } = stringifyEnum(context, flat, types, enumValues));
  }
  const byType = new Map<JsonType, unknown[] | undefined>();
  for (const type of TYPE_ORDER) {
    if (!types.has(type)) continue;
    const values = enumValues?.filter((value) => fits(type, value));
    if (values !== undefined && values.length === 0) continue;
    byType.set(type, values);
  }
  if (flat.cut !== undefined) {
    context.warn(flat.cut.path, "truncated", `Recursive \`$ref\` "${flat.cut.ref}" cut after ${context.options.maxRefDepth} expansions (option \`maxRefDepth\`); the innermost level keeps only its type.`);
  }
  const nullable = byType.delete("null");
  const used = new Set<string>();
  const annotations = readAnnotations(context, flat);
  const nodes: GeminiSchema[] = [];
  for (const [type, values] of byType) {
    const node: GeminiSchema = { type: GEMINI_TYPE_BY_JSON_TYPE[type] };
    if (type === "object") buildObjectSchema(context, flat, node, used, depth);
    else if (type === "array") buildArraySchema(context, flat, node, used, depth);
    else buildScalarKeywords(context, flat, type, node, values, used);
    nodes.push(node);
  }
  warnUnused(context, flat, [...byType.keys()], used);
  if (nodes.length === 0) {
    return nullable ? { kind: "schema", node: applyAnnotations(nullOnlySchema(context, path), annotations), nullOnly: true } : { kind: "never" };
  }
  if (nodes.length === 1) {
    const only = nodes[0] as GeminiSchema;
    return { kind: "schema", node: applyAnnotations(nullable ? { ...only, nullable: true } : only, annotations), nullOnly: false };
  }
  const results: Converted[] = nodes.map((node) => ({ kind: "schema", node, nullOnly: false }));
  if (nullable) results.push({ kind: "schema", node: { type: "NULL" }, nullOnly: true });
  return combineAlternatives(context, results, annotations, path);
}

function decideTypes(context: SchemaContext, flat: FlatSchema, path: SchemaPath): Set<JsonType> {
  if (flat.types !== undefined) return new Set(flat.types);
  const enumValues = flat.enumValues?.value;
  if (enumValues !== undefined) {
    const implied = new Set<JsonType>();
    for (const value of enumValues) implied.add(typeOfValue(value));
    if (implied.has("integer") && implied.has("number")) implied.delete("integer");
    return implied;
  }
  if (flat.cut !== undefined) return new Set([peekType(flat.cut.target.node)]);
  const inferred = new Set<JsonType>();
  for (const type of ["object", "array", "string", "number"] as const) {
    if (KEYWORDS_BY_TYPE[type].some((keyword) => hasKeyword(flat, keyword))) inferred.add(type);
  }
  const format = flat.keywords.get("format")?.value;
  if (inferred.size === 1 && inferred.has("number") && (format === "int32" || format === "int64")) {
    inferred.delete("number");
    inferred.add("integer");
  }
  if (inferred.size === 0) {
    context.warn(path, "approximated", "A schema without `type` or keywords accepts any value; Gemini requires a type, so it became STRING.");
    return new Set(["string"]);
  }
  const names = [...inferred].map((type) => GEMINI_TYPE_BY_JSON_TYPE[type]).join(", ");
  context.warn(path, "approximated", `No \`type\`; inferred ${names} from the keywords present (Gemini requires a type, so other kinds of value are no longer accepted).`);
  return inferred;
}

function hasKeyword(flat: FlatSchema, keyword: string): boolean {
  switch (keyword) {
    case "properties":
      return flat.properties.size > 0;
    case "required":
      return flat.required.length > 0;
    case "items":
      return flat.items.length > 0;
    case "prefixItems":
      return flat.prefixItems !== undefined;
    case "additionalProperties":
      return flat.additionalProperties !== undefined;
    case "propertyOrdering":
      return flat.propertyOrdering !== undefined;
    case "minimum":
    case "exclusiveMinimum":
      return flat.lower !== undefined;
    case "maximum":
    case "exclusiveMaximum":
      return flat.upper !== undefined;
    case "enum":
    case "format":
      return false;
    default:
      return flat.keywords.has(keyword);
  }
}

function warnUnused(context: SchemaContext, flat: FlatSchema, types: JsonType[], used: ReadonlySet<string>) {
  const names = types.map((type) => GEMINI_TYPE_BY_JSON_TYPE[type]).join("/") || "NULL";
  const report = (keyword: string, path: SchemaPath) => {
    if (!used.has(keyword)) context.warn(path, "dropped", `\`${keyword}\` dropped: it does not apply to type ${names}.`);
  };
  for (const [keyword, located] of flat.keywords) if (!keyword.startsWith("pending:")) report(keyword, located.path);
  if (flat.lower !== undefined) report("minimum", flat.lower.path);
  if (flat.upper !== undefined) report("maximum", flat.upper.path);
  const firstProperty = [...flat.properties.values()][0]?.[0];
  if (firstProperty !== undefined) report("properties", firstProperty.path.slice(0, -1));
  if (flat.required[0] !== undefined) report("required", flat.required[0].path.slice(0, -1));
  if (flat.items[0] !== undefined) report("items", flat.items[0].path);
  if (flat.prefixItems !== undefined) report("prefixItems", flat.prefixItems.path);
  if (flat.additionalProperties !== undefined) report("additionalProperties", flat.additionalProperties.path);
  if (flat.propertyOrdering !== undefined) report("propertyOrdering", flat.propertyOrdering.path);
}

/** `nonStringEnum: "string"`: every primitive value becomes a string enum member (`format: "enum"`). */
function stringifyEnum(context: SchemaContext, flat: FlatSchema, types: Set<JsonType>, values: unknown[]) {
  const at = flat.enumValues?.path ?? [];
  const kept = values.filter((value) => [...types].some((type) => fits(type, value)) || flat.types === undefined);
  if (kept.every((value) => typeof value === "string" || value === null)) return { types, enumValues: values };
  const strings: unknown[] = [];
  for (const value of kept) {
    if (value === null || typeof value === "string") strings.push(value);
    else if (typeof value === "number" || typeof value === "boolean") strings.push(String(value));
    else context.warn(at, "dropped", `Enum value ${jsonKey(value, context.path(at))} dropped: Gemini's enum holds strings only.`);
  }
  context.warn(at, "approximated", "Non-string `enum` values became strings (option `nonStringEnum: \"string\"`): the model will answer e.g. \"1\" instead of 1.");
  const next = new Set<JsonType>(["string"]);
  if (strings.includes(null)) next.add("null");
  flat.keywords.set("format", { value: "enum", path: at });
  return { types: next, enumValues: strings };
}

export function typeOfValue(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "object") return typeof value as JsonType;
  return "string";
}

function fits(type: JsonType, value: unknown): boolean {
  const actual = typeOfValue(value);
  return actual === type || (type === "number" && actual === "integer");
}

/** Type of a recursion-cut target without expanding it further. */
function peekType(node: unknown): JsonType {
  if (typeof node === "object" && node !== null && !Array.isArray(node)) {
    const record = node as Record<string, unknown>;
    const declared = Array.isArray(record.type) ? record.type.find((type) => type !== "null") : record.type;
    if (typeof declared === "string" && Object.hasOwn(GEMINI_TYPE_BY_JSON_TYPE, declared) && declared !== "null") return declared as JsonType;
    if (Object.hasOwn(record, "items")) return "array";
  }
  return "object";
}
