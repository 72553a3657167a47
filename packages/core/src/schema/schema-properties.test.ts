/**
 * Property tests over JSON Schemas drawn from a grammar (types, bounds, formats, enums, unions, type
 * arrays, allOf, `$defs` with possibly recursive `$ref`s, hostile property names):
 * - translation never throws on valid input and terminates on cycles;
 * - the output validates against the official Gemini / Vertex `Schema` definitions;
 * - without warnings, every instance valid under the input is valid under the output read back as JSON Schema.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "../../../conformance/node_modules/ajv/dist/2020.js";
import { validateOfficial } from "@gembridge/testkit";
import { GembridgeError } from "../errors/gembridge-error";
import { geminiSchemaToJsonSchema } from "./gemini-schema-to-json-schema";
import { jsonSchemaToGeminiSchema } from "./json-schema-to-gemini-schema";

const names = fc.constantFrom("a", "b", "name", "__proto__", "constructor", "toString", "x y");
const leaf = fc.oneof(
  fc.record({ type: fc.constant("string"), minLength: fc.nat(3), maxLength: fc.integer({ min: 3, max: 20 }), format: fc.constantFrom("date-time", "email", "uuid") }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constantFrom("integer", "number"), minimum: fc.integer({ min: -5, max: 0 }), maximum: fc.integer({ min: 1, max: 50 }), exclusiveMinimum: fc.integer({ min: -10, max: -6 }) }, { requiredKeys: ["type"] }),
  fc.record({ type: fc.constant("boolean"), description: fc.string({ maxLength: 8 }) }, { requiredKeys: ["type"] }),
  fc.record({ enum: fc.uniqueArray(fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -3, max: 3 }), fc.constant(null)), { minLength: 1, maxLength: 4 }) }),
  fc.record({ const: fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean()) }),
  fc.record({ type: fc.constant(["string", "null"]) }),
  fc.constant({ $ref: "#/$defs/Node" }),
  fc.constant({ type: "null" }),
  fc.constant({}),
);
const { schema: arbitrarySchema } = fc.letrec<{ schema: unknown }>((tie) => ({
  schema: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({ type: fc.constant("object"), properties: fc.dictionary(names, tie("schema"), { maxKeys: 3, noNullPrototype: true }), required: fc.subarray(["a", "name", "__proto__", "missing"]), additionalProperties: fc.boolean() }, { requiredKeys: ["type", "properties"] }),
    fc.record({ type: fc.constant("array"), items: tie("schema"), minItems: fc.nat(2) }, { requiredKeys: ["type", "items"] }),
    fc.record({ anyOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }), description: fc.string({ maxLength: 5 }) }, { requiredKeys: ["anyOf"] }),
    fc.record({ oneOf: fc.array(tie("schema"), { minLength: 1, maxLength: 2 }) }),
    fc.record({ allOf: fc.array(tie("schema"), { minLength: 1, maxLength: 2 }) }),
  ),
}));
const document = fc.record({ root: arbitrarySchema, node: arbitrarySchema }).map(({ root, node }) => {
  const base = typeof root === "object" && root !== null ? root : {};
  return JSON.parse(JSON.stringify({ ...base, $defs: { Node: node } })) as Record<string, unknown>;
});

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
const request = (schema: unknown) => ({ contents: [{ role: "user", parts: [{ text: "x" }] }], generationConfig: { responseMimeType: "application/json", responseSchema: schema } });

/** `type` is REQUIRED in the GA proto, but the API accepts a type-less `anyOf` node (docs/decisions/0042); that one deviation is allowed. */
/** Valid input never throws, except a schema no value satisfies (GembridgeError `unsatisfiable_schema`). */
function translate(schema: unknown, dialect: "gemini" | "vertex") {
  try {
    return jsonSchemaToGeminiSchema(schema, { dialect });
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    expect((error as GembridgeError).code).toBe("unsatisfiable_schema");
    fc.pre(false);
    throw error;
  }
}

function unexpectedErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => !/required property ["']type["']/.test(error));
}

function typelessNodesAreUnions(node: unknown): boolean {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Record<string, unknown>;
    if (current.type === undefined && current.anyOf === undefined && current.ref === undefined) return false;
    for (const child of [current.items, current.additionalProperties, ...Object.values((current.properties as object) ?? {}), ...((current.anyOf as unknown[]) ?? []), ...Object.values((current.defs as object) ?? {})]) {
      if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
  return true;
}

describe("jsonSchemaToGeminiSchema properties", () => {
  for (const dialect of ["gemini", "vertex"] as const) {
    it(`never throws, terminates on cycles and validates officially (${dialect})`, () => {
      fc.assert(
        fc.property(document, (schema) => {
          const { value } = translate(schema, dialect);
          expect(typelessNodesAreUnions(value)).toBe(true);
          const result = validateOfficial("gemini-request", request(value), { dialect, strict: true });
          expect(unexpectedErrors(result.errors)).toEqual([]);
        }),
      );
    });
  }

  it("keeps every valid instance valid when nothing was dropped or approximated", () => {
    fc.assert(
      fc.property(document, fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 12 }), (schema, candidates) => {
        const { value, warnings } = translate(schema, "gemini");
        fc.pre(warnings.length === 0);
        const input = ajv.compile(schema);
        const output = ajv.compile(geminiSchemaToJsonSchema(value).value);
        for (const instance of candidates) if (input(instance)) expect(output(instance)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
