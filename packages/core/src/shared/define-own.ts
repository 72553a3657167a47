/**
 * Sets an own enumerable data property, also for the key `__proto__`: plain assignment of `__proto__` would change
 * the object's prototype instead, losing a key a client sent (JSON.parse makes `"__proto__"` an ordinary own key).
 * Every place that copies user-keyed JSON goes through this.
 */
export function defineOwn(target: object, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}
