/**
 * OBJECT and ARRAY nodes. Property names are user data: they are written with `defineOwn`, so
 * `__proto__` and `constructor` stay ordinary properties. `required` names must exist in `properties`
 * (Gemini rejects the request otherwise); `propertyOrdering` follows the order properties were declared.
 */
import type { GeminiSchema } from "../wire/gemini/gemini-schema";
import type { SchemaContext } from "./schema-context";
import type { FlatSchema } from "./merge-schema-keyword";
import { convertSchemaNode } from "./convert-schema-node";
import { combineAlternatives, type Converted } from "./gemini-schema-node";
import { defineOwn, isRecord } from "./json-value";

export function buildObjectSchema(context: SchemaContext, flat: FlatSchema, node: GeminiSchema, used: Set<string>, depth: number) {
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

export function buildArraySchema(context: SchemaContext, flat: FlatSchema, node: GeminiSchema, used: Set<string>, depth: number) {
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
