import { z } from "zod";

/** The JSON kinds a value can have; `array` and `null` are told apart from `object`. */
export type JsonKind = "string" | "number" | "boolean" | "array" | "object" | "null";

function jsonKindOf(value: unknown): JsonKind | "undefined" | "other" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "object":
      return "object";
    case "undefined":
      return "undefined";
    default:
      return "other";
  }
}

/**
 * A union whose branch is chosen by the JSON kind of the input (`string` vs `array` vs `object`), so a wrong field
 * deep inside the chosen branch is reported at its own path (`messages[0].content[1].image_url.url`) instead of
 * zod's union-level "Invalid input" at `messages[0].content`. Output type = union of the branches' outputs.
 * (Decision 0011.)
 */
export function unionByJsonType<const B extends Partial<Record<JsonKind, z.ZodType>>>(branches: B) {
  type Out = { [K in keyof B]: B[K] extends z.ZodType ? z.output<B[K]> : never }[keyof B];
  const expected = Object.keys(branches).join(" or ");
  return z.unknown().transform((value, ctx): Out => {
    const kind = jsonKindOf(value);
    const branch = kind in branches ? branches[kind as JsonKind] : undefined;
    if (branch === undefined) {
      ctx.issues.push({
        code: "invalid_type",
        expected: expected as "string",
        input: value,
        message: `Invalid input: expected ${expected}, received ${kind}`,
      });
      return z.NEVER;
    }
    const result = branch.safeParse(value);
    if (result.success) return result.data as Out;
    // Finalized issues lack `input` (zod drops it unless asked to report it); paths stay relative to this node.
    for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: undefined } as z.core.$ZodRawIssue);
    return z.NEVER;
  });
}
