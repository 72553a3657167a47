/**
 * A wire shape as data, and the one-pass reader that checks a JSON value against it. The readers in `normalize/`
 * describe each input (Gemini response, …) with these nodes instead of zod, so checking an upstream answer costs one
 * walk over what is there: no copies unless a field is renamed or unset, no allocation per field, no issue lists.
 *
 * The reading rules are proto3 JSON's (https://protobuf.dev/programming-guides/json/), the same as the zod schemas'
 * (wire/gemini/proto-json-input.ts): a snake_case spelling of a declared field is renamed to its camelCase name
 * (the camelCase key wins when both are present), `null` on a declared field means "unset" and is removed unless
 * the field takes `null` as a value, unknown fields pass through untouched. The result is the input itself when
 * nothing had to change; otherwise a new object, so the caller's value is never mutated.
 */
import { GembridgeError } from "../errors/gembridge-error";
import { defineOwn as define } from "../shared/define-own";
import { joinPath } from "../shared/result";
import { readFault, type ReadFaultKind, type ReadParty } from "./read-fault";

export type Leaf =
  /** Any JSON string. Google's open enums are strings too: an unknown value is an upstream addition, not a fault. */
  | "string"
  /** A finite number. */
  | "number"
  /** A safe integer (proto int32/int64 as a JSON number). */
  | "int"
  /** A safe integer ≥ 0 (indices). */
  | "index"
  /** proto int64: a safe integer, or a string of decimal digits (proto3 JSON writes int64 as a string). */
  | "int64"
  | "boolean"
  /** `google.protobuf.Struct`: any JSON object (not an array), contents unchecked. */
  | "struct"
  /** `NullValue`: the string `NULL_VALUE`, or `null`. */
  | "nullValue"
  /** Any JSON value (a JSON Schema document, a map value nobody reads). */
  | "any";

export type Shape = Leaf | ArrayShape | ObjectShape | EnumShape | NullableShape | ByKindShape | TaggedShape | RecordShape | LazyShape;

/** A shape defined later, for recursive messages (Gemini's `Schema` holds `Schema`s). */
export interface LazyShape {
  readonly kind: "lazy";
  readonly get: () => Shape;
}

/** One of a closed list of strings (OpenAI's enums: an unknown value is the client's error). */
export interface EnumShape {
  readonly kind: "enum";
  readonly values: ReadonlySet<string>;
  readonly expected: string;
}

/** `null` is a value here (OpenAI's nullable fields), otherwise `of`. */
export interface NullableShape {
  readonly kind: "nullable";
  readonly of: Shape;
}

/** A union chosen by the JSON kind of the value (`content`: a string or a list of parts). */
export interface ByKindShape {
  readonly kind: "byKind";
  readonly string?: Shape;
  readonly array?: Shape;
  readonly object?: Shape;
  readonly expected: string;
}

/** A union of messages chosen by the string in `key` (`role`, `type`). */
export interface TaggedShape {
  readonly kind: "tagged";
  readonly key: string;
  readonly variants: ReadonlyMap<string, ObjectShape>;
  readonly expected: string;
}

/** A JSON object used as a map: every value is `of`. */
export interface RecordShape {
  readonly kind: "record";
  readonly of: Shape;
}

export interface ArrayShape {
  readonly kind: "array";
  readonly of: Shape;
}

export interface ObjectShape {
  readonly kind: "object";
  /** Declared fields, in the order faults are reported (the schema's order). */
  readonly fields: Readonly<Record<string, Shape>>;
  readonly required: readonly string[];
  /** Computed once: snake_case spelling → declared name; fields whose `null` is a value. */
  readonly renames: ReadonlyMap<string, string>;
  readonly nullValued: ReadonlySet<string>;
  /** proto3 JSON input rules (Gemini); off for OpenAI's JSON, where names are exact and `null` is a value or a fault. */
  readonly proto: boolean;
}

export const array = (of: Shape): ArrayShape => ({ kind: "array", of });

export const lazy = (get: () => Shape): LazyShape => ({ kind: "lazy", get });

/** A proto message (Gemini) with optional `fields`; `required` lists those that must be present. */
export function object(fields: Record<string, Shape>, required: readonly string[] = []): ObjectShape {
  const renames = new Map<string, string>();
  const nullValued = new Set<string>();
  for (const [name, shape] of Object.entries(fields)) {
    const snake = name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    if (snake !== name) renames.set(snake, name);
    // `null` is a value of a NullValue field and of a google.protobuf.Value (any JSON), not "unset".
    if (shape === "nullValue" || shape === "any") nullValued.add(name);
  }
  return { kind: "object", fields: Object.assign(Object.create(null), fields), required, renames, nullValued, proto: true };
}

