import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { corruptedArbitrary, geminiRequestArbitrary, jsonValueArbitrary } from "@gembridge/testkit";
import type { GembridgeError } from "../errors/gembridge-error";
import { parseGeminiRequest } from "../wire/gemini";
import { expectAgreement, protoSpellings } from "../../test/helpers/reader-agreement";
import { readGeminiRequest } from "./read-gemini-request";

const agree = (input: unknown): void => expectAgreement(readGeminiRequest, parseGeminiRequest, input);
const requests = fc.oneof(geminiRequestArbitrary({ dialect: "gemini" }), geminiRequestArbitrary({ dialect: "vertex" }));

describe("readGeminiRequest agrees with parseGeminiRequest (zod)", () => {
  test.prop([requests], { numRuns: 300 })("valid requests: same value", agree);
  test.prop([corruptedArbitrary(geminiRequestArbitrary())], { numRuns: 400 })("corrupted requests: same verdict, same param", ({ value }) => agree(value));
  test.prop([requests, fc.nat()], { numRuns: 200 })("snake_case names and nulls: same value", (request, seed) => agree(protoSpellings(request, seed)));
  test.prop([jsonValueArbitrary], { numRuns: 200 })("any JSON: same verdict", agree);

  it("keeps null where it is a value, reads int64 strings, recurses into Schema", () => {
    const request = {
      contents: [{ role: "user", parts: [{ text: "Hi" }] }],
      tools: [{ function_declarations: [{ name: "f", parameters: { type: "OBJECT", properties: { a: { type: "ARRAY", items: { type: "STRING", max_length: "5" } } } } }] }],
      generationConfig: { responseJsonSchema: null, response_schema: { type: "STRING", example: null } },
    };
    const copy = structuredClone(request);
    expect(readGeminiRequest(request)).toEqual(parseGeminiRequest(request));
    expect(request).toEqual(copy);
    const error = (() => {
      try {
        readGeminiRequest({ contents: [], tools: [{ functionDeclarations: [{ name: "f", parameters: { properties: { a: { items: { minItems: "1.5" } } } } }] }] });
      } catch (e) {
        return e as GembridgeError;
      }
    })();
    expect([error?.status, error?.code, error?.param]).toEqual([400, "invalid_type", "tools[0].functionDeclarations[0].parameters.properties.a.items.minItems"]);
  });
});

describe("absurd nesting", () => {
  it("is a GembridgeError from every reader, never a RangeError", async () => {
    const { readOpenAIChatRequest } = await import("./read-openai-chat-request");
    const { readGeminiResponse } = await import("./read-gemini-response");
    let schema: Record<string, unknown> = { type: "STRING" };
    for (let i = 0; i < 200_000; i++) schema = { type: "ARRAY", items: schema };
    const request = { contents: [], tools: [{ functionDeclarations: [{ name: "f", parameters: schema }] }] };
    const caught = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return error as GembridgeError;
      }
      return undefined;
    };
    const error = caught(() => readGeminiRequest(request));
    expect([error?.name, error?.status, error?.code]).toEqual(["GembridgeError", 400, "invalid_structure"]);
    expect(caught(() => parseGeminiRequest(request))?.code).toBe("invalid_structure");
    // Shapes without recursion stop at their own depth: deep Struct contents are not walked.
    expect(caught(() => readOpenAIChatRequest({ model: "m", messages: [{ role: "user", content: "x" }], tools: [{ type: "function", function: { name: "f", parameters: { deep: schema } } }] }))).toBeUndefined();
    expect(caught(() => readGeminiResponse({ candidates: [{ content: { parts: [{ functionCall: { name: "f", args: { deep: schema } } }] } }] }))).toBeUndefined();
  });
});
