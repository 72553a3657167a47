/**
 * Converts Google discovery-style schemas (`{ id, type, properties, items, $ref: "Name", enum, format }`, as in the
 * aiplatform discovery document and our proto-derived generativelanguage file) into JSON Schema 2020-12 `$defs`.
 *
 * Wire rules of the proto3 JSON mapping that a plain reading of the discovery types would miss:
 * - `int64`/`uint64` are strings in the discovery doc, but parsers accept JSON numbers too;
 * - `byte` is base64 (standard or URL-safe alphabet), `google-duration` is `"1.5s"`;
 * - `type: "any"` (google.protobuf.Value) accepts everything;
 * - Schema.type enum values are accepted in lower case too (Gemini accepts `"object"` as well as `"OBJECT"`).
 * `null` handling and proto `oneof` groups are not expressible here; see gemini-payload-checks.ts.
 */

export interface DiscoverySchema {
  readonly id?: string;
  readonly type?: string;
  readonly format?: string;
  readonly $ref?: string;
  readonly enum?: readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, DiscoverySchema>>;
  readonly additionalProperties?: DiscoverySchema;
  readonly items?: DiscoverySchema;
  readonly "x-oneof"?: string;
  readonly "x-field-behavior"?: readonly string[];
}

export type JsonSchema = Record<string, unknown>;

export interface DiscoveryConvertOptions {
  /** Objects without `additionalProperties` reject unknown fields. */
  readonly strict: boolean;
  /** Fields marked REQUIRED (proto field_behavior or a "Required." description) become `required`. */
  readonly required: boolean;
  /** Proto-derived schemas carrying `x-oneof` / `x-field-behavior` for the same schema names (may be the same file). */
  readonly protoInfo?: Readonly<Record<string, DiscoverySchema>>;
  /** Properties never required on this schema (the request's `model` travels in the URL). */
  readonly notRequired?: Readonly<Record<string, readonly string[]>>;
}

/** Extra annotation on converted object schemas: proto oneof groups with more than one member. */
export const ONEOF_GROUPS = "x-gembridge-oneof-groups";

const BASE64 = "^[A-Za-z0-9+/_-]*={0,2}$";
const DURATION = "^-?[0-9]+(\\.[0-9]{1,9})?s$";
const INT32 = { minimum: -2147483648, maximum: 2147483647 } as const;
const UINT32 = { minimum: 0, maximum: 4294967295 } as const;

function convert(s: DiscoverySchema | undefined, strict: boolean): JsonSchema {
  if (!s) return {};
  if (s.$ref !== undefined) return { $ref: `#/$defs/${s.$ref}` };
  switch (s.type) {
    case "object": {
      const out: JsonSchema = { type: "object" };
      if (s.properties)
        out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, convert(v, strict)]));
      if (s.additionalProperties) out.additionalProperties = convert(s.additionalProperties, strict);
      else if (strict) out.additionalProperties = false;
      return out;
    }
    case "array":
      return { type: "array", items: convert(s.items, strict) };
    case "string":
      return convertString(s);
    case "integer":
      return { type: "integer", ...(s.format === "uint32" ? UINT32 : INT32) };
    case "number":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    default:
      // "any" (google.protobuf.Value) and anything unknown accept every JSON value.
      return {};
  }
}

function convertString(s: DiscoverySchema): JsonSchema {
  if (s.format === "int64") return { anyOf: [{ type: "string", pattern: "^-?[0-9]+$" }, { type: "integer" }] };
  if (s.format === "uint64") return { anyOf: [{ type: "string", pattern: "^[0-9]+$" }, { type: "integer", minimum: 0 }] };
  const out: JsonSchema = { type: "string" };
  if (s.enum) {
    const isTypeEnum = s.enum.includes("OBJECT") && s.enum.includes("STRING");
    out.enum = isTypeEnum ? [...s.enum, ...s.enum.map((v) => v.toLowerCase())] : [...s.enum];
  }
  if (s.format === "byte") out.pattern = BASE64;
  else if (s.format === "google-duration") out.pattern = DURATION;
  else if (s.format === "google-datetime" || s.format === "date-time") out.format = "date-time";
  return out;
}

export function discoveryToDefs(
  schemas: Readonly<Record<string, DiscoverySchema>>,
  options: DiscoveryConvertOptions,
): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const { $ref: _ignored, ...body } = schema;
    const def = convert({ ...body, type: "object" }, options.strict);
    const info = options.protoInfo?.[name];
    const props = schema.properties ?? {};
    const groups = new Map<string, string[]>();
    for (const [key, field] of Object.entries(info?.properties ?? {})) {
      const group = field["x-oneof"];
      if (group !== undefined && key in props) groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const multi = [...groups].filter(([, keys]) => keys.length > 1).map(([group, keys]) => ({ group, keys }));
    if (multi.length > 0) def[ONEOF_GROUPS] = multi;
    if (options.required) {
      const skip = options.notRequired?.[name] ?? [];
      const required = Object.entries(props)
        .filter(([key, field]) => {
          if (skip.includes(key)) return false;
          const behavior = info?.properties?.[key]?.["x-field-behavior"] ?? [];
          return behavior.includes("REQUIRED") || /^Required\./.test(field.description ?? "");
        })
        .map(([key]) => key);
      if (required.length > 0) def.required = required;
    }
    defs[name] = def;
  }
  return defs;
}
