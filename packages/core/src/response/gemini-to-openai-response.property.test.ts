import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { GEMINI_FINISH_REASONS, type GeminiPart } from "../wire/gemini";
import { geminiToOpenAIResponse } from "./gemini-to-openai-response";
import type { GeminiToOpenAIResponseContext } from "./response-options";
import { expectValidOpenAI } from "../../test/helpers/response-test-helpers";

const signature = fc.option(fc.base64String({ minLength: 4, maxLength: 40 }), { nil: undefined });
const withSignature = <T extends object>(part: fc.Arbitrary<T>) =>
  fc.tuple(part, signature).map(([value, sig]) => (sig === undefined ? value : { ...value, thoughtSignature: sig }));

const part = withSignature(
  fc.oneof(
    fc.record({ text: fc.string() }),
    fc.record({ text: fc.string(), thought: fc.constant(true) }),
    fc.record({ functionCall: fc.record({ name: fc.string({ minLength: 1 }), args: fc.dictionary(fc.string(), fc.jsonValue()) }, { requiredKeys: ["name"] }) }),
    fc.record({ functionCall: fc.record({ id: fc.string(), name: fc.string({ minLength: 1 }) }) }),
    fc.record({ inlineData: fc.record({ mimeType: fc.constantFrom("image/png", "audio/wav", "application/pdf"), data: fc.base64String() }) }),
    fc.record({ executableCode: fc.record({ language: fc.constant("PYTHON"), code: fc.string() }) }),
    fc.record({ codeExecutionResult: fc.record({ outcome: fc.constantFrom("OUTCOME_OK", "OUTCOME_FAILED"), output: fc.string() }) }),
    fc.record({ toolCall: fc.record({ id: fc.string(), toolType: fc.constant("GOOGLE_SEARCH_WEB") }) }),
    fc.constant({}),
  ),
);

const count = fc.nat({ max: 100000 });
const candidate = fc.record(
  {
    index: fc.nat({ max: 4 }),
    content: fc.record({ role: fc.constant("model"), parts: fc.array(part, { maxLength: 6 }) }, { requiredKeys: [] }),
    finishReason: fc.oneof(fc.constantFrom(...GEMINI_FINISH_REASONS), fc.string()),
    finishMessage: fc.string(),
    groundingMetadata: fc.record({
      groundingChunks: fc.array(fc.record({ web: fc.record({ uri: fc.webUrl(), title: fc.string() }) }), { maxLength: 3 }),
      groundingSupports: fc.array(
        fc.record({ segment: fc.record({ startIndex: fc.nat({ max: 50 }), endIndex: fc.nat({ max: 80 }), text: fc.string() }), groundingChunkIndices: fc.array(fc.nat({ max: 4 }), { maxLength: 3 }) }),
        { maxLength: 3 },
      ),
    }),
    logprobsResult: fc.record({
      chosenCandidates: fc.array(fc.record({ token: fc.string(), logProbability: fc.double({ noNaN: true, max: 0 }) }), { maxLength: 3 }),
    }),
  },
  { requiredKeys: [] },
);

const response = fc.record(
  {
    responseId: fc.string(),
    createTime: fc.oneof(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((date) => date.toISOString()), fc.string()),
    modelVersion: fc.string(),
    candidates: fc.array(candidate, { maxLength: 3 }),
    promptFeedback: fc.record({ blockReason: fc.constantFrom("SAFETY", "OTHER", "MODEL_ARMOR") }),
    usageMetadata: fc.record(
      { promptTokenCount: count, candidatesTokenCount: count, thoughtsTokenCount: count, toolUsePromptTokenCount: count, cachedContentTokenCount: count, totalTokenCount: count, trafficType: fc.constant("ON_DEMAND") },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const context: fc.Arbitrary<GeminiToOpenAIResponseContext> = fc.record(
  {
    model: fc.string(),
    includeThoughts: fc.boolean(),
    thoughtTagMarker: fc.string(),
    signatureMode: fc.constantFrom("extra_content", "tool_call_id"),
    imageOutput: fc.constantFrom("audio", "images"),
    outputProfile: fc.constantFrom("openai", "google"),
    maxToolCallIdLength: fc.nat({ max: 200 }),
  },
  { requiredKeys: [] },
);

describe("geminiToOpenAIResponse properties", () => {
  it("valid responses: official-schema-valid output, deterministic, input not mutated", () => {
    fc.assert(
      fc.property(response, context, (input, options) => {
        const before = structuredClone(input);
        const first = geminiToOpenAIResponse(input, options);
        expect(input).toEqual(before);
        expect(geminiToOpenAIResponse(structuredClone(input), options)).toEqual(first);
        if (options.outputProfile !== "google") expectValidOpenAI("openai-response", first.value);
        const usage = first.value.usage;
        if (usage !== undefined && options.outputProfile !== "google") expect(usage.prompt_tokens + usage.completion_tokens).toBe(usage.total_tokens);
      }),
    );
  });

  it("a signature that arrives is never lost", () => {
    fc.assert(
      fc.property(response, context, (input, options) => {
        const sent = (input.candidates ?? []).flatMap((c) => (c.content?.parts ?? ([] as GeminiPart[])).flatMap((p: GeminiPart) => (p.thoughtSignature === undefined ? [] : [p.thoughtSignature])));
        const output = JSON.stringify(geminiToOpenAIResponse(input, options).value);
        for (const sig of sent) expect(output).toContain(JSON.stringify(sig));
      }),
    );
  });

  it("arbitrary input throws nothing but GembridgeError", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        try {
          geminiToOpenAIResponse(input as never, (typeof options === "object" && options !== null ? options : {}) as never);
        } catch (error) {
          expect(error).toBeInstanceOf(GembridgeError);
        }
      }),
    );
  });
});
