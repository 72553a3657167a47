import { describe, expect, it } from "vitest";
import { z } from "zod";
import { z as z3 } from "zod-v3";
import { GembridgeError } from "../errors/gembridge-error";
import { responseFormatFromZod, zodMajorVersion } from "./response-format-from-zod";

describe("responseFormatFromZod", () => {
  it("zod 4 via z.toJSONSchema", () => {
    const schema = z.object({ city: z.string(), days: z.number().int().min(1).max(7) });
    expect(responseFormatFromZod(schema, "forecast")).toEqual({
      type: "json_schema",
      json_schema: {
        name: "forecast",
        strict: true,
        schema: {
          $schema: "https://json-schema.org/draft/2020-12/schema",
          type: "object",
          properties: { city: { type: "string" }, days: { type: "integer", minimum: 1, maximum: 7 } },
          required: ["city", "days"],
          additionalProperties: false,
        },
      },
    });
  });

  it("zod 3 via zod-to-json-schema (OpenAI strict shape: optional → nullable and required)", () => {
    const schema = z3.object({ city: z3.string(), note: z3.string().optional() });
    expect(responseFormatFromZod(schema, "forecast", { description: "d" })).toEqual({
      type: "json_schema",
      json_schema: {
        name: "forecast",
        description: "d",
        strict: true,
        schema: {
          $schema: "https://json-schema.org/draft/2019-09/schema#",
          type: "object",
          properties: { city: { type: "string" }, note: { type: ["string", "null"] } },
          required: ["city", "note"],
          additionalProperties: false,
        },
      },
    });
  });

  it("detects the zod major version and rejects non-zod values and bad names", () => {
    expect(zodMajorVersion(z.string())).toBe(4);
    expect(zodMajorVersion(z3.string())).toBe(3);
    expect(() => responseFormatFromZod({ type: "object" }, "x")).toThrow(GembridgeError);
    expect(() => responseFormatFromZod(z.string(), "has space")).toThrow(GembridgeError);
  });
});
