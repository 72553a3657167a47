/**
 * Stage 1 of the classic translation: turn one schema position (a conjunction of raw JSON Schema nodes)
 * into a single flat description. `$ref`s are inlined (counted on the path's ref trail, so cycles are
 * cut, never followed forever), `allOf` members become further conjuncts, and every keyword is merged
 * across conjuncts the way `allOf` means it (types intersect, bounds tighten, properties accumulate).
 * Children (`properties`, `items`, branches) stay raw; stage 2 translates them with their own paths.
 */
import type { RefTrail, SchemaContext, SchemaPath } from "./schema-context";
import { refCount } from "./schema-context";
import { hasOwn, isRecord, jsonKey, type JSONObject } from "./json-value";
import { resolveSchemaRef } from "./resolve-schema-ref";
import { DROPPED_KEYWORD_REASONS, JSON_TYPES, type JsonType } from "./schema-keywords";
import { mergeKeyword, type FlatSchema, type SchemaPart } from "./merge-schema-keyword";

export type { FlatSchema, SchemaPart } from "./merge-schema-keyword";

/** A schema position: raw conjuncts plus the `$ref`s expanded on the way there. */
export interface SubSchema {
  parts: SchemaPart[];
  trail: RefTrail | undefined;
}

const HANDLED_HERE = new Set(["$ref", "allOf", "$defs", "definitions", "type", "nullable", "enum", "const"]);

export function flattenSchemaNode(context: SchemaContext, sub: SubSchema): FlatSchema {
  const flat: FlatSchema = {
    types: undefined,
    enumValues: undefined,
    annotations: new Map(),
    keywords: new Map(),
    properties: new Map(),
    required: [],
    items: [],
    disjunctions: [],
    never: false,
    cut: undefined,
    parts: [],
    trail: sub.trail,
  };
  const queue = [...sub.parts];
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    context.spend(part.path);
    const { node, path } = part;
    if (node === true) continue;
    if (node === false) {
      flat.never = true;
      continue;
    }
    if (!isRecord(node)) throw context.invalid(path, "A schema must be an object or a boolean.");
    const omit = part.omit;
    const keep = (key: string) => hasOwn(node, key) && (omit === undefined || !omit.has(key));
    if (keep("$ref")) {
      const ref = node.$ref;
      const seen = refCount(flat.trail, String(ref));
      if (seen >= context.options.maxRefDepth) {
        flat.cut = { ref: String(ref), path: [...path, "$ref"], target: resolveSchemaRef(context, ref, path) };
      } else {
        const target = resolveSchemaRef(context, ref, path);
        flat.trail = { ref: String(ref), next: flat.trail };
        queue.push({ node: target.node as JSONObject | boolean, path: target.path });
      }
    }
    if (keep("allOf")) {
      const members = node.allOf;
      if (!Array.isArray(members) || members.length === 0) throw context.invalid([...path, "allOf"], "`allOf` must be a non-empty array of schemas.");
      members.forEach((member, index) => {
        queue.push({ node: member as JSONObject | boolean, path: [...path, "allOf", index] });
      });
    }
    readTypeAndEnum(context, flat, node, path, keep);
    for (const key of Object.keys(node)) {
      if (HANDLED_HERE.has(key) || !keep(key)) continue;
      if (!mergeKeyword(context, flat, key, node[key], path)) {
        const reason = (DROPPED_KEYWORD_REASONS as Record<string, string>)[key];
        const why = reason ?? (key.startsWith("x-") ? "vendor extension with no Gemini field" : "not a keyword Gemini's Schema supports");
        context.warn([...path, key], "dropped", `\`${key}\` dropped: ${why}.`);
      }
    }
    flat.parts.push({ node, path, omit: new Set([...(omit ?? []), "$ref", "allOf"]) });
  }
  return flat;
}

function readTypeAndEnum(context: SchemaContext, flat: FlatSchema, node: JSONObject, path: SchemaPath, keep: (key: string) => boolean) {
  let partTypes: Set<JsonType> | undefined;
  if (keep("type")) {
    const raw = node.type;
    const list = Array.isArray(raw) ? raw : [raw];
    partTypes = new Set();
    for (const type of list) {
      if (typeof type !== "string" || !(JSON_TYPES as readonly string[]).includes(type)) {
        throw context.invalid([...path, "type"], `Unknown JSON Schema type ${JSON.stringify(type) ?? String(type)}; expected one of ${JSON_TYPES.join(", ")}.`);
      }
      partTypes.add(type as JsonType);
    }
  }
  if (keep("nullable")) {
    if (typeof node.nullable !== "boolean") throw context.invalid([...path, "nullable"], "`nullable` must be a boolean.");
    if (node.nullable && partTypes !== undefined) partTypes.add("null");
  }
  if (partTypes !== undefined) flat.types = flat.types === undefined ? partTypes : intersectTypes(flat.types, partTypes);
  const enumSources: Array<[unknown[], SchemaPath]> = [];
  if (keep("enum")) {
    if (!Array.isArray(node.enum)) throw context.invalid([...path, "enum"], "`enum` must be an array.");
    enumSources.push([node.enum, [...path, "enum"]]);
  }
  if (keep("const")) enumSources.push([[node.const], [...path, "const"]]);
  for (const [values, at] of enumSources) {
    if (flat.enumValues === undefined) {
      flat.enumValues = { value: [...values], path: at };
    } else {
      const allowed = new Set(values.map((value) => jsonKey(value, context.path(at))));
      flat.enumValues = {
        value: flat.enumValues.value.filter((value) => allowed.has(jsonKey(value, context.path(at)))),
        path: flat.enumValues.path,
      };
    }
  }
}

/** `allOf` of two type sets: common types, where `integer` ⊂ `number`. */
export function intersectTypes(left: ReadonlySet<JsonType>, right: ReadonlySet<JsonType>): Set<JsonType> {
  const out = new Set<JsonType>();
  for (const type of left) {
    if (right.has(type)) out.add(type);
    else if (type === "integer" && right.has("number")) out.add("integer");
    else if (type === "number" && right.has("integer")) out.add("integer");
  }
  return out;
}
