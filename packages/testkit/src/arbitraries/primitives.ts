// Building blocks shared by the wire arbitraries: JSON values, base64, signatures, names, text.
import fc from "fast-check";

/** A JSON object (no `undefined`, no `-0`, no non-finite numbers): what `JSON.parse` can return for `{…}`. */
export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** Standard base64 (with padding) of `minBytes`–`maxBytes` random bytes: what proto `bytes` fields carry. */
export function base64Arbitrary(minBytes = 0, maxBytes = 48): fc.Arbitrary<string> {
  return fc.uint8Array({ minLength: minBytes, maxLength: maxBytes }).map(bytesToBase64);
}

/** Base64 of a byte array without `Buffer` (the arbitraries run in any JS runtime). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Thought signatures as Gemini sends them: opaque base64 of tens to hundreds of bytes, plus the documented
 * `skip_thought_signature_validator` sentinel now and then (clients may send it in history).
 */
export const thoughtSignatureArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: base64Arbitrary(16, 160) },
  { weight: 1, arbitrary: fc.constant("skip_thought_signature_validator") },
);

/** Function names as both APIs accept them: `^[a-zA-Z_][a-zA-Z0-9_.:-]{0,63}$`. */
export const functionNameArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("get_weather", "search", "read_file", "lookup.user", "ns:call", "f"),
  fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,20}$/),
);

/** Text that exercises Unicode: ASCII, multibyte, emoji (astral), newlines, markup-looking strings. */
export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("ünï 😀 日本語", "line\nbreak\r\n", "<think>x</think>", "`code`", "", " ", "{\"not\":\"args\"}", "\u0000\u001f"),
  },
);

/** Object keys; `__proto__`, `constructor` and `prototype` appear on purpose (they must stay plain data). */
export const keyArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty") },
);

const leaf: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);

/**
 * JSON values built with `JSON.parse` so that a `__proto__` key is an own data property, exactly as a server
 * receives it, instead of a prototype assignment.
 */
export const jsonValueArbitrary: fc.Arbitrary<JsonValue> = fc
  .letrec<{ value: JsonValue; object: JsonObject; array: JsonValue[] }>((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("object"), tie("array")),
    object: fc.array(fc.tuple(keyArbitrary, tie("value")), { maxLength: 4 }).map(entriesToJson),
    array: fc.array(tie("value"), { maxLength: 4 }),
  }))
  .value.map((value) => JSON.parse(JSON.stringify(value)) as JsonValue);

/** A JSON object (function-call arguments, `response` structs, `partMetadata`). */
export const jsonObjectArbitrary: fc.Arbitrary<JsonObject> = fc
  .array(fc.tuple(keyArbitrary, jsonValueArbitrary), { maxLength: 4 })
  .map(entriesToJson);

/** Builds an object from entries through JSON text so `__proto__` lands as an own key. */
export function entriesToJson(entries: ReadonlyArray<readonly [string, JsonValue]>): JsonObject {
  const text = `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(",")}}`;
  return JSON.parse(text) as JsonObject;
}

/** Small non-negative token counts. */
export const tokenCountArbitrary: fc.Arbitrary<number> = fc.nat({ max: 200_000 });

/** An RFC 3339 timestamp with microseconds, as Vertex writes `createTime`. */
export const timestampArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }), fc.nat({ max: 999_999 }))
  .map(([seconds, micros]) => `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${String(micros).padStart(6, "0")}Z`);

/** Picks a subset of an object's optional keys: `fc.record` with no required keys, `undefined`s removed. */
export function partialRecord<T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<Partial<T>> {
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Partial<T>>;
}
