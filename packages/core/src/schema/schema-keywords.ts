/**
 * What the classic Gemini `Schema` (OpenAPI 3.0 subset, https://ai.google.dev/api/caching#Schema) can carry, as data.
 * Sources: google/ai/generativelanguage/v1beta/content.proto `Schema` (GA) and aiplatform v1 discovery
 * rev 20260815 `GoogleCloudAiplatformV1Schema` (VX), both copied in /work/shared/spec.
 */
import type { SchemaDialect } from "./schema-options";

export type JsonType = "string" | "number" | "integer" | "boolean" | "array" | "object" | "null";
export type GeminiType = "STRING" | "NUMBER" | "INTEGER" | "BOOLEAN" | "ARRAY" | "OBJECT" | "NULL";

export const JSON_TYPES = ["string", "number", "integer", "boolean", "array", "object", "null"] as const satisfies readonly JsonType[];

/** JSON Schema type → Gemini `Type` enum name (upper case on the wire). */
export const GEMINI_TYPE_BY_JSON_TYPE = {
  string: "STRING",
  number: "NUMBER",
  integer: "INTEGER",
  boolean: "BOOLEAN",
  array: "ARRAY",
  object: "OBJECT",
  null: "NULL",
} as const satisfies Record<JsonType, GeminiType>;

/**
 * Type-specific keywords: Gemini rejects e.g. `items` on a non-ARRAY node ("field predicate failed:
 * $type == Type.ARRAY") and `enum` on non-STRING nodes ("enum: only allowed for STRING type"), so each
 * keyword is emitted only on the type it constrains. In JSON Schema these keywords do not constrain other
 * types, so leaving them off another type's node loses nothing.
 */
export const KEYWORDS_BY_TYPE = {
  string: ["minLength", "maxLength", "pattern", "format", "enum"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format"],
  integer: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format"],
  boolean: [],
  array: ["items", "prefixItems", "minItems", "maxItems"],
  object: ["properties", "required", "propertyOrdering", "minProperties", "maxProperties", "additionalProperties"],
  null: [],
} as const satisfies Record<JsonType, readonly string[]>;

/** Annotations kept on the outermost node (both dialects have `title`, `description`, `example`, `default`). */
export const ANNOTATION_KEYWORDS = ["title", "description", "default", "example", "examples"] as const;

/** Keywords consumed by the structural pass (refs, combinators, containers); never warned about on their own. */
export const STRUCTURAL_KEYWORDS = ["$ref", "allOf", "anyOf", "oneOf", "$defs", "definitions", "type", "nullable", "const"] as const;

/** int64 fields of `Schema`: proto3 JSON writes them as decimal strings (https://protobuf.dev/programming-guides/json/). */
export const INT64_KEYWORDS = ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"] as const;

/**
 * `format` values each dialect documents per type. GA proto: NUMBER float/double, INTEGER int32/int64,
 * STRING enum/date-time. VX discovery adds "email, byte, date, date-time, password, and other formats";
 * we keep the named ones plus the common RFC 3339 / RFC 4122 ones Vertex examples use.
 */
export const SUPPORTED_FORMATS = {
  gemini: {
    string: ["enum", "date-time"],
    number: ["float", "double"],
    integer: ["int32", "int64"],
  },
  vertex: {
    string: ["enum", "date-time", "date", "time", "duration", "email", "byte", "password", "uri", "uuid"],
    number: ["float", "double"],
    integer: ["int32", "int64"],
  },
} as const satisfies Record<SchemaDialect, Record<"string" | "number" | "integer", readonly string[]>>;

/**
 * Why a known JSON Schema keyword has no classic-Schema field. Every keyword not in the tables above is
 * dropped with a warning; the known ones get a precise reason (the README prints this table).
 */
export const DROPPED_KEYWORD_REASONS = {
  $schema: "meta-schema declaration; Gemini's Schema has no such field",
  $id: "schema identifier; Gemini's Schema has no such field",
  $anchor: "anchors are not resolvable in Gemini's Schema",
  $comment: "comment; no such field",
  patternProperties: "no pattern-keyed properties in Gemini's Schema",
  propertyNames: "no property-name constraint in Gemini's Schema",
  unevaluatedProperties: "no such field",
  unevaluatedItems: "no such field",
  dependentRequired: "no conditional requirements in Gemini's Schema",
  dependentSchemas: "no conditional schemas in Gemini's Schema",
  dependencies: "no conditional schemas in Gemini's Schema",
  if: "no conditionals in Gemini's Schema",
  // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword name in a data table, never awaited.
  then: "no conditionals in Gemini's Schema",
  else: "no conditionals in Gemini's Schema",
  not: "no negation in Gemini's Schema",
  contains: "no `contains` constraint in Gemini's Schema",
  minContains: "no `contains` constraint in Gemini's Schema",
  maxContains: "no `contains` constraint in Gemini's Schema",
  uniqueItems: "no uniqueness constraint in Gemini's Schema",
  multipleOf: "no `multipleOf` in Gemini's Schema",
  readOnly: "annotation with no Gemini field",
  writeOnly: "annotation with no Gemini field",
  deprecated: "annotation with no Gemini field",
  contentEncoding: "no such field",
  contentMediaType: "no such field",
  contentSchema: "no such field",
  discriminator: "OpenAPI discriminator has no Gemini field (the union itself is kept)",
} as const satisfies Record<string, string>;
