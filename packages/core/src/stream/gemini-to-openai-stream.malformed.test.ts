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

const malformed = (message: string) => ({ status: 502, code: "upstream_malformed_event", message: `Malformed event in the Gemini stream at chunks[1]: ${message}` });

describe("createGeminiToOpenAIStream — malformed chunks → 502 upstream_malformed_event with the JSON path", () => {
  it.each([
    ["candidates not a list", { candidates: "not a list" }, "candidates must be a list."],
    ["text not a string", { candidates: [{ content: { parts: [{ text: 5 }] } }] }, "candidates[0].content.parts[0].text must be a string."],
    ["a string", "x", "the event must be a GenerateContentResponse object."],
    ["a number", 42, "the event must be a GenerateContentResponse object."],
    ["an array", [1], "the event must be a GenerateContentResponse object."],
    ["null", null, "the event must be a GenerateContentResponse object."],
    ["a candidate that is null", { candidates: [null] }, "candidates[0] must be a Candidate object."],
    ["parts not a list", { candidates: [{ content: { parts: {} } }] }, "candidates[0].content.parts must be a list."],
    ["a negative index", { candidates: [{ index: -1 }] }, "candidates[0].index must be a non-negative integer."],
    ["functionCall.args a list", { candidates: [{ content: { parts: [{ functionCall: { name: "f", args: [] } }] } }] }, "candidates[0].content.parts[0].functionCall.args must be an object."],
    ["partialArgs not a list", { candidates: [{ content: { parts: [{ functionCall: { name: "f", partialArgs: 1 } }] } }] }, "candidates[0].content.parts[0].functionCall.partialArgs must be a list."],
    ["usage count a string", { usageMetadata: { promptTokenCount: "3" } }, "usageMetadata.promptTokenCount must be a number."],
    ["finishReason a number", { candidates: [{ finishReason: 1 }] }, "candidates[0].finishReason must be a string."],
    ["logprobs candidates not a list", { candidates: [{ logprobsResult: { topCandidates: [{ candidates: 1 }] } }] }, "candidates[0].logprobsResult.topCandidates[0].candidates must be a list."],
  ])("%s", (_name, chunk, message) => {
    const error = thrownBy(chunk);
    expect(error).toBeInstanceOf(GembridgeError);
    expect(error).toMatchObject(malformed(message));
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
