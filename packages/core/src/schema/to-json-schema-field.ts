/**
 * Target `"json-schema"`: the schema goes to `parametersJsonSchema` / `responseJsonSchema` (proto
 * `google.protobuf.Value`, full JSON Schema). It is copied (never shared with the caller), with only
 * lossless rewrites, plus — for `responseJsonSchema` — removal of keywords outside the list Google
 * documents for that field (GenerationConfig.responseJsonSchema, ai.google.dev/api/generate-content and
 * cloud.google.com/vertex-ai/generative-ai/docs/reference/rest/v1/GenerationConfig):
 * `$id $defs $ref $anchor type format title description enum items prefixItems minItems maxItems minimum
 * maximum anyOf oneOf properties additionalProperties required` and `propertyOrdering`.
 * `parametersJsonSchema` documents no such list, so nothing is removed there.
 */
import type { PathSegment, SchemaContext, SchemaPath } from "./schema-context";
import { cloneJsonValue, hasOwn, isRecord, type JSONObject } from "./json-value";
import { defineOwn } from "../shared/define-own";

export const RESPONSE_JSON_SCHEMA_KEYWORDS = [
  "$id", "$defs", "$ref", "$anchor", "type", "format", "title", "description", "enum", "items", "prefixItems",
  "minItems", "maxItems", "minimum", "maximum", "anyOf", "oneOf", "properties", "additionalProperties", "required",
  "propertyOrdering",
] as const;

const RESPONSE_KEYWORD_SET: ReadonlySet<string> = new Set(RESPONSE_JSON_SCHEMA_KEYWORDS);
const SCHEMA_MAPS = new Set(["properties", "$defs", "definitions", "patternProperties", "dependentSchemas"]);
const SCHEMA_ARRAYS = new Set(["anyOf", "oneOf", "allOf", "prefixItems"]);
const SCHEMA_VALUES = new Set([
  "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties",
  "unevaluatedItems", "additionalItems", "contentSchema",
]);

export function toJsonSchemaField(context: SchemaContext, schema: unknown): JSONObject | boolean {
  const root = context.root;
  // `definitions` (draft 4–7, zod-to-json-schema, Pydantic v1) is renamed `$defs`, the spelling Google lists.
  const renameDefinitions = isRecord(root) && hasOwn(root, "definitions") && !hasOwn(root, "$defs");
  return walk(context, schema, undefined, 0, renameDefinitions);
}

/**
 * The path to a node as a linked list (parent first): extending it per key is one small object, and it is turned
 * into the `SchemaPath` array only when a warning or an error needs it (decision 0140).
 */
interface PathLink {
  readonly parent: PathLink | undefined;
  readonly key: PathSegment;
}

function toPath(link: PathLink | undefined): SchemaPath {
  const path: PathSegment[] = [];
  for (let at = link; at !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

function walk(context: SchemaContext, node: unknown, path: PathLink | undefined, depth: number, rename: boolean): JSONObject | boolean {
  if (depth > context.options.maxDepth) context.checkDepth(depth, toPath(path));
  if (context.budget.left <= 0) context.spend(toPath(path)); // throws
  else context.budget.left--;
  if (typeof node === "boolean") return node;
  if (!isRecord(node)) throw context.invalid(toPath(path), "A schema must be an object or a boolean.");
  const response = context.options.use === "response";
  const out: JSONObject = {};
  for (const key of Object.keys(node)) {
    const value = node[key];
    const at: PathLink = { parent: path, key };
    let outKey = key === "definitions" && rename && depth === 0 ? "$defs" : key;
    let outValue: unknown;
    if (SCHEMA_MAPS.has(key) && isRecord(value)) {
      const map: JSONObject = {};
      for (const name of Object.keys(value)) defineOwn(map, name, walk(context, value[name], { parent: at, key: name }, depth + 1, rename));
      outValue = map;
    } else if (SCHEMA_ARRAYS.has(key) && Array.isArray(value)) {
      outValue = value.map((item, index) => walk(context, item, { parent: at, key: index }, depth + 1, rename));
    } else if (SCHEMA_VALUES.has(key) && (isRecord(value) || typeof value === "boolean")) {
      outValue = walk(context, value, at, depth + 1, rename);
    } else if (key === "items" && Array.isArray(value)) {
      outKey = "prefixItems"; // draft 4–7 tuple form, same meaning
      outValue = value.map((item, index) => walk(context, item, { parent: at, key: index }, depth + 1, rename));
    } else if (key === "$ref" && typeof value === "string" && rename) {
      outValue = value.startsWith("#/definitions/") ? `#/$defs/${value.slice("#/definitions/".length)}` : value;
    } else {
      outValue = cloneJsonValue(value, context.budget, () => context.path(toPath(at)));
    }
    if (response && key === "const") {
      outKey = "enum";
      outValue = [outValue];
    }
    if (response && outKey === "allOf" && Array.isArray(outValue) && outValue.length === 1 && !hasOwn(node, "anyOf")) {
      outKey = "anyOf"; // a one-member allOf means the same as a one-member anyOf, which the field supports
    }
    if (response && !RESPONSE_KEYWORD_SET.has(outKey)) {
      context.warn(toPath(at), "dropped", `\`${key}\` dropped: not among the keywords \`responseJsonSchema\` supports.`);
      continue;
    }
    defineOwn(out, outKey, outValue);
  }
  if (response) wrapRefWithSiblings(context, out, path);
  return out;
}

/** The field accepts only `$`-keywords beside `$ref`; `{anyOf: [{$ref}]}` means the same and may carry siblings. */
function wrapRefWithSiblings(context: SchemaContext, out: JSONObject, path: PathLink | undefined) {
  if (!hasOwn(out, "$ref") || Object.keys(out).every((key) => key.startsWith("$"))) return;
  if (hasOwn(out, "anyOf")) {
    context.warn([...toPath(path), "$ref"], "unsupported", "`$ref` beside `anyOf` and other keywords is left as is; `responseJsonSchema` may reject it.");
    return;
  }
  const ref = out.$ref;
  delete out.$ref;
  defineOwn(out, "anyOf", [{ $ref: ref }]);
}
