/**
 * A deep copy of parsed JSON, without recursion: `structuredClone` overflows the stack on values nested a few
 * thousand levels deep, which a malformed upstream chunk can carry in any free-form field. Keys are written as own
 * data properties, so a member named `__proto__` stays data (never a prototype swap).
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  const root = emptyLike(value);
  const stack: Array<[source: object, target: Record<string, unknown>]> = [[value, root]];
  while (stack.length > 0) {
    const [source, target] = stack.pop() as [object, Record<string, unknown>];
    for (const key of Object.keys(source)) {
      const item = (source as Record<string, unknown>)[key];
      let copy = item;
      if (typeof item === "object" && item !== null) {
        copy = emptyLike(item);
        stack.push([item, copy as Record<string, unknown>]);
      }
      Object.defineProperty(target, key, { value: copy, writable: true, enumerable: true, configurable: true });
    }
  }
  return root as T;
}

/** Own-property assignment of every key of `source` onto `target` (`Object.assign` would run the `__proto__` setter). */
export function assignOwn(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(source)) {
    Object.defineProperty(target, key, { value: source[key], writable: true, enumerable: true, configurable: true });
  }
}

const emptyLike = (value: object): Record<string, unknown> => (Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {});
