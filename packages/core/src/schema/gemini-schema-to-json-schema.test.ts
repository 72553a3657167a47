import { describe, expect, it } from "vitest";
import { geminiSchemaToJsonSchema } from "./gemini-schema-to-json-schema";
import { jsonSchemaToGeminiSchema } from "./json-schema-to-gemini-schema";

describe("geminiSchemaToJsonSchema", () => {
  it("lower-cases types, turns nullable into null types, int64 strings into numbers, ref/defs into $ref/$defs", () => {
    const { value, warnings } = geminiSchemaToJsonSchema({
      type: "OBJECT",
      properties: {
        name: { type: "STRING", nullable: true, minLength: "1", maxLength: "40", example: "Ada" },
        kind: { type: "STRING", format: "enum", enum: ["a", "b"], nullable: true },
        floor: { type: "INTEGER", format: "enum", enum: ["101", "201"] },
        pet: { ref: "#/defs/Pet" },
        either: { anyOf: [{ type: "STRING" }, { type: "NUMBER" }], nullable: true },
      },
      required: ["name"],
      propertyOrdering: ["name", "kind", "floor", "pet", "either"],
      minProperties: "1",
      defs: { Pet: { type: "OBJECT", properties: { legs: { type: "INTEGER", format: "int32", minimum: 0 } } } },
    });
    expect(value).toEqual({
      type: "object",
      minProperties: 1,
      properties: {
        name: { type: ["string", "null"], minLength: 1, maxLength: 40, examples: ["Ada"] },
        kind: { type: ["string", "null"], enum: ["a", "b", null] },
        floor: { type: "integer", enum: [101, 201] },
        pet: { $ref: "#/$defs/Pet" },
        either: { anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }] },
      },
      required: ["name"],
      propertyOrdering: ["name", "kind", "floor", "pet", "either"],
      $defs: { Pet: { type: "object", properties: { legs: { type: "integer", format: "int32", minimum: 0 } } } },
    });
    expect(warnings).toEqual([]);
  });

  it("warns about fields Gemini's Schema does not have", () => {
    expect(geminiSchemaToJsonSchema({ type: "STRING", oneOf: [] }).warnings).toEqual([{ path: "oneOf", code: "dropped", message: "`oneOf` dropped: not a field of Gemini's Schema." }]);
  });

  it("round-trips the lossless subset (JSON Schema → Gemini → JSON Schema)", () => {
    const schema = { type: "object", properties: { a: { type: ["string", "null"], enum: ["x", "y", null] }, b: { type: "array", items: { type: "integer", minimum: 1 }, maxItems: 3 } }, required: ["a"] };
    const there = jsonSchemaToGeminiSchema(schema);
    expect(there.warnings).toEqual([]);
    expect(geminiSchemaToJsonSchema(there.value).value).toEqual({ ...schema, propertyOrdering: ["a", "b"] });
  });
});
