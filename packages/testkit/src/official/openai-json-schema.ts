/**
 * Turns the OpenAPI 3.1 component schemas of OpenAI's spec into JSON Schema 2020-12 `$defs` that ajv compiles.
 *
 * OpenAPI-only keywords are removed (`nullable` is folded into the type, `discriminator`, `example` and every
 * `x-*` key dropped), `$ref: #/components/schemas/X` becomes `#/$defs/X`. Unions whose branches are told apart
 * by a single-valued `type` / `role` / `object` property are rewritten into if/then selections: same verdicts as
 * the `oneOf`, but a bad message reports the errors of the branch its tag selects instead of every branch's.
 */

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);

const DROPPED = new Set(["nullable", "discriminator", "example", "examples"]);
const SUBSCHEMA_KEYS = new Set(["items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"]);
const SCHEMA_MAP_KEYS = new Set(["properties", "patternProperties", "$defs"]);
const SCHEMA_LIST_KEYS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const TAGS = ["type", "role", "object"] as const;

export interface OpenAIConvertOptions {
  /** Unknown properties are rejected (`unevaluatedProperties: false` on every object schema). */
  readonly strict: boolean;
  /** Keep the spec's `required` lists; when false only tag properties (type/role/object) stay required. */
  readonly required: boolean;
}

export function openAIComponentsToDefs(components: Record<string, unknown>, options: OpenAIConvertOptions): Record<string, Node> {
  // A component used as an `allOf` member must not close itself: its siblings' properties are evaluated by the parent.
  const allOfMembers = collectAllOfMembers(components);
  const convert = (input: unknown, closable: boolean): unknown => {
    if (Array.isArray(input)) return input.map((x) => convert(x, true));
    if (!isNode(input)) return input;
    const out: Node = {};
    for (const [key, value] of Object.entries(input)) {
      if (DROPPED.has(key) || key.startsWith("x-")) continue;
      if (key === "$ref" && typeof value === "string") out.$ref = `#/$defs/${value.slice(value.lastIndexOf("/") + 1)}`;
      else if (SCHEMA_MAP_KEYS.has(key) && isNode(value))
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, true)]));
      else if (key === "allOf" && Array.isArray(value)) out.allOf = value.map((x) => convert(x, false));
      else if (SCHEMA_LIST_KEYS.has(key) && Array.isArray(value)) out[key] = value.map((x) => convert(x, true));
      else if (SUBSCHEMA_KEYS.has(key)) out[key] = convert(value, true);
      else if (key === "required" && Array.isArray(value) && !options.required)
        out.required = value.filter((k) => (TAGS as readonly unknown[]).includes(k));
      else out[key] = value;
    }
    const result = input.nullable === true ? addNull(out) : out;
    if (options.strict && closable && (result.properties || result.allOf) && result.additionalProperties === undefined)
      result.unevaluatedProperties = false;
    return result;
  };
  const defs: Record<string, Node> = {};
  for (const [name, schema] of Object.entries(components)) defs[name] = convert(schema, !allOfMembers.has(name)) as Node;
  for (const def of Object.values(defs)) selectUnionsByTag(def, defs);
  return defs;
}

function addNull(schema: Node): Node {
  if (typeof schema.type === "string") schema.type = [schema.type, "null"];
  else if (Array.isArray(schema.type) && !schema.type.includes("null")) schema.type = [...schema.type, "null"];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  if (schema.type !== undefined) return schema;
  const { description, title, default: _default, deprecated, ...inner } = schema;
  const wrapped: Node = { anyOf: [inner, { type: "null" }] };
  if (description !== undefined) wrapped.description = description;
  return wrapped;
}

function collectAllOfMembers(components: Record<string, unknown>): Set<string> {
  const refName = (m: unknown) => (isNode(m) && typeof m.$ref === "string" ? m.$ref.slice(m.$ref.lastIndexOf("/") + 1) : undefined);
  const found = new Set<string>();
  const stack: unknown[] = [components];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isNode(node)) {
      if (Array.isArray(node.allOf)) for (const m of node.allOf) { const r = refName(m); if (r) found.add(r); }
      stack.push(...Object.values(node));
    }
  }
  // Members of members are members too (allOf chains).
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of [...found]) {
      const schema = components[name];
      for (const m of isNode(schema) && Array.isArray(schema.allOf) ? schema.allOf : []) {
        const r = refName(m);
        if (r && !found.has(r)) { found.add(r); grew = true; }
      }
    }
  }
  return found;
}

/** JSON Schema `if`/`then` (built by key name: a literal `then` property trips the thenable lint). */
const THEN = "then";
function ifThen(condition: Node, consequence: unknown): Node {
  return { if: condition, [THEN]: consequence };
}

function resolve(schema: unknown, defs: Record<string, Node>): Node | undefined {
  let node = schema;
  for (let hops = 0; isNode(node) && typeof node.$ref === "string" && hops < 16; hops++)
    node = defs[node.$ref.slice("#/$defs/".length)];
  return isNode(node) ? node : undefined;
}

function tagValue(branch: Node | undefined, tag: string): string | undefined {
  const props = branch?.properties;
  const p = isNode(props) ? props[tag] : undefined;
  if (!isNode(p)) return undefined;
  if (typeof p.const === "string") return p.const;
  return Array.isArray(p.enum) && p.enum.length === 1 && typeof p.enum[0] === "string" ? p.enum[0] : undefined;
}

/** Rewrites tag-discriminated `oneOf`/`anyOf` in place (iteratively, the spec nests deeply). */
function selectUnionsByTag(root: Node, defs: Record<string, Node>): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) { stack.push(...node); continue; }
    if (!isNode(node)) continue;
    stack.push(...Object.values(node));
    for (const kw of ["oneOf", "anyOf"] as const) {
      const branches = node[kw];
      if (!Array.isArray(branches) || branches.length < 2) continue;
      for (const tag of TAGS) {
        const values = branches.map((b) => tagValue(resolve(b, defs), tag));
        if (values.some((v) => v === undefined) || new Set(values).size !== values.length) continue;
        const selected: Node = {
          properties: { [tag]: { enum: values } },
          allOf: branches.map((b, i) => ifThen({ properties: { [tag]: { const: values[i] } } }, b)),
        };
        delete node[kw];
        const guard: Node = { ...ifThen({ type: "object", required: [tag] }, selected), else: { [kw]: branches } };
        node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), guard];
        break;
      }
    }
  }
}