/** A plain JSON object (OpenAI): exact names, no rewriting; `required` lists the fields that must be present. */
export function plainObject(fields: Record<string, Shape>, required: readonly string[] = []): ObjectShape {
  return { kind: "object", fields: Object.assign(Object.create(null), fields), required, renames: new Map(), nullValued: new Set(), proto: false };
}

export const oneOf = (values: readonly string[]): EnumShape => ({
  kind: "enum",
  values: new Set(values),
  expected: `one of ${values.map((v) => `'${v}'`).join(", ")}`,
});

export const nullable = (of: Shape): NullableShape => ({ kind: "nullable", of });

export function byKind(branches: { string?: Shape; array?: Shape; object?: Shape }): ByKindShape {
  const names = { string: "a string", array: "an array", object: "an object" } as const;
  const expected = (Object.keys(branches) as Array<keyof typeof names>).map((k) => names[k]).join(" or ");
  return { kind: "byKind", ...branches, expected };
}

export function tagged(key: string, variants: Record<string, ObjectShape>): TaggedShape {
  return { kind: "tagged", key, variants: new Map(Object.entries(variants)), expected: `'${key}' one of ${Object.keys(variants).map((v) => `'${v}'`).join(", ")}` };
}

export const record = (of: Shape): RecordShape => ({ kind: "record", of });

/** How a fault is reported: who is at fault, the path prefix, and an optional code instead of the party's. */
export interface ReadContext {
  readonly party: ReadParty;
  readonly what: string;
  readonly code?: string;
}

interface Fault {
  kind: ReadFaultKind;
  path: Array<string | number>;
  expected: string;
}

/** Signals the first fault out of the fast walk; the slow walk then finds the one to report. */
const FAILED: unique symbol = Symbol("failed");

/**
 * Reads `value` as `shape`. Throws the `GembridgeError` of `context` at the first fault in declared field order
 * (the order the zod schemas report, so both name the same `param`), with `root` prefixed to its path.
 */
export function readShape(shape: Shape, value: unknown, context: ReadContext, root = ""): unknown {
  let fault: Fault | undefined;
  try {
    const result = readerOf(shape)(value);
    if (result !== FAILED) return result;
    fault = firstFault(shape, value, []);
  } catch (cause) {
    // Recursive shapes (Gemini's `Schema`) follow the input as deep as it goes; absurd nesting ends the walk here.
    if (cause instanceof RangeError) throw tooDeep(context, root, cause);
    throw cause;
  }
  fault ??= { kind: "value", path: [], expected: "a valid value" };
  const param = joinRoot(root, fault.path);
  const message = `${context.what}${param === "" ? "" : ` at ${param}`}: expected ${fault.expected}.`;
  throw readFault(context.party, fault.kind, param, message, context.code);
}

