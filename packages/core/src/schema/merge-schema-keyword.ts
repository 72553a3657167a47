/**
 * Merges one keyword of one conjunct into the flat description of a schema position, with `allOf`
 * semantics: lower bounds take the larger value, upper bounds the smaller, properties and `required`
 * accumulate, annotations keep the first (outermost) value. Returns false for keywords it does not know,
 * which the caller drops with a warning.
 */
import type { RefTrail, SchemaContext, SchemaPath } from "./schema-context";
import type { ResolvedRef } from "./resolve-schema-ref";
import type { JsonType } from "./schema-keywords";
import type { JSONObject } from "./json-value";
import { isRecord } from "./json-value";

export interface SchemaPart {
  node: JSONObject | boolean;
  path: SchemaPath;
  /** Keywords of `node` already accounted for (a re-flattened conjunct must not expand `$ref` twice). */
  omit?: ReadonlySet<string> | undefined;
}

export interface Located<T> {
  value: T;
  path: SchemaPath;
}

export interface Bound {
  value: number;
  exclusive: boolean;
  path: SchemaPath;
}

export interface FlatSchema {
  types: Set<JsonType> | undefined;
  enumValues: Located<unknown[]> | undefined;
  annotations: Map<"title" | "description" | "default" | "example", Located<unknown>>;
  /** Type-specific scalar keywords after merging (`minLength`, `format`, `pattern`, …; bounds in `lower`/`upper`). */
  keywords: Map<string, Located<unknown>>;
  lower?: Bound;
  upper?: Bound;
  properties: Map<string, SchemaPart[]>;
  required: Located<string>[];
  items: SchemaPart[];
  prefixItems?: Located<unknown[]>;
  additionalProperties?: Located<unknown>;
  propertyOrdering?: Located<string[]>;
  disjunctions: Array<{ kind: "anyOf" | "oneOf"; branches: SchemaPart[]; path: SchemaPath }>;
  /** A `false` conjunct, or types/enum that cannot all hold: no value is valid. */
  never: boolean;
  /** A recursive `$ref` cut by `maxRefDepth`. */
  cut: { ref: string; path: SchemaPath; target: ResolvedRef } | undefined;
  parts: SchemaPart[];
  trail: RefTrail | undefined;
}

const LOWER_COUNTS = new Set(["minLength", "minItems", "minProperties"]);
const UPPER_COUNTS = new Set(["maxLength", "maxItems", "maxProperties"]);

export function mergeKeyword(context: SchemaContext, flat: FlatSchema, key: string, value: unknown, path: SchemaPath): boolean {
  const at = [...path, key];
  switch (key) {
    case "title":
    case "description":
      if (typeof value !== "string") throw context.invalid(at, `\`${key}\` must be a string.`);
      if (!flat.annotations.has(key)) flat.annotations.set(key, { value, path: at });
      return true;
    case "default":
    case "example":
      if (!flat.annotations.has(key)) flat.annotations.set(key, { value, path: at });
      return true;
    case "examples":
      if (!Array.isArray(value)) return false;
      if (value.length > 1) context.warn(at, "approximated", `\`examples\` has ${value.length} entries; Gemini's Schema has one \`example\`, so only the first is kept.`);
      if (value.length > 0 && !flat.annotations.has("example")) flat.annotations.set("example", { value: value[0], path: [...at, 0] });
      return true;
    case "anyOf":
    case "oneOf": {
      if (!Array.isArray(value) || value.length === 0) throw context.invalid(at, `\`${key}\` must be a non-empty array of schemas.`);
      if (key === "oneOf") context.warn(at, "approximated", "`oneOf` translated to `anyOf` (Gemini has no exclusive union; values matching several branches are no longer rejected).");
      flat.disjunctions.push({ kind: key, path: at, branches: value.map((branch, index) => ({ node: branch as JSONObject | boolean, path: [...at, index] })) });
      return true;
    }
    case "properties":
      if (!isRecord(value)) throw context.invalid(at, "`properties` must be an object of schemas.");
      for (const name of Object.keys(value)) {
        const list = flat.properties.get(name) ?? [];
        list.push({ node: value[name] as JSONObject | boolean, path: [...at, name] });
        flat.properties.set(name, list);
      }
      return true;
    case "required":
      if (!Array.isArray(value) || value.some((name) => typeof name !== "string")) throw context.invalid(at, "`required` must be an array of strings.");
      value.forEach((name: string, index) => {
        flat.required.push({ value: name, path: [...at, index] });
      });
      return true;
    case "items":
      if (Array.isArray(value)) return mergeKeyword(context, flat, "prefixItems", value, path);
      flat.items.push({ node: value as JSONObject | boolean, path: at });
      return true;
    case "prefixItems":
      if (!Array.isArray(value)) throw context.invalid(at, "`prefixItems` must be an array of schemas.");
      flat.prefixItems ??= { value, path: at };
      return true;
    case "additionalProperties":
      flat.additionalProperties ??= { value, path: at };
      return true;
    case "propertyOrdering":
      if (!Array.isArray(value) || value.some((name) => typeof name !== "string")) throw context.invalid(at, "`propertyOrdering` must be an array of strings.");
      flat.propertyOrdering ??= { value: value as string[], path: at };
      return true;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      mergeBound(context, flat, key, value, at);
      return true;
    case "format":
    case "pattern": {
      if (typeof value !== "string") throw context.invalid(at, `\`${key}\` must be a string.`);
      const existing = flat.keywords.get(key);
      if (existing === undefined) flat.keywords.set(key, { value, path: at });
      else if (existing.value !== value) context.warn(at, "dropped", `\`${key}\` ${JSON.stringify(value)} dropped: combined with ${JSON.stringify(existing.value)} by \`allOf\`, and Gemini's Schema holds one.`);
      return true;
    }
    default:
      if (LOWER_COUNTS.has(key) || UPPER_COUNTS.has(key)) {
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw context.invalid(at, `\`${key}\` must be a non-negative integer.`);
        const existing = flat.keywords.get(key);
        const tighter = existing === undefined || (LOWER_COUNTS.has(key) ? value > (existing.value as number) : value < (existing.value as number));
        if (tighter) flat.keywords.set(key, { value, path: at });
        return true;
      }
      return false;
  }
}

/** Numeric bounds, both the draft-6+ form (`exclusiveMinimum: 5`) and the draft-4 form (`exclusiveMinimum: true` beside `minimum`). */
function mergeBound(context: SchemaContext, flat: FlatSchema, key: string, value: unknown, at: SchemaPath) {
  const isLower = key === "minimum" || key === "exclusiveMinimum";
  const side = isLower ? "lower" : "upper";
  if (typeof value === "boolean") {
    // Draft 4: the flag turns the sibling bound exclusive; the sibling may be merged before or after us.
    const bound = flat[side];
    if (value && bound !== undefined) flat[side] = { ...bound, exclusive: true };
    if (value && bound === undefined) flat.keywords.set(`pending:${side}`, { value: true, path: at });
    return;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) throw context.invalid(at, `\`${key}\` must be a finite number.`);
  const exclusive = key.startsWith("exclusive") || flat.keywords.has(`pending:${side}`);
  flat.keywords.delete(`pending:${side}`);
  const next: Bound = { value, exclusive, path: at };
  const current = flat[side];
  if (current === undefined) {
    flat[side] = next;
    return;
  }
  const tighter = isLower ? value > current.value : value < current.value;
  if (tighter || (value === current.value && exclusive)) flat[side] = next;
}
