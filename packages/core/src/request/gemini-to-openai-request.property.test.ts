import { fc, it as prop } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import type { GeminiContent, GeminiGenerateContentRequest } from "../wire/gemini";
import { geminiToOpenAIRequest } from "./gemini-to-openai-request";
import { openaiToGeminiRequest } from "./openai-to-gemini-request";

/**
 * Gemini → OpenAI → Gemini over what both sides express: text turns, function calls with ids and object args,
 * their responses, sampling parameters. A model name the forward side does not know keeps the history as is.
 */
const name = fc.stringMatching(/^[a-z][a-z_]{0,8}$/);
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((t) => t.trim() !== "" && !t.trimStart().startsWith("{"));
const args = fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxKeys: 3 });

const exchange = fc
  .tuple(text, fc.array(fc.tuple(name, args, text), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([question, calls, answer]): GeminiContent[] => [
    { role: "user", parts: [{ text: question }] },
    { role: "model", parts: calls.map(([fn, a], k) => ({ functionCall: { id: `id${k}`, name: fn, args: a } })) },
    { role: "user", parts: calls.map(([fn, , out], k) => ({ functionResponse: { id: `id${k}`, name: fn, response: answer ? { output: out } : { result: out } } })) },
  ]);

const config = fc.record(
  { temperature: fc.double({ min: 0, max: 2, noNaN: true }), topP: fc.double({ min: 0, max: 1, noNaN: true }), maxOutputTokens: fc.integer({ min: 1, max: 1000 }), seed: fc.integer({ min: 0, max: 1000 }), stopSequences: fc.array(text, { minLength: 1, maxLength: 4 }) },
  { requiredKeys: [] },
);

describe("geminiToOpenAIRequest round trip", () => {
  prop.prop([exchange, config])("Gemini → OpenAI → Gemini keeps contents and sampling; the OpenAI side validates", (contents, generationConfig) => {
    const request: GeminiGenerateContentRequest = { contents, ...(Object.keys(generationConfig).length > 0 ? { generationConfig } : {}) };
    const openai = geminiToOpenAIRequest(request, { model: "backend-model" });
    expect(openai.warnings).toEqual([]);
    expect(validateOfficial("openai-request", openai.value, { strict: true }).errors).toEqual([]);
    const back = openaiToGeminiRequest(openai.value).value.body;
    expect(back.contents).toEqual(contents);
    expect(back.generationConfig ?? {}).toEqual(generationConfig);
  });
});