/** The zod parse functions' answer to the same input: `invalid_structure`, 400 from a client, 502 from an upstream. */
function tooDeep(context: ReadContext, root: string, cause: RangeError): GembridgeError {
  const message = `${context.what} could not be read: it is nested too deeply.`;
  return context.party === "client"
    ? new GembridgeError(message, { status: 400, code: "invalid_structure", param: root === "" ? null : root, cause })
    : new GembridgeError(`Invalid upstream response: ${message}`, { status: 502, code: context.code ?? "invalid_structure", param: root === "" ? null : root, cause });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A map value must be a plain object, as zod's record requires (a class instance or array-derived object is not). */
function isPlainPrototype(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const INT64_STRING = /^-?\d+$/;

/** A compiled fast walk: the (possibly rewritten) value, or FAILED at the first fault, without building a path. */
type Read = (value: unknown, rewritten?: boolean) => unknown;

/**
 * Each shape is compiled once into closures, so a read does not re-dispatch on the node kind at every value it
 * visits: an object's reader holds its fields' readers in a table keyed by the wire name. Closures rather than
 * generated source because core runs where `new Function` is refused (Cloudflare Workers, strict CSP pages).
 */
const compiled = new WeakMap<Exclude<Shape, Leaf>, Read>();

function readerOf(shape: Shape): Read {
  if (typeof shape === "string") return LEAF_READERS[shape];
  let read = compiled.get(shape);
  if (read === undefined) {
    read = compile(shape);
    compiled.set(shape, read);
  }
  return read;
}

const LEAF_READERS = {
  string: (value) => (typeof value === "string" ? value : FAILED),
  number: (value) => (typeof value === "number" && Number.isFinite(value) ? value : FAILED),
  int: (value) => (Number.isSafeInteger(value) ? value : FAILED),
  index: (value) => (Number.isSafeInteger(value) && (value as number) >= 0 ? value : FAILED),
  int64: (value) => (Number.isSafeInteger(value) || (typeof value === "string" && INT64_STRING.test(value)) ? value : FAILED),
  boolean: (value) => (typeof value === "boolean" ? value : FAILED),
  struct: (value) => (isObject(value) && isPlainPrototype(value) ? value : FAILED),
  nullValue: (value) => (value === "NULL_VALUE" || value === null ? value : FAILED),
  any: (value) => value,
} as const satisfies Record<Leaf, Read>;

function compile(shape: Exclude<Shape, Leaf>): Read {
  switch (shape.kind) {
    case "enum": {
      const values = shape.values;
      return (value) => (typeof value === "string" && values.has(value) ? value : FAILED);
    }
    case "nullable": {
      const of = readerOf(shape.of);
      return (value) => (value === null ? value : of(value));
    }
    case "lazy": {
      // Resolved at the first read, not here: the shape it names may still be under construction (a cycle).
      let target: Read | undefined;
      return (value, rewritten) => {
        target ??= readerOf(shape.get());
        return target(value, rewritten);
      };
    }
    case "byKind": {
      const string = shape.string === undefined ? undefined : readerOf(shape.string);
      const array = shape.array === undefined ? undefined : readerOf(shape.array);
      const object = shape.object === undefined ? undefined : readerOf(shape.object);
      return (value) => {
        const branch = typeof value === "string" ? string : Array.isArray(value) ? array : typeof value === "object" && value !== null ? object : undefined;
        return branch === undefined ? FAILED : branch(value);
      };
    }
    case "tagged": {
      const key = shape.key;
      const variants = new Map<string, Read>();
      for (const [tag, variant] of shape.variants) variants.set(tag, readerOf(variant));
      return (value) => {
        if (!isObject(value)) return FAILED;
        const tag = value[key];
        const variant = typeof tag === "string" ? variants.get(tag) : undefined;
        return variant === undefined ? FAILED : variant(value);
      };
    }
    case "record": {
      const of = readerOf(shape.of);
      return (value) => {
        if (!isObject(value) || !isPlainPrototype(value)) return FAILED;
        let copy: Record<string, unknown> | undefined;
        for (const key in value) {
          if (!Object.hasOwn(value, key)) continue;
          const item = value[key];
          const next = of(item);
          if (next === FAILED) return FAILED;
          if (next !== item) copy = changed(copy, value, key, next);
        }
        return copy ?? value;
      };
    }
    case "array": {
      const of = readerOf(shape.of);
      return (value) => {
        if (!Array.isArray(value)) return FAILED;
        let copy: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const next = of(item);
          if (next === FAILED) return FAILED;
          if (next !== item) {
            copy ??= value.slice();
            copy[i] = next;
          }
        }
        return copy ?? value;
      };
    }
    case "object":
      return shape.proto ? compileMessage(shape) : compilePlainObject(shape);
  }
}

function fieldReaders(shape: ObjectShape): Record<string, Read> {
  const readers: Record<string, Read> = Object.create(null);
  for (const name of Object.keys(shape.fields)) readers[name] = readerOf(shape.fields[name] as Shape);
  return readers;
}

/** OpenAI's JSON: exact names, keys nobody declared are skipped, `null` is whatever the field's shape says. */
function compilePlainObject(shape: ObjectShape): Read {
  const readers = fieldReaders(shape);
  const required = shape.required;
  return (value) => {
    if (!isObject(value)) return FAILED;
    let copy: Record<string, unknown> | undefined;
    for (const key in value) {
      const read = readers[key];
      if (read === undefined || !Object.hasOwn(value, key)) continue;
      const item = value[key];
      // An in-memory value may spell "absent" as `undefined` (JSON cannot): absent, as the slow walk and zod read it.
      if (item === undefined) continue;
      const next = read(item);
      if (next === FAILED) return FAILED;
      if (next !== item) copy = changed(copy, value, key, next);
    }
    return hasRequired(value, required) ? (copy ?? value) : FAILED;
  };
}

/**
 * A proto message (Gemini). `rewritten`: this object is already the proto3 rewrite of the input; its remaining
 * snake_case keys are unknown fields (their camelCase twin was present), as in the single rewrite Google's parsers
 * and the zod schemas do.
 */
function compileMessage(shape: ObjectShape): Read {
  const readers = fieldReaders(shape);
  const { required, renames, nullValued } = shape;
  const read: Read = (value, rewritten = false) => {
    if (!isObject(value)) return FAILED;
    let copy: Record<string, unknown> | undefined;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const field = readers[key];
      if (field === undefined) {
        // An unknown key, unless it is the snake_case spelling of a declared field: rewrite, then read again.
        const camel = renames.get(key);
        if (!rewritten && camel !== undefined && !Object.hasOwn(value, camel)) return read(renamed(shape, value), true);
        continue;
      }
      const item = value[key];
      if (item === undefined) continue;
      if (item === null && !nullValued.has(key)) return read(renamed(shape, value), true);
      const next = field(item);
      if (next === FAILED) return FAILED;
      if (next !== item) copy = changed(copy, value, key, next);
    }
    return hasRequired(value, required) ? (copy ?? value) : FAILED;
  };
  return read;
}

