/**
 * Stage 2 of the classic translation, for one schema position, as one recursive module (a node's
 * properties and items are schema positions again): Vertex `ref`s, unions (distributed over their
 * sibling constraints: A ∧ (B ∨ C) = (A ∧ B) ∨ (A ∧ C)), then the typed node. Recursion is one frame
 * per schema level and bounded by `maxDepth`, so a 10,000-deep schema ends in a clear 400.
 */
import type { GeminiSchema } from "../wire/gemini/gemini-schema";
import type { SchemaContext, SchemaPath } from "./schema-context";
import { flattenSchemaNode, type SchemaPart, type SubSchema } from "./flatten-schema-node";
import type { FlatSchema } from "./merge-schema-keyword";
import { applyAnnotations, combineAlternatives, type Converted, nullOnlySchema, readAnnotations } from "./gemini-schema-node";
import { buildScalarKeywords } from "./build-scalar-schema";
import { isRecord, jsonKey } from "./json-value";
import { defineOwn } from "../shared/define-own";
import { encodePointerSegment, rootDefinitionName } from "./resolve-schema-ref";
import { GEMINI_TYPE_BY_JSON_TYPE, type JsonType, KEYWORDS_BY_TYPE } from "./schema-keywords";

/** Unions multiply when several sit on one node (`anyOf` beside `oneOf`, or in `allOf` members). */
const MAX_UNION_BRANCHES = 64;
const BRANCH_OMIT = ["anyOf", "oneOf", "title", "description", "default", "example", "examples"];

export function convertSchemaNode(context: SchemaContext, sub: SubSchema, depth: number): Converted {
  const path = sub.parts[0]?.path ?? [];
  context.checkDepth(depth, path);
  const vertexRef = vertexReference(context, sub);
  if (vertexRef !== undefined) return { kind: "schema", node: vertexRef, nullOnly: false };
  const flat = flattenSchemaNode(context, sub);
  if (flat.never) return { kind: "never" };
  if (flat.disjunctions.length === 0) return buildTypedSchema(context, flat, path, depth);

  let combos: SchemaPart[][] = [[]];
  for (const disjunction of flat.disjunctions) {
    combos = combos.flatMap((combo) => disjunction.branches.map((branch) => [...combo, branch]));
    if (combos.length > MAX_UNION_BRANCHES) {
      throw context.invalid(disjunction.path, `The unions on this schema expand to more than ${MAX_UNION_BRANCHES} alternatives; Gemini's Schema cannot express it. Simplify the schema.`);
    }
  }
  const base = flat.parts.map((part) => ({ ...part, omit: new Set([...(part.omit ?? []), ...BRANCH_OMIT]) }));
  const results = combos.map((combo) => convertSchemaNode(context, { parts: [...base, ...combo], trail: flat.trail }, depth + 1));
  return combineAlternatives(context, results, readAnnotations(context, flat), path);
}

/**
 * Vertex's classic Schema has `ref`/`defs` (defs at the root only), which keeps recursive schemas
 * whole. Only a bare `{"$ref": "#/$defs/Name"}` (or `#/definitions/Name`) becomes a `ref`: with
 * sibling keywords the node is inlined, so nothing beside the ref is lost.
 */
function vertexReference(context: SchemaContext, sub: SubSchema): GeminiSchema | undefined {
  if (context.options.dialect !== "vertex" || context.options.target !== "schema" || sub.parts.length !== 1) return undefined;
  const part = sub.parts[0] as SchemaPart;
  if (!isRecord(part.node) || part.omit !== undefined) return undefined;
  const keys = Object.keys(part.node);
  const ref = part.node.$ref;
  if (keys.length !== 1 || typeof ref !== "string") return undefined;
  const definition = rootDefinitionName(ref);
  if (definition === undefined || !context.requestDefinition(definition.container, definition.name, part.path)) return undefined;
  context.spend(part.path);
  return { ref: `#/defs/${encodePointerSegment(definition.name)}` };
}

/**
 * The typed part of stage 2: decide the node's JSON types (declared, implied by `enum`/`const`, or
 * inferred from keywords), then build one Gemini node per type — a `["string","integer"]` union becomes
 * `anyOf` — and warn about every keyword the chosen types do not carry.
 */
const TYPE_ORDER: readonly JsonType[] = ["object", "array", "string", "integer", "number", "boolean", "null"];

