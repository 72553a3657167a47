/** Hostile schemas: `$ref` cycles, 10,000-deep nesting, prototype-polluting property names, `$ref` fan-out. */
import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { jsonSchemaToGeminiSchema } from "./json-schema-to-gemini-schema";

function deepSchema(depth: number): unknown {
  let node: unknown = { type: "string" };
  for (let index = 0; index < depth; index++) node = { type: "object", properties: { child: node } };
  return node;
}

function deepArraySchema(depth: number): unknown {
  let node: unknown = { type: "string" };
  for (let index = 0; index < depth; index++) node = { type: "array", items: node };
  return node;
}

function expectGembridge(run: () => unknown, code: string, param?: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    expect((error as GembridgeError).status).toBe(400);
    expect((error as GembridgeError).code).toBe(code);
    if (param !== undefined) expect((error as GembridgeError).param).toMatch(param);
    return;
  }
  expect.unreachable("expected a GembridgeError");
}

describe("hostile schemas", () => {
  it("$ref cycles terminate: direct self-reference, mutual recursion, allOf self-reference, root recursion", () => {
    const self = jsonSchemaToGeminiSchema({ $defs: { A: { $ref: "#/$defs/A" } }, $ref: "#/$defs/A" });
    expect(self.value).toEqual({ type: "OBJECT" });
    expect(self.warnings.map((warning) => warning.code)).toEqual(["truncated"]);
    const mutual = jsonSchemaToGeminiSchema(
      { $defs: { A: { type: "object", properties: { b: { $ref: "#/$defs/B" } } }, B: { type: "array", items: { $ref: "#/$defs/A" } } }, $ref: "#/$defs/A" },
      { maxRefDepth: 1 },
    );
    expect(mutual.value).toEqual({ type: "OBJECT", properties: { b: { type: "ARRAY", items: { type: "OBJECT" } } } });
    expect(mutual.warnings).toEqual([
      { path: "$defs.B.items.$ref", code: "truncated", message: 'Recursive `$ref` "#/$defs/A" cut after 1 expansions (option `maxRefDepth`); the innermost level keeps only its type.' },
    ]);
    const viaAllOf = jsonSchemaToGeminiSchema({ $defs: { A: { allOf: [{ $ref: "#/$defs/A" }], type: "string" } }, $ref: "#/$defs/A" });
    expect(viaAllOf.value).toEqual({ type: "STRING" });
    expect(jsonSchemaToGeminiSchema({ type: "object", properties: { again: { $ref: "#" } } }, { maxRefDepth: 2 }).value).toEqual({
      type: "OBJECT",
      properties: { again: { type: "OBJECT", properties: { again: { type: "OBJECT", properties: { again: { type: "OBJECT" } } } } } },
    });
  });

  it("Vertex keeps recursion as ref/defs without cutting", () => {
    const { value, warnings } = jsonSchemaToGeminiSchema(
      { $defs: { A: { type: "object", properties: { next: { $ref: "#/$defs/A" } } } }, type: "object", properties: { head: { $ref: "#/$defs/A" } } },
      { dialect: "vertex" },
    );
    expect(value).toEqual({ type: "OBJECT", properties: { head: { ref: "#/defs/A" } }, defs: { A: { type: "OBJECT", properties: { next: { ref: "#/defs/A" } } } } });
    expect(warnings).toEqual([]);
  });

  it("10,000-deep nesting is a clear 400, never a RangeError (both targets)", () => {
    for (const schema of [deepSchema(10_000), deepArraySchema(10_000)]) {
      expectGembridge(() => jsonSchemaToGeminiSchema(schema), "schema_too_deep", /^(properties\.child|items)/);
      expectGembridge(() => jsonSchemaToGeminiSchema(schema, { target: "json-schema" }), "schema_too_deep");
    }
    expect(jsonSchemaToGeminiSchema(deepSchema(60)).warnings).toEqual([]);
    expectGembridge(() => jsonSchemaToGeminiSchema(deepSchema(5), { maxDepth: 3 }), "schema_too_deep", /^properties\.child\.properties\.child\.properties\.child\.properties\.child$/);
  });

  it("a 10,000-deep default value is copied without recursion", () => {
    let value: unknown = 1;
    for (let index = 0; index < 10_000; index++) value = [value];
    const { value: out } = jsonSchemaToGeminiSchema({ type: "array", items: { type: "integer" }, default: value });
    let depth = 0;
    for (let cursor = out.default; Array.isArray(cursor); cursor = cursor[0]) depth++;
    expect(depth).toBe(10_000);
  });

  it("$ref fan-out (a 'billion laughs' schema) hits the node budget, not memory", () => {
    const defs: Record<string, unknown> = { L0: { type: "string" } };
    for (let level = 1; level <= 30; level++) defs[`L${level}`] = { type: "object", properties: { a: { $ref: `#/$defs/L${level - 1}` }, b: { $ref: `#/$defs/L${level - 1}` } } };
    expectGembridge(() => jsonSchemaToGeminiSchema({ $defs: defs, $ref: "#/$defs/L30" }), "schema_too_large");
  });

  it("__proto__ and constructor are ordinary properties and pollute nothing", () => {
    const schema = JSON.parse(
      '{"type":"object","properties":{"__proto__":{"type":"string","description":"p"},"constructor":{"type":"integer"},"hasOwnProperty":{"type":"boolean"}},"required":["__proto__","constructor"]}',
    );
    const { value } = jsonSchemaToGeminiSchema(schema);
    const properties = value.properties as Record<string, unknown>;
    expect(Object.keys(properties)).toEqual(["__proto__", "constructor", "hasOwnProperty"]);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(properties, "__proto__")?.value).toEqual({ type: "STRING", description: "p" });
    expect(JSON.stringify(value)).toBe(
      '{"type":"OBJECT","properties":{"__proto__":{"type":"STRING","description":"p"},"constructor":{"type":"INTEGER"},"hasOwnProperty":{"type":"BOOLEAN"}},"required":["__proto__","constructor"],"propertyOrdering":["__proto__","constructor","hasOwnProperty"]}',
    );
    expect(({} as Record<string, unknown>).type).toBeUndefined();
    const viaRef = jsonSchemaToGeminiSchema(JSON.parse('{"$defs":{"__proto__":{"type":"string"}},"type":"object","properties":{"x":{"$ref":"#/$defs/__proto__"}}}'), { dialect: "vertex" });
    expect(JSON.stringify(viaRef.value)).toBe('{"type":"OBJECT","properties":{"x":{"ref":"#/defs/__proto__"}},"defs":{"__proto__":{"type":"STRING"}}}');
    const passThrough = jsonSchemaToGeminiSchema(schema, { target: "json-schema" });
    expect(JSON.stringify(passThrough.value)).toBe(JSON.stringify(schema));
  });

  it("a `constructor` ref does not resolve through the prototype chain", () => {
    expectGembridge(() => jsonSchemaToGeminiSchema({ type: "object", properties: { x: { $ref: "#/constructor" } } }), "invalid_schema", /properties\.x\.\$ref/);
  });
});
