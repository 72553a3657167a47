import { z } from "zod";
import { defineOwn as define } from "../../shared/define-own";

/**
 * Reads Gemini JSON the way Google's proto3 JSON parsers do, before validation (https://protobuf.dev/programming-guides/json/):
 *
 * - **snake_case field names** (`system_instruction`, `inline_data.mime_type`) are renamed to the camelCase JSON
 *   names. Google's REST docs write many examples that way; left as unknown keys, translators would silently ignore
 *   a system prompt or an image (decision 0024). When both spellings are present the camelCase one wins and the
 *   snake_case key stays as an unknown key.
 * - **`null` on a declared field means "unset"** and is removed (decision 0023), except where our schema accepts
 *   `null` as a value: `google.protobuf.Value` fields (`example`, `default`, JSON Schema documents) and
 *   `PartialArg.nullValue` (proto3 JSON writes `NullValue` as `null`).
 *
 * The walk follows our zod shapes: only a message's declared fields are renamed or dropped, so map keys (`labels`,
 * `Schema.properties`), `Struct` contents (`args`, `response`) and unknown fields are never touched.
 * Copy-on-write: the input is never mutated and comes back as-is when there is nothing to change. One preprocess at
 * the root, not one per message, keeps the cost within measurement noise on typical payloads.
 */
export function withProtoJsonInput<S extends z.ZodType>(schema: S) {
  return z.preprocess((input) => normalizeProtoJson(schema, input), schema);
}

/** What the normalizer does at one schema node; computed once per schema (instanceof on zod classes is slow). */
type Plan =
  | { kind: "array"; element: z.ZodType }
  | { kind: "record"; value: z.ZodType }
  | { kind: "object"; shape: Record<string, z.ZodType>; renames: ReadonlyMap<string, string>; valueFields: ReadonlySet<string> }
  | { kind: "leaf" };

const plans = new WeakMap<z.ZodType, Plan>();

function planOf(schema: z.ZodType): Plan {
  let plan = plans.get(schema);
  if (plan === undefined) {
    plan = buildPlan(dataNode(schema));
    plans.set(schema, plan);
  }
  return plan;
}

function buildPlan(node: z.ZodType): Plan {
  if (node instanceof z.ZodArray) return { kind: "array", element: node.element as z.ZodType };
  if (node instanceof z.ZodRecord) return { kind: "record", value: node.valueType as z.ZodType };
  if (!(node instanceof z.ZodObject)) return { kind: "leaf" };
  const shape = node.shape as Record<string, z.ZodType>;
  const renames = new Map<string, string>();
  const valueFields = new Set<string>();
  for (const [key, field] of Object.entries(shape)) {
    const snake = key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    if (snake !== key) renames.set(snake, key);
    // Fields whose schema accepts null hold null as a value (google.protobuf.Value, PartialArg.nullValue).
    if (field.safeParse(null).success) valueFields.add(key);
  }
  return { kind: "object", shape, renames, valueFields };
}

/** The node that carries the data shape under optional/lazy/pipe wrappers. */
function dataNode(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (;;) {
    if (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodLazy) node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodPipe) node = (node.in instanceof z.ZodTransform ? node.out : node.in) as z.ZodType;
    else return node;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}


function normalizeProtoJson(schema: z.ZodType, value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const plan = planOf(schema);
  switch (plan.kind) {
    case "leaf":
      return value;
    case "array": {
      if (!Array.isArray(value)) return value;
      let copy: unknown[] | undefined;
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        const next = normalizeProtoJson(plan.element, item);
        if (next === item) continue;
        copy ??= [...value];
        copy[index] = next;
      }
      return copy ?? value;
    }
    case "record":
      return isPlainObject(value) ? normalizeEntries(value, () => plan.value) : value;
    case "object": {
      if (!isPlainObject(value)) return value;
      const { shape, renames, valueFields } = plan;
      const dropsNull = (key: string) => value[key] === null && Object.hasOwn(shape, key) && !valueFields.has(key);
      let renamed: Record<string, unknown> = value;
      const keys = Object.keys(value);
      if (keys.some((key) => renames.has(key) || dropsNull(key))) {
        renamed = {};
        for (const key of keys) {
          const camel = renames.get(key);
          const target = camel !== undefined && !Object.hasOwn(value, camel) ? camel : key;
          // null on a declared (renamed or camelCase) field is "unset" in proto3 JSON.
          if (value[key] === null && Object.hasOwn(shape, target) && !valueFields.has(target)) continue;
          define(renamed, target, value[key]);
        }
      }
      return normalizeEntries(renamed, (key) => (Object.hasOwn(shape, key) ? shape[key] : undefined));
    }
  }
}

/** Normalizes each entry whose schema is known; copies the object only if some entry changed. */
function normalizeEntries(
  value: Record<string, unknown>,
  schemaOf: (key: string) => z.ZodType | undefined,
): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const item = value[key];
    // Only objects and arrays can hold snake_case keys; skip strings, numbers and the like without a lookup.
    if (typeof item !== "object" || item === null) continue;
    const schema = schemaOf(key);
    if (schema === undefined) continue;
    const next = normalizeProtoJson(schema, item);
    if (next === item) continue;
    if (copy === undefined) {
      copy = {};
      for (const [k, v] of Object.entries(value)) define(copy, k, v);
    }
    define(copy, key, next);
  }
  return copy ?? value;
}
