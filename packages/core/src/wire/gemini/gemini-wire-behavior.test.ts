import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { GembridgeError } from "../../errors/gembridge-error";
import { GEMINI_FINISH_REASONS, type GeminiFinishReason } from "./gemini-enums";
import type { GeminiCandidate } from "./gemini-response";
import type { OpenEnum } from "./open-enum";
import { parseGeminiChunk, parseGeminiError, parseGeminiRequest, parseGeminiResponse } from "./parse-gemini";

function paramOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (error) {
    if (error instanceof GembridgeError) return error.param;
    throw error;
  }
  throw new Error("expected a GembridgeError, nothing was thrown");
}

const userText = (text: string) => ({ role: "user", parts: [{ text }] });

describe("wrong types are rejected with the exact param path", () => {
  it.each([
    ["inline data bytes", { contents: [userText("a"), { role: "user", parts: [{ inlineData: { mimeType: "image/png", data: 7 } }] }] }, "contents[1].parts[0].inlineData.data"],
    ["missing contents", { generationConfig: {} }, "contents"],
    ["contents not an array", { contents: userText("a") }, "contents"],
    ["system text", { contents: [], systemInstruction: { parts: [{ text: 5 }] } }, "systemInstruction.parts[0].text"],
    ["function args as array (Struct must be an object)", { contents: [{ role: "model", parts: [{ functionCall: { name: "f", args: [1] } }] }] }, "contents[0].parts[0].functionCall.args"],
    ["function response without response", { contents: [{ role: "user", parts: [{ functionResponse: { name: "f" } }] }] }, "contents[0].parts[0].functionResponse.response"],
    ["fileData without fileUri", { contents: [{ role: "user", parts: [{ fileData: { mimeType: "video/mp4" } }] }] }, "contents[0].parts[0].fileData.fileUri"],
    ["thinkingLevel not a string", { contents: [], generationConfig: { thinkingConfig: { thinkingLevel: 3 } } }, "generationConfig.thinkingConfig.thinkingLevel"],
    ["thinkingBudget fractional", { contents: [], generationConfig: { thinkingConfig: { thinkingBudget: 1.5 } } }, "generationConfig.thinkingConfig.thinkingBudget"],
    ["int64 text", { contents: [], tools: [{ functionDeclarations: [{ name: "f", parameters: { type: "OBJECT", properties: { a: { type: "ARRAY", items: { type: "STRING", maxLength: "many" } } } } }] }] }, "tools[0].functionDeclarations[0].parameters.properties.a.items.maxLength"],
    ["declaration without name", { contents: [], tools: [{ functionDeclarations: [{ description: "x" }] }] }, "tools[0].functionDeclarations[0].name"],
    ["allowed names not strings", { contents: [], toolConfig: { functionCallingConfig: { mode: "ANY", allowedFunctionNames: [1] } } }, "toolConfig.functionCallingConfig.allowedFunctionNames[0]"],
    ["label value not a string", { contents: [], labels: { team: 1 } }, "labels.team"],
    ["safety category number", { contents: [], safetySettings: [{ category: 7, threshold: "OFF" }] }, "safetySettings[0].category"],
    // null on a declared field is "unset" (proto3 JSON) and removed, but not inside a repeated field.
    ["null inside a list", { contents: [null] }, "contents[0]"],
  ])("request: %s", (_, body, param) => {
    expect(paramOf(() => parseGeminiRequest(body))).toBe(param);
  });

  it.each([
    ["candidate index as text", { candidates: [{ index: "0" }] }, "candidates[0].index"],
    ["finishReason number", { candidates: [{ finishReason: 1 }] }, "candidates[0].finishReason"],
    ["thoughtSignature number", { candidates: [{ content: { parts: [{ text: "", thoughtSignature: 1 }] } }] }, "candidates[0].content.parts[0].thoughtSignature"],
    ["partial arg number as text", { candidates: [{ content: { parts: [{ functionCall: { partialArgs: [{ jsonPath: "$.a", numberValue: "1" }] } }] } }] }, "candidates[0].content.parts[0].functionCall.partialArgs[0].numberValue"],
    ["modality details", { usageMetadata: { promptTokensDetails: [{ modality: "TEXT", tokenCount: "3" }] } }, "usageMetadata.promptTokensDetails[0].tokenCount"],
    ["citation start", { candidates: [{ citationMetadata: { citations: [{ startIndex: "1" }] } }] }, "candidates[0].citationMetadata.citations[0].startIndex"],
    ["grounding chunk indices", { candidates: [{ groundingMetadata: { groundingSupports: [{ groundingChunkIndices: ["0"] }] } }] }, "candidates[0].groundingMetadata.groundingSupports[0].groundingChunkIndices[0]"],
    ["logprob", { candidates: [{ logprobsResult: { chosenCandidates: [{ token: "a", logProbability: "x" }] } }] }, "candidates[0].logprobsResult.chosenCandidates[0].logProbability"],
    ["block reason", { promptFeedback: { blockReason: false } }, "promptFeedback.blockReason"],
    ["not an object", "hello", null],
  ])("response: %s", (_, body, param) => {
    expect(paramOf(() => parseGeminiResponse(body))).toBe(param);
    expect(paramOf(() => parseGeminiChunk(body))).toBe(param);
  });

  it.each([
    ["code as text", { error: { code: "400", message: "x" } }, "error.code"],
    ["known detail with a wrong type", { error: { code: 429, message: "x", details: [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: 5 }] } }, "error.details[0].retryDelay"],
    ["ErrorInfo metadata value", { error: { code: 400, message: "x", details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", metadata: { a: 1 } }] } }, "error.details[0].metadata.a"],
    ["no error key", { code: 400, message: "x" }, "error"],
  ])("error: %s", (_, body, param) => {
    expect(paramOf(() => parseGeminiError(body))).toBe(param);
  });

  it("error arrays must hold exactly one body", () => {
    const body = { error: { code: 500, message: "x", status: "INTERNAL" } };
    expect(parseGeminiError([body])).toEqual(body);
    expect(paramOf(() => parseGeminiError([]))).toBe(null);
    expect(paramOf(() => parseGeminiError([body, body]))).toBe(null);
  });
});

describe("tolerance", () => {
  it("keeps unknown fields at every level", () => {
    const response = {
      candidates: [
        {
          content: { role: "model", parts: [{ text: "hi", futurePartField: { a: 1 } }], contentExtra: true },
          finishReason: "STOP",
          candidateExtra: [1],
        },
      ],
      usageMetadata: { promptTokenCount: 1, newCounter: 9 },
      topLevelExtra: "x",
    };
    expect(parseGeminiResponse(response)).toEqual(response);
    const request = {
      contents: [userText("a")],
      tools: [{ futureTool: {}, googleSearch: { newOption: 1 } }],
      generationConfig: { thinkingConfig: { thinkingLevel: "HIGH", newKnob: 2 } },
    };
    expect(parseGeminiRequest(request)).toEqual(request);
  });

  it("accepts unknown enum strings", () => {
    const parsed = parseGeminiResponse({
      candidates: [{ finishReason: "SOMETHING_NEW", safetyRatings: [{ category: "HARM_CATEGORY_NEW", probability: "VERY_HIGH" }] }],
      promptFeedback: { blockReason: "NEW_REASON" },
      usageMetadata: { trafficType: "ON_DEMAND_NEW", promptTokensDetails: [{ modality: "HOLOGRAM", tokenCount: 1 }] },
    });
    expect(parsed.candidates?.[0]?.finishReason).toBe("SOMETHING_NEW");
    expect(parsed.promptFeedback?.blockReason).toBe("NEW_REASON");
    expect(
      parseGeminiRequest({ contents: [], generationConfig: { thinkingConfig: { thinkingLevel: "ULTRA" }, responseModalities: ["SMELL"] } })
        .generationConfig?.thinkingConfig?.thinkingLevel,
    ).toBe("ULTRA");
  });

  it("accepts int64 schema bounds as numbers or decimal strings", () => {
    const parameters = { type: "OBJECT", properties: { a: { type: "ARRAY", minItems: 1, maxItems: "3" } } };
    const parsed = parseGeminiRequest({ contents: [], tools: [{ functionDeclarations: [{ name: "f", parameters }] }] });
    expect(parsed.tools?.[0]?.functionDeclarations?.[0]?.parameters).toEqual(parameters);
  });

  it("keeps 0, false and empty strings", () => {
    const body = { contents: [{ role: "user", parts: [{ text: "" }] }], generationConfig: { temperature: 0, thinkingConfig: { includeThoughts: false, thinkingBudget: 0 } } };
    expect(parseGeminiRequest(body)).toEqual(body);
  });

  it("does not mutate (or depend on mutating) the input", () => {
    const body = Object.freeze({ contents: Object.freeze([Object.freeze({ role: "user", parts: Object.freeze([Object.freeze({ inline_data: Object.freeze({ mime_type: "image/png", data: "AA==" }) })]) })]) });
    const snapshot = JSON.stringify(body);
    parseGeminiRequest(body);
    expect(JSON.stringify(body)).toBe(snapshot);
  });
});

describe("robustness", () => {
  it("never throws anything but GembridgeError, whatever the input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const parse of [parseGeminiRequest, parseGeminiResponse, parseGeminiChunk, parseGeminiError]) {
          try {
            parse(value);
          } catch (error) {
            if (!(error instanceof GembridgeError)) throw error;
          }
        }
      }),
    );
  });

  it("turns absurdly deep schemas into a GembridgeError, not a RangeError", () => {
    let schema: Record<string, unknown> = { type: "STRING" };
    for (let depth = 0; depth < 20_000; depth++) schema = { type: "ARRAY", items: schema };
    const body = { contents: [], generationConfig: { responseSchema: schema } };
    expect(() => parseGeminiRequest(body)).toThrow(GembridgeError);
  });
});

describe("types", () => {
  it("keep the known enum literals for exhaustive tables", () => {
    expectTypeOf<GeminiCandidate["finishReason"]>().toEqualTypeOf<OpenEnum<GeminiFinishReason> | undefined>();
    const table = Object.fromEntries(GEMINI_FINISH_REASONS.map((reason) => [reason, reason.length])) as Record<GeminiFinishReason, number>;
    expect(Object.keys(table)).toHaveLength(GEMINI_FINISH_REASONS.length);
    expect(GEMINI_FINISH_REASONS).toContain("MISSING_THOUGHT_SIGNATURE");
  });
});
