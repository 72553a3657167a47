import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { corruptedArbitrary, geminiResponseArbitrary, geminiStreamArbitrary, jsonValueArbitrary } from "@gembridge/testkit";
import type { GembridgeError } from "../errors/gembridge-error";
import { parseGeminiResponse } from "../wire/gemini";
import { expectAgreement, protoSpellings } from "../../test/helpers/reader-agreement";
import { readGeminiResponse } from "./read-gemini-response";

const agree = (input: unknown): void => expectAgreement(readGeminiResponse, parseGeminiResponse, input);

describe("readGeminiResponse agrees with parseGeminiResponse (zod)", () => {
  test.prop([fc.oneof(geminiResponseArbitrary({ dialect: "gemini" }), geminiResponseArbitrary({ dialect: "vertex" }))], { numRuns: 300 })(
    "valid responses: same value",
    agree,
  );

  test.prop([geminiStreamArbitrary()], { numRuns: 100 })("every stream event: same value", (chunks) => {
    for (const chunk of chunks) agree(chunk);
  });

  test.prop([corruptedArbitrary(geminiResponseArbitrary())], { numRuns: 400 })("corrupted responses: same verdict, same param", ({ value }) => agree(value));

  test.prop([geminiResponseArbitrary(), fc.nat()], { numRuns: 200 })("snake_case names and nulls: same value", (response, seed) =>
    agree(protoSpellings(response, seed)),
  );

  test.prop([jsonValueArbitrary], { numRuns: 200 })("any JSON: same verdict", agree);

  it("reads the input itself when nothing needs rewriting, and never mutates it", () => {
    const input = { candidates: [{ content: { role: "model", parts: [{ text: "Hi" }] }, finishReason: "STOP" }] };
    expect(readGeminiResponse(input)).toBe(input);
    const snake = { usage_metadata: { prompt_token_count: 3 }, model_version: null };
    const copy = structuredClone(snake);
    expect(readGeminiResponse(snake)).toEqual({ usageMetadata: { promptTokenCount: 3 } });
    expect(snake).toEqual(copy);
  });

  it("a fault is a 502 with the path, prefixed by the root", () => {
    const error = (() => {
      try {
        readGeminiResponse({ candidates: [{ content: { parts: [{ text: 1 }] } }] }, { root: "chunks[2]", code: "upstream_malformed_event" });
      } catch (e) {
        return e as GembridgeError;
      }
    })();
    expect([error?.status, error?.code, error?.param]).toEqual([502, "upstream_malformed_event", "chunks[2].candidates[0].content.parts[0].text"]);
    expect(error?.message).toBe("Invalid upstream response: Gemini GenerateContentResponse at chunks[2].candidates[0].content.parts[0].text: expected a string.");
  });
});
