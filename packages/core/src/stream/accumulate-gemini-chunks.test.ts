import { describe, expect, it } from "vitest";
import { readStreamChunks, recordedDir } from "../../test/gemini-fixtures";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import { accumulateGeminiChunks } from "./accumulate-gemini-chunks";

const dir = `${recordedDir}gemini-native/`;

describe("accumulateGeminiChunks", () => {
  it("merges unsigned text runs, never signed parts, keeps first ids and last usage/finish", () => {
    const chunks = [
      { responseId: "r", modelVersion: "v", candidates: [{ content: { role: "model", parts: [{ text: "a", thought: true }, { text: "b", thought: true }] } }], usageMetadata: { promptTokenCount: 1 } },
      { responseId: "r2", candidates: [{ content: { role: "model", parts: [{ text: "c" }, { text: "d" }] }, safetyRatings: [] }] },
      { candidates: [{ content: { role: "model", parts: [{ text: "", thoughtSignature: "S" }, { text: "e" }] }, finishReason: "STOP" }], usageMetadata: { promptTokenCount: 2 } },
    ] as GeminiGenerateContentResponse[];
    const before = structuredClone(chunks);
    expect(accumulateGeminiChunks(chunks)).toEqual({
      responseId: "r",
      modelVersion: "v",
      usageMetadata: { promptTokenCount: 2 },
      candidates: [
        {
          safetyRatings: [],
          finishReason: "STOP",
          content: { role: "model", parts: [{ text: "ab", thought: true }, { text: "cd" }, { text: "", thoughtSignature: "S" }, { text: "e" }] },
        },
      ],
    });
    expect(chunks).toEqual(before);
  });

  it("assembles streamed partialArgs into args, with a late signature on the call's part", () => {
    const call = (functionCall: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ candidates: [{ content: { parts: [{ functionCall, ...extra }] } }] });
    const result = accumulateGeminiChunks([
      call({ name: "f", willContinue: true }),
      call({ partialArgs: [{ jsonPath: "$.a[0].b", stringValue: "x", willContinue: true }], willContinue: true }),
      call({ partialArgs: [{ jsonPath: "$.a[0].b", stringValue: "y" }, { jsonPath: "$['__proto__']", nullValue: "NULL_VALUE" }], willContinue: true }, { thoughtSignature: "L" }),
      call({ partialArgs: [{ jsonPath: "$.n", numberValue: 1.5 }, { jsonPath: "$.t", boolValue: true }] }),
      call({ name: "g", args: { k: 1 } }),
    ] as GeminiGenerateContentResponse[]);
    const parts = result.candidates?.[0]?.content?.parts;
    expect(JSON.stringify(parts)).toBe(
      JSON.stringify([
        { functionCall: { name: "f", args: JSON.parse('{"a":[{"b":"xy"}],"__proto__":null,"n":1.5,"t":true}') }, thoughtSignature: "L" },
        { functionCall: { name: "g", args: { k: 1 } } },
      ]),
    );
  });

  it("assembles the recorded nested partialArgs stream", () => {
    const result = accumulateGeminiChunks(readStreamChunks(`${dir}vercel-vertex-gemini31-pro-partialargs-nested-stream.jsonl`) as GeminiGenerateContentResponse[]);
    const part = result.candidates?.[0]?.content?.parts?.[0];
    expect(part?.thoughtSignature).toMatch(/^CmIBjz1rX0/);
    expect(part?.functionCall?.name).toBe("cookRecipe");
    const args = part?.functionCall?.args as { recipe: { name: string; ingredients: unknown[]; steps: string[] } } | undefined;
    const recipe = args?.recipe ?? { name: "", ingredients: [], steps: [] };
    expect(recipe.name).toBe("Lasagna");
    expect(recipe.ingredients[0]).toEqual({ amount: "16 oz", name: "Lasagna noodles" });
    expect(recipe.steps[4]).toBe("In a 9x13 baking dish, spread a thin layer of meat sauce.");
    expect(result.candidates?.[0]?.finishReason).toBe("STOP");
    expect(result.usageMetadata?.thoughtsTokenCount).toBe(1026);
  });

  it("orders candidates by index and concatenates logprob steps", () => {
    const result = accumulateGeminiChunks([
      { candidates: [{ index: 1, content: { parts: [{ text: "b" }] } }, { index: 0, content: { parts: [{ text: "a" }] }, logprobsResult: { chosenCandidates: [{ token: "a" }] } }] },
      { candidates: [{ index: 0, content: { parts: [] }, logprobsResult: { chosenCandidates: [{ token: "c" }] } }] },
    ] as GeminiGenerateContentResponse[]);
    expect(result.candidates?.map((candidate) => [candidate.index, candidate.logprobsResult?.chosenCandidates?.length])).toEqual([
      [0, 2],
      [1, undefined],
    ]);
  });
});
