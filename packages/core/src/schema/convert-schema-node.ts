/**
 * Stage 2 of the classic translation, for one schema position: Vertex `ref`s, unions (distributed over
 * their sibling constraints: A ∧ (B ∨ C) = (A ∧ B) ∨ (A ∧ C)), then the typed node. Recursion is one
 * frame per schema level and bounded by `maxDepth`, so a 10,000-deep schema ends in a clear 400.
 */
import type { GeminiSchema } from "../wire/gemini/gemini-schema";
import type { SchemaContext, SchemaPath } from "./schema-context";
import { flattenSchemaNode, type SchemaPart, type SubSchema } from "./flatten-schema-node";
import { combineAlternatives, type Converted, readAnnotations } from "./gemini-schema-node";
import { buildTypedSchema } from "./build-typed-schema";
import { isRecord } from "./json-value";
import { encodePointerSegment, rootDefinitionName } from "./resolve-schema-ref";

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

export type { SchemaPath };
