import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GembridgeError } from "../../errors/gembridge-error";
import { parseGeminiError, parseGeminiRequest, parseGeminiResponse } from "./parse-gemini";
import { withProtoJsonInput } from "./proto-json-input";

function paramOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (error) {
    if (error instanceof GembridgeError) return error.param;
    throw error;
  }
  throw new Error("expected a GembridgeError, nothing was thrown");
}

describe("snake_case proto field names (accepted by Google's parsers)", () => {
  it("renames a message's own fields to camelCase, recursively", () => {
    const parsed = parseGeminiRequest({
      system_instruction: { parts: [{ text: "Be brief." }] },
      contents: [{ role: "user", parts: [{ inline_data: { mime_type: "image/png", data: "AA==" } }] }],
      generation_config: { max_output_tokens: 5, thinking_config: { thinking_level: "LOW" } },
      tool_config: { function_calling_config: { mode: "ANY", allowed_function_names: ["f"] } },
    });
    expect(parsed).toEqual({
      systemInstruction: { parts: [{ text: "Be brief." }] },
      contents: [{ role: "user", parts: [{ inlineData: { mimeType: "image/png", data: "AA==" } }] }],
      generationConfig: { maxOutputTokens: 5, thinkingConfig: { thinkingLevel: "LOW" } },
      toolConfig: { functionCallingConfig: { mode: "ANY", allowedFunctionNames: ["f"] } },
    });
  });

  it("never renames inside Struct values, maps or JSON Schema documents", () => {
    const body = {
      contents: [{ role: "model", parts: [{ functionCall: { name: "f", args: { user_name: "x", nested: { max_tokens: 1 } } } }] }],
      labels: { cost_center: "a" },
      tools: [{ functionDeclarations: [{ name: "f", parametersJsonSchema: { type: "object", properties: { user_name: { type: "string" } }, additional_properties: false } }] }],
    };
    expect(parseGeminiRequest(body)).toEqual(body);
  });

  it("lets camelCase win when both spellings are present (the snake_case key stays as an unknown key)", () => {
    expect(parseGeminiRequest({ contents: [], generationConfig: { maxOutputTokens: 5, max_output_tokens: 9 } }).generationConfig).toEqual({
      maxOutputTokens: 5,
      max_output_tokens: 9,
    });
  });

  it("reports errors under the camelCase name", () => {
    expect(paramOf(() => parseGeminiRequest({ contents: [], generation_config: { max_output_tokens: "5" } }))).toBe(
      "generationConfig.maxOutputTokens",
    );
  });

  it("keeps a JSON __proto__ key as a plain own property", () => {
    const body = JSON.parse('{"contents":[],"generation_config":{"__proto__":{"polluted":true},"top_k":3}}');
    const parsed = parseGeminiRequest(body);
    expect(parsed.generationConfig?.topK).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("withProtoJsonInput", () => {
  const schema = withProtoJsonInput(
    z.looseObject({ fooBar: z.looseObject({ innerField: z.number() }).optional(), list: z.array(z.looseObject({ aB: z.string() })).optional() }),
  );

  it("returns the very same object when nothing needs renaming (copy-on-write)", () => {
    const input = { fooBar: { innerField: 1 }, list: [{ aB: "x" }] };
    const preprocess = (schema as unknown as { in: z.ZodTransform }).in;
    expect(preprocess.parse(input)).toBe(input);
  });

  it("renames inside arrays and nested messages; the rename itself keeps key order", () => {
    const input = { z: 1, foo_bar: { inner_field: 2 }, list: [{ a_b: "y" }] };
    expect(schema.parse(input)).toEqual({ z: 1, fooBar: { innerField: 2 }, list: [{ aB: "y" }] });
    const preprocess = (schema as unknown as { in: z.ZodTransform }).in;
    // (zod itself then emits declared keys before unknown ones.)
    expect(Object.keys(preprocess.parse(input) as object)).toEqual(["z", "fooBar", "list"]);
    expect(input).toEqual({ z: 1, foo_bar: { inner_field: 2 }, list: [{ a_b: "y" }] });
  });

  it("renames inside Gemini Schema maps and unions (recursive Schema)", () => {
    const parsed = parseGeminiRequest({
      contents: [],
      generation_config: {
        response_schema: {
          type: "OBJECT",
          property_ordering: ["a_b"],
          properties: { a_b: { type: "ARRAY", max_items: 2, items: { any_of: [{ type: "STRING", min_length: 1 }] } } },
        },
      },
    });
    expect(parsed.generationConfig?.responseSchema).toEqual({
      type: "OBJECT",
      propertyOrdering: ["a_b"],
      properties: { a_b: { type: "ARRAY", maxItems: 2, items: { anyOf: [{ type: "STRING", minLength: 1 }] } } },
    });
  });

  it("applies to responses and error bodies too", () => {
    expect(parseGeminiResponse({ usage_metadata: { prompt_token_count: 3 } })).toEqual({ usageMetadata: { promptTokenCount: 3 } });
    expect(parseGeminiError([{ error: { code: 400, message: "m", status: "INVALID_ARGUMENT" } }])).toEqual({
      error: { code: 400, message: "m", status: "INVALID_ARGUMENT" },
    });
  });
});

describe("null on a declared field (proto3 JSON: unset)", () => {
  it("is removed from messages, renamed fields included", () => {
    expect(
      parseGeminiRequest({
        contents: [{ role: "user", parts: [{ text: "a", thought: null, inline_data: null }] }],
        systemInstruction: null,
        generation_config: { temperature: null, max_output_tokens: null, top_k: 3 },
      }),
    ).toEqual({ contents: [{ role: "user", parts: [{ text: "a" }] }], generationConfig: { topK: 3 } });
  });

  it("is kept where null is a value: google.protobuf.Value fields, Struct contents, unknown keys", () => {
    const body = {
      contents: [{ role: "model", parts: [{ functionCall: { name: "f", args: { a: null } } }] }],
      tools: [{ functionDeclarations: [{ name: "f", parameters: { type: "OBJECT", default: null, example: null }, parametersJsonSchema: null }] }],
      futureField: null,
    };
    expect(parseGeminiRequest(body)).toEqual(body);
  });

  it("is kept as PartialArg.nullValue (proto3 JSON writes NullValue as null)", () => {
    const chunk = { candidates: [{ content: { parts: [{ functionCall: { partialArgs: [{ jsonPath: "$.a", nullValue: null }] } }] } }] };
    expect(parseGeminiResponse(chunk)).toEqual(chunk);
  });

  it("is removed from responses and errors too", () => {
    expect(parseGeminiResponse({ candidates: [{ index: null, finishReason: null, content: { parts: null } }], modelVersion: null })).toEqual({
      candidates: [{ content: {} }],
    });
    expect(parseGeminiError({ error: { code: 400, message: "m", status: null, details: null } })).toEqual({ error: { code: 400, message: "m" } });
  });

  it("is still an error inside a repeated field or as a required value", () => {
    expect(paramOf(() => parseGeminiRequest({ contents: [{ parts: [null] }] }))).toBe("contents[0].parts[0]");
    expect(paramOf(() => parseGeminiRequest({ contents: null }))).toBe("contents");
  });
});
