// Test-only fast-check generators for Vertex streamed function-call arguments (`partialArgs`).
import fc from "fast-check";
import type { GeminiPartialArg } from "../src/wire/gemini";

export type JsonLeaf = string | number | boolean | null;
export type JsonArgs = { [key: string]: JsonValue };
export type JsonValue = JsonLeaf | JsonValue[] | JsonArgs;

/**
 * Member names: anything but integer-like names, which JavaScript objects reorder before the others (so
 * `JSON.stringify` of the assembled object would not keep stream order — a documented limit, not a bug).
 */
const memberName = fc
  .oneof(fc.constantFrom("location", "unit", "a", "b c", "it's", 'q"uote', "x.y", "[0]", "ключ", "😀"), fc.string())
  .filter((name) => !/^(0|[1-9]\d*)$/.test(name));

const leaf: fc.Arbitrary<JsonLeaf> = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** Non-empty containers only: `partialArgs` has no fragment kind for `{}` or `[]`. */
export const jsonArgs: fc.Arbitrary<JsonArgs> = fc.letrec<{ value: JsonValue; object: JsonArgs; array: JsonValue[] }>(
  (tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("object"), tie("array")),
    object: fc.dictionary(memberName, tie("value"), { minKeys: 1, maxKeys: 4 }),
    array: fc.array(tie("value"), { minLength: 1, maxLength: 4 }),
  }),
).object;

/** RFC 9535 normalized path: `$['name']` for every member (escaped), `[n]` for indices. */
export function jsonPathOf(segments: ReadonlyArray<string | number>): string {
  let path = "$";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) path += `.${segment}`;
    else {
      const escaped = segment.replace(/[\\'\u0000-\u001f]/g, (char) =>
        char === "\\" ? "\\\\" : char === "'" ? "\\'" : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
      );
      path += `['${escaped}']`;
    }
  }
  return path;
}

/**
 * The fragments Vertex would send for `args`, in document order. Strings are cut at `cuts` (fractions in [0, 1))
 * into pieces with `willContinue: true`; the string ends with an empty piece (as recorded) or, when `endWithEmpty`
 * is false, with its last piece sent without `willContinue`.
 */
export function fragmentsOf(args: JsonArgs, cuts: readonly number[], endWithEmpty: boolean): GeminiPartialArg[] {
  const out: GeminiPartialArg[] = [];
  let cutIndex = 0;
  const visit = (value: JsonValue, path: Array<string | number>) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, [...path, index]);
      });
      return;
    }
    if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
      return;
    }
    const jsonPath = jsonPathOf(path);
    if (typeof value === "string") {
      const positions = new Set<number>();
      for (let k = 0; k < 3; k += 1) {
        const fraction = cuts[cutIndex++ % Math.max(cuts.length, 1)] ?? 0.5;
        positions.add(Math.floor(fraction * value.length));
      }
      const sorted = [...positions].filter((p) => p > 0 && p < value.length).sort((a, b) => a - b);
      const pieces: string[] = [];
      let start = 0;
      for (const position of sorted) {
        pieces.push(value.slice(start, position));
        start = position;
      }
      pieces.push(value.slice(start));
      pieces.forEach((piece, index) => {
        const last = index === pieces.length - 1 && !endWithEmpty;
        out.push(last ? { jsonPath, stringValue: piece } : { jsonPath, stringValue: piece, willContinue: true });
      });
      if (endWithEmpty) out.push({ jsonPath, stringValue: "" });
    } else if (typeof value === "number") out.push({ jsonPath, numberValue: value });
    else if (typeof value === "boolean") out.push({ jsonPath, boolValue: value });
    else out.push({ jsonPath, nullValue: "NULL_VALUE" });
  };
  visit(args, []);
  return out;
}
