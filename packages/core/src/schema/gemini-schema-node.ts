/**
 * Small builders for output nodes: canonical key order (stable, readable output and snapshots), the
 * outer annotations, and the pure-`null` node per dialect.
 */
import type { GeminiSchema } from "../wire/gemini/gemini-schema";
import type { SchemaContext, SchemaPath } from "./schema-context";
import { cloneJsonValue } from "./json-value";
import { defineOwn } from "../shared/define-own";
import type { FlatSchema } from "./merge-schema-keyword";

/** Result of translating one schema position. `never`: no value is valid (a `false` schema, empty enum…). */
export type Converted = { kind: "schema"; node: GeminiSchema; nullOnly: boolean } | { kind: "never" };

const KEY_ORDER = [
  "type", "nullable", "format", "title", "description", "enum", "properties", "required", "propertyOrdering",
  "minProperties", "maxProperties", "additionalProperties", "items", "minItems", "maxItems", "minLength", "maxLength",
  "pattern", "minimum", "maximum", "anyOf", "ref", "default", "example", "defs",
] as const;

/** Shallow copy with keys in canonical order; `properties`/`defs` maps are already safe own-property objects. */
export function canonical(node: GeminiSchema): GeminiSchema {
  const out: GeminiSchema = {};
  for (const key of KEY_ORDER) if (node[key] !== undefined) defineOwn(out, key, node[key]);
  return out;
}

export interface Annotations {
  title?: string;
  description?: string;
  default?: unknown;
  example?: unknown;
}

export function readAnnotations(context: SchemaContext, flat: FlatSchema): Annotations {
  const out: Annotations = {};
  const title = flat.annotations.get("title");
  const description = flat.annotations.get("description");
  if (title !== undefined) out.title = title.value as string;
  if (description !== undefined) out.description = description.value as string;
  for (const key of ["default", "example"] as const) {
    const located = flat.annotations.get(key);
    if (located !== undefined) out[key] = cloneJsonValue(located.value, context.budget, context.path(located.path));
  }
  return out;
}

/** Outer annotations win over the branch's own; generated notes (allowed values) are appended to the description. */
export function applyAnnotations(node: GeminiSchema, annotations: Annotations): GeminiSchema {
  const out: GeminiSchema = { ...node };
  if (annotations.title !== undefined) out.title = annotations.title;
  if (annotations.description !== undefined) {
    out.description = node.description === undefined || node.description === annotations.description ? annotations.description : `${annotations.description}\n\n${node.description}`;
  }
  if (annotations.default !== undefined) out.default = annotations.default;
  if (annotations.example !== undefined) out.example = annotations.example;
  return canonical(out);
}

/**
 * A schema that only admits `null`. The Gemini API has `type: NULL`; Vertex's v1 proto does not (its
 * discovery document lists it since rev 20260815, but the proto lags), so Vertex gets a nullable STRING.
 */
export function nullOnlySchema(context: SchemaContext, path: SchemaPath): GeminiSchema {
  if (context.options.dialect === "gemini") return { type: "NULL" };
  context.warn(path, "approximated", "A schema that only allows `null` became a nullable STRING: Vertex's Schema has no NULL type.");
  return { type: "STRING", nullable: true };
}

/**
 * A union of translated alternatives: `null` alternatives become `nullable`, a single remaining one
 * collapses into its parent, several become `anyOf` (typed when every branch has the same type).
 */
export function combineAlternatives(context: SchemaContext, results: Converted[], annotations: Annotations, path: SchemaPath): Converted {
  let nullable = false;
  const nodes: GeminiSchema[] = [];
  for (const result of results) {
    if (result.kind === "never") continue;
    if (result.nullOnly) nullable = true;
    else nodes.push(result.node);
  }
  if (nodes.length === 0) {
    if (!nullable) return { kind: "never" };
    return { kind: "schema", node: applyAnnotations(nullOnlySchema(context, path), annotations), nullOnly: true };
  }
  if (nodes.length === 1) {
    const only = nodes[0] as GeminiSchema;
    return { kind: "schema", node: applyAnnotations(nullable ? { ...only, nullable: true } : only, annotations), nullOnly: false };
  }
  const branches = nullable ? nodes.map((node) => canonical({ ...node, nullable: true })) : nodes;
  // Branches of one type share it on the outer node (satisfies GA's required `type`); not when any branch
  // admits null, since an outer non-null type would then exclude null again.
  const firstType = branches[0]?.type;
  const shared = firstType !== undefined && branches.every((branch) => branch.type === firstType && branch.nullable !== true) ? firstType : undefined;
  const outer: GeminiSchema = { anyOf: branches };
  if (shared !== undefined) outer.type = shared;
  return { kind: "schema", node: applyAnnotations(outer, annotations), nullOnly: false };
}
