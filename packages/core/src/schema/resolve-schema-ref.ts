/**
 * Resolves a local `$ref` (`#`, `#/$defs/Name`, `#/definitions/Name`, or any JSON pointer such as
 * `#/properties/a/items`) against the document root. Remote URLs and `$anchor` names cannot be
 * resolved by a pure translator → GembridgeError 400 naming the `$ref`.
 */
import type { SchemaContext, SchemaPath } from "./schema-context";
import { hasOwn, isRecord } from "./json-value";

export interface ResolvedRef {
  node: unknown;
  /** Location of the target in the input document (warnings about its keywords point there). */
  path: SchemaPath;
}

export function resolveSchemaRef(context: SchemaContext, ref: unknown, at: SchemaPath): ResolvedRef {
  if (typeof ref !== "string") throw context.invalid([...at, "$ref"], "`$ref` must be a string.");
  if (!ref.startsWith("#")) {
    throw context.invalid([...at, "$ref"], `Cannot resolve \`$ref\` "${ref}": only references inside the schema (starting with "#") are supported.`);
  }
  if (ref !== "#" && !ref.startsWith("#/")) {
    throw context.invalid([...at, "$ref"], `Cannot resolve \`$ref\` "${ref}": anchors are not supported, use a JSON pointer like "#/$defs/Name".`);
  }
  const segments = ref === "#" ? [] : ref.slice(2).split("/").map(decodePointerSegment);
  let node: unknown = context.root;
  const path: Array<string | number> = [];
  for (const segment of segments) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(segment) && Number(segment) < node.length) {
      node = node[Number(segment)];
      path.push(Number(segment));
    } else if (isRecord(node) && hasOwn(node, segment)) {
      node = node[segment];
      path.push(segment);
    } else {
      throw context.invalid([...at, "$ref"], `Cannot resolve \`$ref\` "${ref}": nothing at that location in the schema.`);
    }
  }
  return { node, path };
}

/** RFC 6901 unescaping (`~1` → `/`, `~0` → `~`) after URI-fragment percent-decoding. */
function decodePointerSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A lone "%" is a literal character in a property name; keep the segment as written.
  }
  return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `#/$defs/Name` or `#/definitions/Name` at the root → `Name`; anything else → undefined. */
export function rootDefinitionName(ref: string): { container: "$defs" | "definitions"; name: string } | undefined {
  const match = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
  if (match === null) return undefined;
  return { container: match[1] as "$defs" | "definitions", name: decodePointerSegment(match[2] as string) };
}

export function encodePointerSegment(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}
