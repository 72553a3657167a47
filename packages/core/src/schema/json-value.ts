/**
 * Safe JSON-value helpers for schema translation. User schemas are hostile input: property names like
 * `__proto__` must become ordinary own properties (never a prototype write), values may be nested
 * 10,000 deep, and nothing the caller passed may be shared with or mutated by our output.
 */
import { GembridgeError } from "../errors/gembridge-error";
import { defineOwn } from "../shared/define-own";

export type JSONObject = { [key: string]: unknown };

export function isRecord(value: unknown): value is JSONObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function hasOwn(object: object, key: string): boolean {
  return Object.hasOwn(object, key);
}

/** Own-property read that never walks the prototype chain (`schema["constructor"]` is not `Object`). */
export function ownValue(object: JSONObject, key: string): unknown {
  return hasOwn(object, key) ? object[key] : undefined;
}

/**
 * Deep copy of a JSON value without recursion, so a 10,000-deep `default` cannot overflow the stack.
 * `budget` bounds the number of copied nodes (shared with the schema walk); over it → 400. `param` may be a
 * function so callers on hot paths format the error path only when it is needed.
 */
export function cloneJsonValue(value: unknown, budget: { left: number }, param: string | null | (() => string | null)): unknown {
  if (typeof value !== "object" || value === null) return value;
  const rootOut: unknown[] | JSONObject = Array.isArray(value) ? [] : {};
  const stack: Array<unknown[] | JSONObject> = [rootOut, value as unknown[] | JSONObject];
  while (stack.length > 0) {
    const input = stack.pop() as unknown[] | JSONObject;
    const out = stack.pop() as unknown[] | JSONObject;
    if (--budget.left < 0) throw tooLarge(typeof param === "function" ? param() : param);
    if (Array.isArray(input)) {
      const target = out as unknown[];
      for (const item of input) target.push(copyShell(item, stack));
    } else {
      for (const key of Object.keys(input)) defineOwn(out, key, copyShell(input[key], stack));
    }
  }
  return rootOut;
}

/** A scalar as is; an object or array as an empty shell queued (shell, source) for filling. */
function copyShell(item: unknown, stack: Array<unknown[] | JSONObject>): unknown {
  if (typeof item !== "object" || item === null) return item;
  const copy: unknown[] | JSONObject = Array.isArray(item) ? [] : {};
  stack.push(copy, item as unknown[] | JSONObject);
  return copy;
}

export function tooLarge(param: string | null): GembridgeError {
  return new GembridgeError(
    "The schema is too large to translate (node budget exceeded; `$ref` inlining can multiply a schema). Raise `maxNodes` or simplify the schema.",
    { status: 400, code: "schema_too_large", param },
  );
}

/** Equality key for enum/const values; a value too deep to stringify is bad input, not a crash. */
export function jsonKey(value: unknown, param: string | null): string {
  try {
    return JSON.stringify(value) ?? "undefined";
  } catch (cause) {
    throw new GembridgeError("An `enum`/`const` value is not serializable JSON (too deep or cyclic).", {
      status: 400,
      code: "invalid_schema",
      param,
      cause,
    });
  }
}