function buildTypedSchema(context: SchemaContext, flat: FlatSchema, path: SchemaPath, depth: number): Converted {
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

function typeOfValue(value: unknown): JsonType {
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

/**
 * OBJECT and ARRAY nodes. Property names are user data: they are written with `defineOwn`, so
 * `__proto__` and `constructor` stay ordinary properties. `required` names must exist in `properties`
 * (Gemini rejects the request otherwise); `propertyOrdering` follows the order properties were declared.
 */
function buildObjectSchema(context: SchemaContext, flat: FlatSchema, node: GeminiSchema, used: Set<string>, depth: number) {
  for (const keyword of ["properties", "required", "propertyOrdering", "minProperties", "maxProperties", "additionalProperties"]) used.add(keyword);
  const properties: Record<string, GeminiSchema> = {};
  const names: string[] = [];
  for (const [name, parts] of flat.properties) {
    const result = convertSchemaNode(context, { parts, trail: flat.trail }, depth + 1);
    if (result.kind === "never") {
      context.warn(parts[0]?.path ?? [], "dropped", `Property "${name}" dropped: its schema admits no value.`);
      continue;
    }
    defineOwn(properties, name, result.node);
    names.push(name);
  }
  if (names.length > 0) node.properties = properties;
  const required: string[] = [];
  for (const { value, path } of flat.required) {
    if (required.includes(value)) continue;
    if (names.includes(value)) required.push(value);
    else context.warn(path, "dropped", `Required name "${value}" dropped: it is not in \`properties\`, and Gemini rejects required names it cannot find there.`);
  }
  if (required.length > 0) node.required = required;
  const ordering = flat.propertyOrdering?.value.filter((name) => names.includes(name)) ?? names;
  if (ordering.length > 1) node.propertyOrdering = ordering;
  for (const keyword of ["minProperties", "maxProperties"] as const) {
    const located = flat.keywords.get(keyword);
    if (located !== undefined) node[keyword] = String(located.value);
  }
  const extra = flat.additionalProperties;
  if (extra === undefined) return;
  if (context.options.dialect === "gemini") {
    context.warn(extra.path, "dropped", "`additionalProperties` dropped: the Gemini API's Schema has no such field (use target \"json-schema\" to keep it).");
    return;
  }
  if (typeof extra.value === "boolean") node.additionalProperties = extra.value;
  else if (isRecord(extra.value)) {
    const result = convertSchemaNode(context, { parts: [{ node: extra.value, path: extra.path }], trail: flat.trail }, depth + 1);
    node.additionalProperties = result.kind === "never" ? false : result.node;
  } else throw context.invalid(extra.path, "`additionalProperties` must be a boolean or a schema.");
}

function buildArraySchema(context: SchemaContext, flat: FlatSchema, node: GeminiSchema, used: Set<string>, depth: number) {
  for (const keyword of ["items", "prefixItems", "minItems", "maxItems"]) used.add(keyword);
  let items: Converted | undefined;
  if (flat.prefixItems !== undefined) {
    const { value, path } = flat.prefixItems;
    context.warn(path, "approximated", "Tuple `prefixItems` became `items` accepting any of the positions' schemas: Gemini's Schema has no tuples.");
    const positions = value.map((position, index) => convertSchemaNode(context, { parts: [{ node: position as never, path: [...path, index] }], trail: flat.trail }, depth + 1));
    if (flat.items.length > 0) positions.push(convertSchemaNode(context, { parts: flat.items, trail: flat.trail }, depth + 1));
    items = combineAlternatives(context, positions, {}, path);
  } else if (flat.items.length > 0) {
    items = convertSchemaNode(context, { parts: flat.items, trail: flat.trail }, depth + 1);
  }
  const minItems = flat.keywords.get("minItems");
  const maxItems = flat.keywords.get("maxItems");
  if (minItems !== undefined) node.minItems = String(minItems.value);
  if (maxItems !== undefined) node.maxItems = String(maxItems.value);
  if (items?.kind === "never") {
    // `items: false`: only the empty array is valid, which `maxItems: 0` says exactly.
    node.maxItems = "0";
    node.items = { type: "STRING" };
    return;
  }
  if (items === undefined) {
    const at = flat.parts[0]?.path ?? [];
    context.warn(at, "approximated", "An array without `items` accepts any elements; Gemini requires `items`, so elements became STRING.");
    node.items = { type: "STRING" };
    return;
  }
  node.items = items.node;
}

export type { SchemaPath };
