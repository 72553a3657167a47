import { describe, expect, it } from "vitest";
import { chooseSchemaTarget } from "./choose-schema-target";
import { SCHEMA_CAPABILITIES } from "./schema-capabilities";

describe("chooseSchemaTarget", () => {
  it.each([
    ["gemini-1.5-pro", "gemini", "schema"],
    ["models/gemini-2.0-flash-001", "gemini", "schema"],
    ["gemini-2.5-flash", "gemini", "json-schema"],
    ["publishers/google/models/gemini-2.5-pro", "vertex", "json-schema"],
    ["projects/p/locations/global/publishers/google/models/gemini-3-pro-preview", "vertex", "json-schema"],
    ["google/gemini-3.1-flash-lite", "vertex", "json-schema"],
    ["gemini-flash-latest", "gemini", "json-schema"],
    ["gemma-3-27b-it", "gemini", "schema"],
    ["tunedModels/my-model-123", "gemini", "schema"],
  ] as const)("%s on %s → %s", (model, dialect, target) => {
    expect(chooseSchemaTarget({ model, dialect })).toBe(target);
  });

  it("declared capabilities override the table", () => {
    expect(chooseSchemaTarget({ model: "gemini-2.5-flash", dialect: "gemini", capabilities: { jsonSchema: false } })).toBe("schema");
    expect(chooseSchemaTarget({ model: "my-proxy-model", dialect: "vertex", capabilities: { jsonSchema: true } })).toBe("json-schema");
    const table = [{ pattern: /^my-/, jsonSchema: { gemini: true, vertex: false }, note: "custom" }];
    expect(chooseSchemaTarget({ model: "my-model", dialect: "gemini", capabilities: { table } })).toBe("json-schema");
    expect(chooseSchemaTarget({ model: "my-model", dialect: "vertex", capabilities: { table } })).toBe("schema");
  });

  it("every table row says why", () => {
    for (const row of SCHEMA_CAPABILITIES) expect(row.note.length).toBeGreaterThan(0);
  });
});
