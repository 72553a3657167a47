import { GembridgeError } from "../errors/gembridge-error";

/**
 * Defensive readers for the request translator. The translator takes a typed request but is called by gateways
 * with whatever the client sent, so every read checks the shape and turns a mismatch into a `GembridgeError`
 * naming the JSON path — never a TypeError (docs/decisions/0050-request-reads-defensively.md).
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A 400 `GembridgeError` for the parameter at `param`. */
export function invalidParam(param: string, message: string, code = "invalid_value"): GembridgeError {
  return new GembridgeError(message, { status: 400, code, param });
}

/** OpenAI marks most parameters nullable and treats `null` as "use the default": read both as absent. */
export function readOptional(record: JsonRecord, key: string): unknown {
  // Most keys are absent: test the value first and the own-property rule (no inherited `toString`…) only for a hit.
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  return Object.hasOwn(record, key) ? value : undefined;
}

/**
 * True when `record` has an own, non-null value for one of `names`. Walks the record's keys (a chat request has a
 * handful) instead of probing every name, so a stage whose parameters are all absent costs one short loop.
 */
export function hasAnyParam(record: JsonRecord, names: ReadonlySet<string>): boolean {
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const value = record[keys[i] as string];
    if (value !== null && value !== undefined && names.has(keys[i] as string)) return true;
  }
  return false;
}

export function expectRecord(value: unknown, path: string): JsonRecord {
  if (!isRecord(value)) throw invalidParam(path, `Invalid type for '${path}': expected an object.`, "invalid_type");
  return value;
}

export function expectArray(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw invalidParam(path, `Invalid type for '${path}': expected an array.`, "invalid_type");
  return value;
}

export function expectString(value: unknown, path: string): string {
  if (typeof value !== "string") throw invalidParam(path, `Invalid type for '${path}': expected a string.`, "invalid_type");
  return value;
}

export function expectBoolean(value: unknown, path: string): boolean {
  if (typeof value !== "boolean") {
    throw invalidParam(path, `Invalid type for '${path}': expected a boolean.`, "invalid_type");
  }
  return value;
}

export function expectNumber(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw invalidParam(path, `Invalid type for '${path}': expected a number.`, "invalid_type");
  }
  return value;
}

export function expectInteger(value: unknown, path: string): number {
  const number = expectNumber(value, path);
  if (!Number.isInteger(number)) throw invalidParam(path, `Invalid value for '${path}': expected an integer.`);
  return number;
}

/** Reads an optional string field (null = absent). */
export function optionalString(record: JsonRecord, key: string, path: string): string | undefined {
  const value = readOptional(record, key);
  return value === undefined ? undefined : expectString(value, path);
}

/**
 * Deepest nesting of objects and arrays accepted in JSON the translator parses from text (tool-call `arguments`,
 * tool-message JSON content). `JSON.parse` builds values of any depth, but V8's `JSON.stringify` overflows its stack
 * near 10,000 levels, so a deeper value would "translate" and then fail when the gateway serializes the body.
 * 1,000 is far beyond any real arguments object and well inside every serializer (decision 0152).
 */
export const MAX_JSON_DEPTH = 1000;

/**
 * A 400 `json_too_deep` naming `path` when the JSON text `JSON.parse` just accepted nests deeper than
 * `MAX_JSON_DEPTH`; checked on the text, without walking the parsed value (decision 0161).
 * Nesting deeper than `MAX_JSON_DEPTH` needs more than `MAX_JSON_DEPTH` opening and as many closing brackets, so
 * shorter text is skipped outright; longer text is scanned once with `charCodeAt`, skipping string literals
 * (the text is valid JSON, so a string ends at the first quote not preceded by a backslash escape).
 */
export function expectJsonTextDepth(text: string, path: string): void {
  if (text.length <= 2 * MAX_JSON_DEPTH) return;
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      // Skip the string: a backslash escapes the next character.
      for (i++; i < length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 0x5c) i++;
        else if (inner === 0x22) break;
      }
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) throw tooDeep(path);
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
}

function tooDeep(path: string): GembridgeError {
  return invalidParam(path, `'${path}' nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep.`, "json_too_deep");
}
