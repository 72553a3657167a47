import { readFileSync } from "node:fs";
import { fc, it as prop } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import type { OpenAIChatCompletion, OpenAIFinishReason, OpenAIUsage } from "../wire/openai";
import { geminiToOpenAIResponse } from "./gemini-to-openai-response";
import { resolveFinishReason } from "./resolve-finish-reason";
import { GEMINI_TO_OPENAI_FINISH_REASON } from "../tables/finish-reason";
import { mapLogprobs } from "./map-logprobs";
import { mapUsage } from "./map-usage";
import { OPENAI_TO_GEMINI_FINISH_REASON } from "../tables/finish-reason";
import { openaiToGeminiLogprobs } from "./openai-to-gemini-logprobs";
import { openaiToGeminiResponse } from "./openai-to-gemini-response";
import { openaiToGeminiUsage } from "./openai-to-gemini-usage";

// The repository's own copies of the recorded payloads (fixtures/recorded, provenance in its SOURCES.md).
const recorded = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../fixtures/recorded/openai-compat/${name}`, import.meta.url), "utf8")) as OpenAIChatCompletion;
const completion = (message: OpenAIChatCompletion["choices"][number]["message"], finish: OpenAIFinishReason | null = "stop"): OpenAIChatCompletion => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1_700_000_000,
  model: "gpt-4o",
  choices: [{ index: 0, message, finish_reason: finish }],
});

describe("openaiToGeminiResponse", () => {
  it("turns reasoning, text and tool calls into thought, text and functionCall parts", () => {
    const { value, warnings } = openaiToGeminiResponse({
      ...completion(
        {
          role: "assistant",
          content: "Checking.",
          reasoning_content: "User wants weather.",
          tool_calls: [
            { id: "call_1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' }, extra_content: { google: { thought_signature: "c2ln" } } },
            { id: "call_2", type: "function", function: { name: "time", arguments: "" } },
          ],
          extra_content: { google: { thought_signature: "dGV4dA==" } },
        },
        "tool_calls",
      ),
      usage: { prompt_tokens: 10, completion_tokens: 30, total_tokens: 40, completion_tokens_details: { reasoning_tokens: 12 }, prompt_tokens_details: { cached_tokens: 4 } },
    });
    expect(value).toEqual({
      candidates: [
        {
          index: 0,
          content: {
            role: "model",
            parts: [
              { text: "User wants weather.", thought: true },
              { text: "Checking.", thoughtSignature: "dGV4dA==" },
              { functionCall: { id: "call_1", name: "weather", args: { city: "Paris" } }, thoughtSignature: "c2ln" },
              { functionCall: { id: "call_2", name: "time", args: {} } },
            ],
          },
          finishReason: "STOP",
        },
      ],
      usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 18, thoughtsTokenCount: 12, totalTokenCount: 40, cachedContentTokenCount: 4 },
      modelVersion: "gpt-4o",
      responseId: "chatcmpl-1",
    });
    expect(warnings).toEqual([]);
    expect(validateOfficial("gemini-response", value, { strict: true }).errors).toEqual([]);
    const vertex = openaiToGeminiResponse(completion({ role: "assistant", content: "x" }), { dialect: "vertex" }).value;
    expect(vertex.createTime).toBe("2023-11-14T22:13:20.000Z");
    expect(validateOfficial("gemini-response", vertex, { strict: true, dialect: "vertex" }).errors).toEqual([]);
  });

  it("reports arguments that are not a JSON object as MALFORMED_FUNCTION_CALL, as Gemini does", () => {
    const { value, warnings } = openaiToGeminiResponse(
      completion({ role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: '{"a":' } }] }, "tool_calls"),
    );
    expect(value.candidates).toEqual([
      { index: 0, content: { role: "model" }, finishReason: "MALFORMED_FUNCTION_CALL", finishMessage: 'Malformed function call: f {"a":' },
    ]);
    expect(warnings.map((w) => [w.path, w.code])).toEqual([["choices[0].message.tool_calls[0].function.arguments", "malformed_function_call"]]);
  });

  it("prefers Google's own finish reason kept in extra_content and restores audio/image output", () => {
    const { value } = openaiToGeminiResponse(
      completion(
        {
          role: "assistant",
          content: null,
          audio: { id: "a", expires_at: 0, data: "iVBO", transcript: "", extra_content: { google: { mime_type: "image/png" } } },
          extra_content: { google: { finish_reason: "RECITATION", finish_message: "recited" } },
        },
        "content_filter",
      ),
    );
    expect(value.candidates).toEqual([
      { index: 0, content: { role: "model", parts: [{ inlineData: { mimeType: "image/png", data: "iVBO" } }] }, finishReason: "RECITATION", finishMessage: "recited" },
    ]);
  });

  it.each(["pai-gemini25-pro-compat-toolcall.json", "pai-gemini25-pro-compat-text.json"])("translates Google's recorded compat response %s into a valid Gemini response", (name) => {
    const { value } = openaiToGeminiResponse(recorded(name));
    expect(validateOfficial("gemini-response", value, { strict: true }).errors).toEqual([]);
    const parts = value.candidates?.[0]?.content?.parts ?? [];
    // The signature survives on the part Gemini would have put it on; the answer text stays visible (not a thought).
    expect(parts.filter((part) => part.thoughtSignature !== undefined)).toHaveLength(1);
    expect(parts.some((part) => part.thought === true)).toBe(false);
  });
});

describe("inverse tables", () => {
  it.each(Object.entries(OPENAI_TO_GEMINI_FINISH_REASON))("finish_reason %s → %s → back", (openai, gemini) => {
    const hasToolCalls = openai === "tool_calls" || openai === "function_call";
    const back = resolveFinishReason(gemini, { hasToolCalls }).finishReason;
    // function_call is deprecated: its calls come back as tool_calls (documented loss).
    expect(back).toBe(openai === "function_call" ? "tool_calls" : openai);
    expect(GEMINI_TO_OPENAI_FINISH_REASON[gemini]).toBeDefined();
  });

  const usageArb = fc
    .record({ prompt: fc.nat(1e6), visible: fc.nat(1e6), reasoning: fc.nat(1e6), cached: fc.option(fc.nat(1e6), { nil: undefined }) })
    .map(({ prompt, visible, reasoning, cached }): OpenAIUsage => {
      const usage: OpenAIUsage = { prompt_tokens: prompt, completion_tokens: visible + reasoning, total_tokens: prompt + visible + reasoning };
      if (reasoning > 0) usage.completion_tokens_details = { reasoning_tokens: reasoning };
      if (cached !== undefined) usage.prompt_tokens_details = { cached_tokens: Math.min(cached, prompt) };
      return usage;
    });

  prop.prop([usageArb])("usage: mapUsage(inverse(u)) == u, totals preserved", (usage) => {
    const gemini = openaiToGeminiUsage(usage);
    expect(gemini.totalTokenCount).toBe(usage.total_tokens);
    expect(mapUsage(gemini)).toEqual(usage);
  });

  it("usage in Google's compat counting (completion excludes reasoning) keeps candidatesTokenCount", () => {
    // The seed's recorded image response: 7 + 1120 + 251 = 1378.
    const usage: OpenAIUsage = {
      prompt_tokens: 7,
      completion_tokens: 1120,
      total_tokens: 1378,
      completion_tokens_details: { reasoning_tokens: 251 },
    };
    expect(openaiToGeminiUsage(usage)).toEqual({
      promptTokenCount: 7,
      candidatesTokenCount: 1120,
      thoughtsTokenCount: 251,
      totalTokenCount: 1378,
    });
  });

  const logprobsArb = fc.array(
    fc.record({
      token: fc.string(),
      logprob: fc.double({ min: -50, max: -0.001, noNaN: true }),
      top: fc.array(fc.record({ token: fc.string(), logprob: fc.double({ min: -50, max: -0.001, noNaN: true }) }), { maxLength: 3 }),
    }),
    { maxLength: 5 },
  );

  prop.prop([logprobsArb])("logprobs: mapLogprobs(inverse(x)) == x (bytes are the token's UTF-8)", (steps) => {
    const bytes = (token: string) => Array.from(new TextEncoder().encode(token));
    const content = steps.map((step) => ({
      token: step.token,
      logprob: step.logprob,
      bytes: bytes(step.token),
      top_logprobs: step.top.map((top) => ({ token: top.token, logprob: top.logprob, bytes: bytes(top.token) })),
    }));
    const inverse = openaiToGeminiLogprobs({ content, refusal: null });
    expect(inverse).toBeDefined();
    expect(mapLogprobs(inverse?.logprobsResult ?? {})).toEqual({ content, refusal: null });
  });
});

describe("round trip Gemini → OpenAI → Gemini", () => {
  const partArb = fc.oneof(
    fc.record({ text: fc.string({ minLength: 1 }) }),
    fc.record({ functionCall: fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,8}$/), name: fc.stringMatching(/^[a-z_]{1,10}$/), args: fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), fc.oneof(fc.string(), fc.integer(), fc.boolean())) }) }),
  );
  prop.prop([fc.array(partArb, { minLength: 1, maxLength: 5 }), fc.constantFrom("STOP", "MAX_TOKENS")])(
    "text and function calls survive, and the result validates",
    (parts, finishReason) => {
      const hasCall = parts.some((part) => "functionCall" in part);
      const gemini = { responseId: "r", modelVersion: "m", candidates: [{ index: 0, content: { role: "model", parts }, finishReason }] };
      const openai = geminiToOpenAIResponse(gemini, { model: "m" }).value;
      const back = openaiToGeminiResponse(openai).value;
      const backParts = back.candidates?.[0]?.content?.parts ?? [];
      const text = parts.flatMap((part) => ("text" in part ? [part.text] : [])).join("");
      expect(backParts.flatMap((part) => (part.text === undefined ? [] : [part.text])).join("")).toBe(text);
      expect(backParts.filter((part) => part.functionCall !== undefined)).toEqual(parts.filter((part) => "functionCall" in part));
      expect(back.candidates?.[0]?.finishReason).toBe(finishReason === "MAX_TOKENS" || !hasCall ? finishReason : "STOP");
      expect(validateOfficial("gemini-response", back, { strict: true }).errors).toEqual([]);
    },
  );
});
