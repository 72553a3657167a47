import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { jsonSchemaToGeminiSchema } from "./json-schema-to-gemini-schema";

describe("jsonSchemaToGeminiSchema — keyword by keyword", () => {
  it("type arrays, null branches, const, exclusive bounds and int64 strings", () => {
    const { value, warnings } = jsonSchemaToGeminiSchema({
      type: "object",
      properties: {
        q: { type: ["string", "null"], minLength: 1, maxLength: 80 },
        n: { anyOf: [{ type: "integer", exclusiveMinimum: 0 }, { type: "null" }], default: null, title: "N" },
        kind: { const: "user" },
        tags: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 5 },
      },
      required: ["q", "kind"],
    });
    expect(value).toEqual({
      type: "OBJECT",
      properties: {
        q: { type: "STRING", nullable: true, minLength: "1", maxLength: "80" },
        n: { type: "INTEGER", nullable: true, title: "N", minimum: 1, default: null },
        kind: { type: "STRING", enum: ["user"] },
        tags: { type: "ARRAY", items: { type: "STRING" }, minItems: "1", maxItems: "5" },
      },
      required: ["q", "kind"],
      propertyOrdering: ["q", "n", "kind", "tags"],
    });
    expect(warnings).toEqual([]);
  });

  it("drops unsupported keywords with one warning per JSON path", () => {
    const { value, warnings } = jsonSchemaToGeminiSchema(
      {
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $id: "urn:x",
        type: "object",
        properties: { a: { type: "number", multipleOf: 0.5, exclusiveMaximum: 10 }, b: { type: "array", items: { type: "string" }, uniqueItems: true } },
        additionalProperties: false,
        patternProperties: { "^x-": { type: "string" } },
        if: { required: ["a"] },
        ["then" as string]: { required: ["b"] },
      },
      { path: "tools[0].function.parameters" },
    );
    expect(value).toEqual({
      type: "OBJECT",
      properties: { a: { type: "NUMBER", maximum: 10 }, b: { type: "ARRAY", items: { type: "STRING" } } },
      propertyOrdering: ["a", "b"],
    });
    expect(warnings.map((warning) => [warning.path, warning.code])).toEqual([
      ["tools[0].function.parameters.$schema", "dropped"],
      ["tools[0].function.parameters.$id", "dropped"],
      ["tools[0].function.parameters.patternProperties", "dropped"],
      ["tools[0].function.parameters.if", "dropped"],
      ["tools[0].function.parameters.then", "dropped"],
      ["tools[0].function.parameters.properties.a.multipleOf", "dropped"],
      ["tools[0].function.parameters.properties.a.exclusiveMaximum", "approximated"],
      ["tools[0].function.parameters.properties.b.uniqueItems", "dropped"],
      ["tools[0].function.parameters.additionalProperties", "dropped"],
    ]);
  });

  it("keeps supported formats and drops the others per dialect", () => {
    const schema = { type: "object", properties: { at: { type: "string", format: "date-time" }, mail: { type: "string", format: "email" }, n: { type: "integer", format: "int64" } } };
    expect(jsonSchemaToGeminiSchema(schema).value.properties).toEqual({ at: { type: "STRING", format: "date-time" }, mail: { type: "STRING" }, n: { type: "INTEGER", format: "int64" } });
    expect(jsonSchemaToGeminiSchema(schema).warnings).toEqual([{ path: "properties.mail.format", code: "dropped", message: '`format` "email" dropped: Gemini\'s Schema supports enum, date-time for string.' }]);
    expect(jsonSchemaToGeminiSchema(schema, { dialect: "vertex" }).value.properties?.mail).toEqual({ type: "STRING", format: "email" });
  });

  it("non-string enums: describe (default) and string modes", () => {
    const schema = { type: "integer", enum: [1, 2, 5], description: "Level" };
    expect(jsonSchemaToGeminiSchema(schema).value).toEqual({ type: "INTEGER", description: "Level\n\nAllowed values: 1, 2, 5.", minimum: 1, maximum: 5 });
    expect(jsonSchemaToGeminiSchema({ enum: [1, 2, 3] }).value).toEqual({ type: "INTEGER", minimum: 1, maximum: 3 });
    expect(jsonSchemaToGeminiSchema(schema, { nonStringEnum: "string" }).value).toEqual({ type: "STRING", format: "enum", description: "Level", enum: ["1", "2", "5"] });
    expect(jsonSchemaToGeminiSchema({ enum: ["a", null] }).value).toEqual({ type: "STRING", nullable: true, enum: ["a"] });
    expect(jsonSchemaToGeminiSchema({ enum: ["a", 1] }).value).toEqual({ anyOf: [{ type: "STRING", enum: ["a"] }, { type: "INTEGER", minimum: 1, maximum: 1 }] });
  });

  it("merges allOf and distributes sibling constraints into anyOf branches", () => {
    const { value } = jsonSchemaToGeminiSchema({
      allOf: [{ type: "object", properties: { a: { type: "string" } }, required: ["a"] }, { properties: { b: { type: "integer", minimum: 0 } }, required: ["b"] }, { properties: { b: { maximum: 9 } } }],
    });
    expect(value).toEqual({
      type: "OBJECT",
      properties: { a: { type: "STRING" }, b: { type: "INTEGER", minimum: 0, maximum: 9 } },
      required: ["a", "b"],
      propertyOrdering: ["a", "b"],
    });
    const union = jsonSchemaToGeminiSchema({ type: "object", properties: { x: { type: "string" }, y: { type: "string" } }, anyOf: [{ required: ["x"] }, { required: ["y"] }], description: "x or y" }).value;
    expect(union).toEqual({
      type: "OBJECT",
      description: "x or y",
      anyOf: [
        { type: "OBJECT", properties: { x: { type: "STRING" }, y: { type: "STRING" } }, required: ["x"], propertyOrdering: ["x", "y"] },
        { type: "OBJECT", properties: { x: { type: "STRING" }, y: { type: "STRING" } }, required: ["y"], propertyOrdering: ["x", "y"] },
      ],
    });
  });

  it("pure null: NULL on the Gemini API, nullable STRING on Vertex", () => {
    expect(jsonSchemaToGeminiSchema({ type: "null" }).value).toEqual({ type: "NULL" });
    expect(jsonSchemaToGeminiSchema({ type: "null" }, { dialect: "vertex" }).value).toEqual({ type: "STRING", nullable: true });
  });

  it("Vertex keeps additionalProperties", () => {
    expect(jsonSchemaToGeminiSchema({ type: "object", additionalProperties: { type: "number" } }, { dialect: "vertex" }).value).toEqual({ type: "OBJECT", additionalProperties: { type: "NUMBER" } });
  });

  it("empty object parameters become a bare OBJECT", () => {
    expect(jsonSchemaToGeminiSchema({ type: "object", properties: {} })).toEqual({ value: { type: "OBJECT" }, warnings: [] });
  });

  it("resolves JSON-pointer refs and rejects refs into nowhere", () => {
    expect(jsonSchemaToGeminiSchema({ type: "object", properties: { a: { type: "string" }, b: { $ref: "#/properties/a" } } }).value.properties?.b).toEqual({ type: "STRING" });
    const run = () => jsonSchemaToGeminiSchema({ type: "object", properties: { b: { $ref: "#/$defs/Missing" } } }, { path: "p" });
    expect(run).toThrow(GembridgeError);
    expect(run).toThrow(/Cannot resolve `\$ref` "#\/\$defs\/Missing"/);
    expect(() => jsonSchemaToGeminiSchema({ $ref: "https://example.com/s.json" })).toThrow(GembridgeError);
  });

  it("rejects invalid JSON Schema with a 400 and a param path", () => {
    try {
      jsonSchemaToGeminiSchema({ type: "object", properties: { a: { type: "strng" } } }, { path: "response_format.json_schema.schema" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GembridgeError);
      expect((error as GembridgeError).status).toBe(400);
      expect((error as GembridgeError).param).toBe("response_format.json_schema.schema.properties.a.type");
    }
  });

  it("target json-schema keeps parameters as is and trims responseJsonSchema to its keyword list", () => {
    const schema = { type: "object", properties: { a: { type: "string", minLength: 2, const: "ab" }, r: { $ref: "#/definitions/R", description: "d" } }, definitions: { R: { type: "integer" } }, additionalProperties: false };
    expect(jsonSchemaToGeminiSchema(schema, { target: "json-schema" })).toEqual({
      value: { type: "object", properties: { a: { type: "string", minLength: 2, const: "ab" }, r: { $ref: "#/$defs/R", description: "d" } }, $defs: { R: { type: "integer" } }, additionalProperties: false },
      warnings: [],
    });
    const response = jsonSchemaToGeminiSchema(schema, { target: "json-schema", use: "response" });
    expect(response.value).toEqual({ type: "object", properties: { a: { type: "string", enum: ["ab"] }, r: { description: "d", anyOf: [{ $ref: "#/$defs/R" }] } }, $defs: { R: { type: "integer" } }, additionalProperties: false });
    expect(response.warnings).toEqual([{ path: "properties.a.minLength", code: "dropped", message: "`minLength` dropped: not among the keywords `responseJsonSchema` supports." }]);
  });

  it("never mutates or shares the caller's schema", () => {
    const schema = { type: "object", properties: { a: { type: "string", default: { nested: [1] } } } };
    const before = structuredClone(schema);
    const { value } = jsonSchemaToGeminiSchema(schema);
    expect(schema).toEqual(before);
    expect(value.properties?.a?.default).toEqual({ nested: [1] });
    expect(value.properties?.a?.default).not.toBe(schema.properties.a.default);
  });
});
