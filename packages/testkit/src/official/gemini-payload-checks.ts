/**
 * The two proto3 JSON rules JSON Schema cannot say, checked by walking the payload alongside the converted schema:
 * - `null` means "unset": Google's parsers accept it for any non-Value field. Lenient mode returns a copy without
 *   those nulls (so ajv judges the rest); strict mode reports them (our outputs should never send null).
 * - at most one member of a proto `oneof` may be set (e.g. a Part is text OR inlineData OR functionCall …).
 * Iterative (explicit stack) so deep payloads cannot overflow the call stack.
 */
import { ONEOF_GROUPS, type JsonSchema } from "./discovery-json-schema";

type Json = unknown;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export interface PayloadCheckResult {
  /** The payload to hand to ajv (nulls removed in lenient mode; the input is never mutated). */
  readonly payload: Json;
  readonly errors: string[];
}

export function checkGeminiPayload(
  payload: Json,
  rootRef: string,
  defs: Readonly<Record<string, JsonSchema>>,
  strict: boolean,
): PayloadCheckResult {
  const errors: string[] = [];
  const deref = (s: JsonSchema | undefined): JsonSchema | undefined => {
    let node = s;
    for (let hops = 0; node && typeof node.$ref === "string" && hops < 16; hops++) node = defs[node.$ref.slice(8)];
    return node;
  };
  const copy = structuredClone(payload);
  const stack: Array<{ value: Json; schema: JsonSchema | undefined; path: string }> = [
    { value: copy, schema: { $ref: rootRef }, path: "$" },
  ];
  while (stack.length > 0) {
    const { value, schema: raw, path } = stack.pop() as (typeof stack)[number];
    const schema = deref(raw);
    if (!schema || value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      if (schema.type === "array")
        for (const [i, v] of value.entries()) stack.push({ value: v, schema: schema.items as JsonSchema, path: `${path}[${i}]` });
      continue;
    }
    if (schema.type !== "object") continue;
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const extra = isObject(schema.additionalProperties) ? (schema.additionalProperties as JsonSchema) : undefined;
    for (const [key, child] of Object.entries(value)) {
      const childSchema = props[key] ?? extra;
      // `{}` is google.protobuf.Value: null is a real value there.
      const isValue = childSchema !== undefined && Object.keys(childSchema).length === 0;
      if (child === null && childSchema !== undefined && !isValue) {
        if (strict) errors.push(`${path}.${key}: null is not allowed (proto3 JSON reads null as unset; omit the field)`);
        else delete (value as Record<string, unknown>)[key];
        continue;
      }
      if (childSchema !== undefined && !isValue) stack.push({ value: child, schema: childSchema, path: `${path}.${key}` });
    }
    const groups = (schema[ONEOF_GROUPS] ?? []) as Array<{ group: string; keys: string[] }>;
    for (const { group, keys } of groups) {
      const set = keys.filter((k) => (value as Record<string, unknown>)[k] !== undefined);
      if (set.length > 1) errors.push(`${path}: oneof "${group}" allows one of [${keys.join(", ")}], found ${set.join(", ")}`);
    }
  }
  return { payload: copy, errors };
}
