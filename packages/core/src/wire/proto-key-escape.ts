import { defineOwn as define } from "../shared/define-own";
/**
 * Keeps an own `__proto__` key through zod (decision 0151). Zod skips that key in records and in loose objects'
 * unknown keys (writing it would run the prototype setter), so `{"__proto__":{"x":1},"a":1}` in function `args`
 * came back as `{"a":1}`: data loss. Before validation, `parseWithSchema` renames every own `__proto__` key to an
 * escaped ordinary key on a copy of the input; zod validates and passes it like any other key; afterwards the
 * escaped keys are renamed back as own data properties (never a prototype swap). Keys that happen to start with the
 * escape prefix are escaped too, so the mapping is one-to-one.
 *
 * Both walks are iterative (input depth is user-controlled) and the common case costs one read-only pass: nothing
 * is copied when no key needs escaping.
 */
const PREFIX = "\u0000gembridge-key:";

const needsEscape = (key: string) => key === "__proto__" || key.startsWith(PREFIX);

/** The key as the caller wrote it (used for `param` paths of validation errors). */
export const unescapeKey = (key: string): string => (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key);

/** Removes the escape prefix from text (zod messages can quote a key). */
export const unescapeText = (text: string): string => text.replaceAll(PREFIX, "");


/** True when some object in `value` has an own key that needs escaping. */
function hasKeyToEscape(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === "object" && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (needsEscape(key)) return true;
      const item = (node as Record<string, unknown>)[key];
      if (typeof item === "object" && item !== null) stack.push(item);
    }
  }
  return false;
}

/** Rewrites the keys of a tree, copying every object and array (an iterative deep copy). */
function copyWithKeys(value: unknown, rename: (key: string) => string): unknown {
  if (typeof value !== "object" || value === null) return value;
  const emptyLike = (node: object): object => (Array.isArray(node) ? [] : {});
  const root = emptyLike(value);
  const stack: Array<[object, object]> = [[value, root]];
  while (stack.length > 0) {
    const [source, target] = stack.pop() as [object, object];
    for (const key of Object.keys(source)) {
      let item = (source as Record<string, unknown>)[key];
      if (typeof item === "object" && item !== null) {
        const copy = emptyLike(item);
        stack.push([item, copy]);
        item = copy;
      }
      define(target, Array.isArray(source) ? key : rename(key), item);
    }
  }
  return root;
}

/** The input to validate: the caller's value itself, or an escaped copy when some key needs it. */
export function escapeProtoKeys(input: unknown): { value: unknown; escaped: boolean } {
  if (!hasKeyToEscape(input)) return { value: input, escaped: false };
  return { value: copyWithKeys(input, (key) => (needsEscape(key) ? PREFIX + key : key)), escaped: true };
}

/**
 * Renames the escaped keys of a validated value back. Every object in it is either zod's output or part of the
 * escaped copy, never the caller's, so it is rewritten in place (key order kept).
 */
export function unescapeProtoKeys<T>(output: T): T {
  const seen = new Set<object>();
  const stack: unknown[] = [output];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    const keys = Object.keys(node);
    if (!Array.isArray(node) && keys.some((key) => key.startsWith(PREFIX))) {
      const entries = keys.map((key) => [unescapeKey(key), (node as Record<string, unknown>)[key]] as const);
      for (const key of keys) delete (node as Record<string, unknown>)[key];
      for (const [key, value] of entries) define(node, key, value);
    }
    for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
  }
  return output;
}
