// Invalid input: arbitrary JSON, and valid payloads corrupted at one place (wrong type, null, missing, huge, deep).
import fc from "fast-check";
import { type JsonValue, jsonValueArbitrary } from "./primitives";

/** A value nested `depth` levels deep, built without recursion (`[[[…]]]` or `{"a":{"a":…}}`). */
export function deeplyNested(depth: number, kind: "array" | "object" = "array", leaf: JsonValue = 1): JsonValue {
  let value: JsonValue = leaf;
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

/** Replacement values that break a field: wrong JSON kinds, `null`, huge or odd numbers, deep nesting, long strings. */
export const hostileValueArbitrary: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constantFrom<JsonValue>(null, true, false, 0, -1, 1.5, "", "x", [], {}, [null], { "": null }),
  fc.constantFrom<JsonValue>(Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, 5e-324, 2 ** 31, -(2 ** 63)),
  fc.constantFrom<JsonValue>("\uD800", "\uDFFF", "a\u0000b", "😀".repeat(50), "x".repeat(10_000)),
  fc.integer({ min: 50, max: 2000 }).map((depth) => deeplyNested(depth, "array")),
  fc.integer({ min: 50, max: 2000 }).map((depth) => deeplyNested(depth, "object")),
  jsonValueArbitrary,
);

/** Arbitrary JSON of every kind, plus the hostile values above at the top level. */
export const hostileJsonArbitrary: fc.Arbitrary<JsonValue> = fc.oneof(jsonValueArbitrary, hostileValueArbitrary);

type Path = Array<string | number>;

/** Every path in a JSON value (iterative walk). */
export function jsonPaths(value: unknown): Path[] {
  const out: Path[] = [];
  const stack: Array<[unknown, Path]> = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, Path];
    if (path.length > 0) out.push(path);
    if (Array.isArray(node)) node.forEach((item, index) => {
      stack.push([item, [...path, index]]);
    });
    else if (node !== null && typeof node === "object") for (const [key, item] of Object.entries(node)) stack.push([item, [...path, key]]);
  }
  return out;
}

/** A deep copy of `value` with the node at `path` replaced by `replacement`, or removed when it is `undefined`. */
export function withValueAt(value: unknown, path: Path, replacement: JsonValue | undefined): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
    else delete node[last];
  } else Object.defineProperty(node, last, { value: replacement, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * A valid payload from `valid`, corrupted at one randomly chosen place: its value replaced by a hostile one or the
 * key removed. Some corruptions leave the payload valid (an optional field removed); callers accept either outcome
 * but only a `GembridgeError` as failure.
 */
export function corruptedArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<{ value: unknown; path: Path }> {
  return valid.chain((payload) => {
    const paths = jsonPaths(payload);
    if (paths.length === 0) return fc.constant({ value: payload, path: [] as Path });
    return fc
      .tuple(fc.constantFrom(...paths), fc.option(hostileValueArbitrary, { freq: 5, nil: undefined }))
      .map(([path, replacement]) => ({ value: withValueAt(payload, path, replacement), path }));
  });
}
