import { describe, expect, it } from "vitest";
import { isParameterlessSchema } from "./is-parameterless-schema";

describe("isParameterlessSchema", () => {
  it.each([
    [undefined, true],
    [{}, true],
    [{ type: "object" }, true],
    [{ type: "object", properties: {}, required: [], additionalProperties: false, $schema: "http://json-schema.org/draft-07/schema#" }, true],
    [{ type: "object", properties: { a: { type: "string" } } }, false],
    [{ type: "object", additionalProperties: { type: "string" } }, false],
    [{ type: "object", anyOf: [{ required: ["a"] }] }, false],
    [{ type: "string" }, false],
  ])("%j → %s", (schema, expected) => {
    expect(isParameterlessSchema(schema)).toBe(expected);
  });
});
