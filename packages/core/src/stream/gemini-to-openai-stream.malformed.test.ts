import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import { createGeminiToOpenAIStream } from "./gemini-to-openai-stream";

/** Pushes `chunk` (after one good chunk) and returns what was thrown. */
function thrownBy(chunk: unknown): unknown {
  const stream = createGeminiToOpenAIStream({ model: "gemini-2.5-flash" });
  stream.push({ responseId: "r", candidates: [{ content: { role: "model", parts: [{ text: "ok" }] } }] });
  try {
    stream.push(chunk as GeminiGenerateContentResponse);
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The reader's fault (normalize/read-gemini-response.ts): 502, the stream's code, the JSON path as `param`. */
const malformed = (param: string, expected: string) => ({
  status: 502,
  code: "upstream_malformed_event",
  param,
  message: `Invalid upstream response: Gemini GenerateContentResponse at ${param}: expected ${expected}.`,
});

describe("createGeminiToOpenAIStream — malformed chunks → 502 upstream_malformed_event with the JSON path", () => {
  it.each([
    ["candidates not a list", { candidates: "not a list" }, "chunks[1].candidates", "an array"],
    ["text not a string", { candidates: [{ content: { parts: [{ text: 5 }] } }] }, "chunks[1].candidates[0].content.parts[0].text", "a string"],
    ["a string", "x", "chunks[1]", "an object"],
    ["a number", 42, "chunks[1]", "an object"],
    ["an array", [1], "chunks[1]", "an object"],
    ["null", null, "chunks[1]", "an object"],
    ["a candidate that is null", { candidates: [null] }, "chunks[1].candidates[0]", "an object"],
    ["parts not a list", { candidates: [{ content: { parts: {} } }] }, "chunks[1].candidates[0].content.parts", "an array"],
    ["a negative index", { candidates: [{ index: -1 }] }, "chunks[1].candidates[0].index", "a non-negative integer"],
    ["functionCall.args a list", { candidates: [{ content: { parts: [{ functionCall: { name: "f", args: [] } }] } }] }, "chunks[1].candidates[0].content.parts[0].functionCall.args", "an object"],
    ["partialArgs not a list", { candidates: [{ content: { parts: [{ functionCall: { name: "f", partialArgs: 1 } }] } }] }, "chunks[1].candidates[0].content.parts[0].functionCall.partialArgs", "an array"],
    ["usage count a string", { usageMetadata: { promptTokenCount: "3" } }, "chunks[1].usageMetadata.promptTokenCount", "an integer"],
    ["finishReason a number", { candidates: [{ finishReason: 1 }] }, "chunks[1].candidates[0].finishReason", "a string"],
    ["logprobs candidates not a list", { candidates: [{ logprobsResult: { topCandidates: [{ candidates: 1 }] } }] }, "chunks[1].candidates[0].logprobsResult.topCandidates[0].candidates", "an array"],
  ])("%s", (_name, chunk, param, expected) => {
    const error = thrownBy(chunk);
    expect(error).toBeInstanceOf(GembridgeError);
    expect(error).toMatchObject(malformed(param, expected));
  });

  it("throws an in-band error wrapped in a one-element array like the object form", () => {
    const status = { code: 429, message: "Resource exhausted", status: "RESOURCE_EXHAUSTED" };
    const wrapped = thrownBy([{ error: status }]);
    const plain = thrownBy({ error: status });
    expect(wrapped).toBeInstanceOf(GembridgeError);
    expect(wrapped).toMatchObject({ status: 429, message: (plain as Error).message });
  });

  it("still accepts unknown fields and raw metadata it does not read", () => {
    const stream = createGeminiToOpenAIStream({ model: "gemini-2.5-flash" });
    const out = stream.push({ candidates: [{ content: { parts: [{ text: "hi", futureField: 1 }] }, safetyRatings: [{ anything: true }], finishReason: "STOP" }], futureTop: "x" } as GeminiGenerateContentResponse);
    expect(out).toHaveLength(1);
    expect(out[0]?.choices[0]?.delta.content).toBe("hi");
  });
});