/** The proto3 JSON rewrite of one message: snake_case names renamed (camelCase wins), `null` on declared fields dropped. */
function renamed(shape: ObjectShape, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const camel = shape.renames.get(key);
    const target = camel !== undefined && !Object.hasOwn(value, camel) ? camel : key;
    if (value[key] === null && shape.fields[target] !== undefined && !shape.nullValued.has(target)) continue;
    define(out, target, value[key]);
  }
  return out;
}

/** The first fault in declared order (the slow walk, run only once something failed). */
function firstFault(shape: Shape, value: unknown, path: Array<string | number>): Fault | undefined {
  if (typeof shape === "string") return LEAF_READERS[shape](value) !== FAILED ? undefined : { kind: "type", path, expected: LEAF_NAMES[shape] };
  switch (shape.kind) {
    case "enum":
      if (typeof value !== "string") return { kind: "type", path, expected: shape.expected };
      return shape.values.has(value) ? undefined : { kind: "value", path, expected: shape.expected };
    case "nullable":
      return value === null ? undefined : firstFault(shape.of, value, path);
    case "lazy":
      return firstFault(shape.get(), value, path);
    case "byKind": {
      const branch = branchOf(shape, value);
      return branch === undefined ? { kind: "type", path, expected: shape.expected } : firstFault(branch, value, path);
    }
    case "tagged": {
      if (!isObject(value)) return { kind: "type", path, expected: "an object" };
      const variant = variantOf(shape, value);
      return variant === undefined ? { kind: "value", path: [...path, shape.key], expected: shape.expected } : firstFault(variant, value, path);
    }
    case "record": {
      if (!isObject(value) || !isPlainPrototype(value)) return { kind: "type", path, expected: "an object" };
      for (const key of Object.keys(value)) {
        const fault = firstFault(shape.of, value[key], [...path, key]);
        if (fault !== undefined) return fault;
      }
      return undefined;
    }
    default:
      break;
  }
  if (shape.kind === "array") {
    if (!Array.isArray(value)) return { kind: "type", path, expected: "an array" };
    for (let i = 0; i < value.length; i++) {
      const fault = firstFault(shape.of, value[i], [...path, i]);
      if (fault !== undefined) return fault;
    }
    return undefined;
  }
  if (!isObject(value)) return { kind: "type", path, expected: "an object" };
  const message = shape.proto ? renamed(shape, value) : value;
  for (const key of Object.keys(shape.fields)) {
    const item = message[key];
    if (item === undefined || !Object.hasOwn(message, key)) {
      if (shape.required.includes(key)) return { kind: "missing", path: [...path, key], expected: `the required field '${key}'` };
      continue;
    }
    const fault = firstFault(shape.fields[key] as Shape, item, [...path, key]);
    if (fault !== undefined) return fault;
  }
  return undefined;
}

function branchOf(shape: ByKindShape, value: unknown): Shape | undefined {
  if (typeof value === "string") return shape.string;
  if (Array.isArray(value)) return shape.array;
  if (typeof value === "object" && value !== null) return shape.object;
  return undefined;
}

function variantOf(shape: TaggedShape, value: unknown): ObjectShape | undefined {
  if (!isObject(value)) return undefined;
  const tag = value[shape.key];
  return typeof tag === "string" ? shape.variants.get(tag) : undefined;
}

const LEAF_NAMES = {
  string: "a string",
  number: "a number",
  int: "an integer",
  index: "a non-negative integer",
  int64: "an int64 (integer or decimal string)",
  boolean: "a boolean",
  struct: "an object",
  nullValue: "NULL_VALUE",
  any: "a JSON value",
} as const satisfies Record<Leaf, string>;

function joinRoot(root: string, path: ReadonlyArray<string | number>): string {
  return root === "" ? joinPath(...path) : joinPath(root, ...path);
}

/** `copy` with `key` set to `next`; at the first change, `copy` is made from `value` (the input is never mutated). */
function changed(copy: Record<string, unknown> | undefined, value: Record<string, unknown>, key: string, next: unknown): Record<string, unknown> {
  const out = copy ?? copyOwn(value);
  define(out, key, next);
  return out;
}

/** Every required field present as an own property (`undefined` counts as absent, as in the slow walk). */
function hasRequired(value: Record<string, unknown>, required: readonly string[]): boolean {
  for (let i = 0; i < required.length; i++) {
    const key = required[i] as string;
    if (value[key] === undefined || !Object.hasOwn(value, key)) return false;
  }
  return true;
}

function copyOwn(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) define(out, key, value[key]);
  return out;
}
