import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { geminiToOpenAIResponse } from "../response/gemini-to-openai-response";
import { openaiToGeminiResponse } from "../response/openai-to-gemini-response";
import { expectValidOpenAI } from "../../test/helpers/response-test-helpers";
import { accumulateOpenAIChatChunks } from "../stream/accumulate-openai-chat-chunks";
import { createGeminiToOpenAIStream } from "../stream/gemini-to-openai-stream";
import type { GeminiGenerateContentResponse, GeminiUsageMetadata } from "../wire/gemini";
import { normalizeUsage } from "./normalize-usage";

const tokens = fc.nat({ max: 1_000_000 });
const modalities = (max: number) =>
  fc.array(fc.record({ modality: fc.constantFrom("TEXT", "IMAGE", "AUDIO"), tokenCount: fc.nat({ max }) }), { maxLength: 3 });

/** Usage as Google reports it: consistent totals (the mismatch case has its own tests below). */
const geminiUsage: fc.Arbitrary<GeminiUsageMetadata> = fc
  .record({
    prompt: tokens,
    cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    candidates: tokens,
    thoughts: fc.option(tokens, { nil: undefined }),
    toolUse: fc.option(tokens, { nil: undefined }),
    promptDetails: modalities(1000),
    candidateDetails: modalities(1000),
  })
  .map(({ prompt, cachedShare, candidates, thoughts, toolUse, promptDetails, candidateDetails }) => {
    const usage: GeminiUsageMetadata = {
      promptTokenCount: prompt,
      candidatesTokenCount: candidates,
      totalTokenCount: prompt + candidates + (thoughts ?? 0) + (toolUse ?? 0),
    };
    const cached = Math.floor(prompt * cachedShare);
    if (cached > 0) usage.cachedContentTokenCount = cached;
    if (thoughts !== undefined) usage.thoughtsTokenCount = thoughts;
    if (toolUse !== undefined) usage.toolUsePromptTokenCount = toolUse;
    if (promptDetails.length > 0) usage.promptTokensDetails = promptDetails;
    if (candidateDetails.length > 0) usage.candidatesTokensDetails = candidateDetails;
    return usage;
  });

const answer = (usageMetadata: GeminiUsageMetadata): GeminiGenerateContentResponse => ({
  candidates: [{ index: 0, content: { role: "model", parts: [{ text: "Hello there, general." }] }, finishReason: "STOP" }],
  usageMetadata,
  modelVersion: "gemini-2.5-flash",
  responseId: "resp-1",
  createTime: "2026-01-01T00:00:00Z",
});

describe("normalizeUsage invariants", () => {
  test.prop([geminiUsage])("Gemini → OpenAI: cached ≤ prompt, prompt + completion = total, reasoning ≤ completion, no warning", (usage) => {
    const { value, warnings } = normalizeUsage({ from: "gemini", usage });
    expect(warnings).toEqual([]);
    expect(value.prompt_tokens + value.completion_tokens).toBe(value.total_tokens);
    expect(value.total_tokens).toBe(usage.totalTokenCount);
    expect(value.prompt_tokens_details?.cached_tokens ?? 0).toBeLessThanOrEqual(value.prompt_tokens);
    expect(value.completion_tokens_details?.reasoning_tokens ?? 0).toBeLessThanOrEqual(value.completion_tokens);
    // Tool-use prompt tokens and reasoning are counted where Gemini reports them.
    expect(value.prompt_tokens).toBe((usage.promptTokenCount ?? 0) + (usage.toolUsePromptTokenCount ?? 0));
    expect(value.completion_tokens).toBe((usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0));
    // Modality breakdowns are kept (summed per modality).
    const imageIn = (usage.promptTokensDetails ?? []).filter((d) => d.modality === "IMAGE").reduce((a, d) => a + (d.tokenCount ?? 0), 0);
    if ((usage.promptTokensDetails ?? []).some((d) => d.modality === "IMAGE")) expect(value.prompt_tokens_details?.image_tokens).toBe(imageIn);
  });

  test.prop([geminiUsage])("round trip Gemini → OpenAI → Gemini keeps every count", (usage) => {
    const openai = normalizeUsage({ from: "gemini", usage }).value;
    const back = normalizeUsage({ from: "openai", usage: openai });
    expect(back.warnings).toEqual([]);
    const value = back.value;
    expect(value.promptTokenCount).toBe(usage.promptTokenCount);
    expect(value.candidatesTokenCount).toBe(usage.candidatesTokenCount);
    expect(value.totalTokenCount).toBe(usage.totalTokenCount);
    expect(value.thoughtsTokenCount ?? 0).toBe(usage.thoughtsTokenCount ?? 0);
    expect(value.toolUsePromptTokenCount ?? 0).toBe(usage.toolUsePromptTokenCount ?? 0);
    expect(value.cachedContentTokenCount).toBe(usage.cachedContentTokenCount);
  });

  test.prop([geminiUsage, fc.integer({ min: 1, max: 4 }), fc.boolean()])(
    "stream usage equals unary usage for the same answer",
    (usage, pieces, includeUsage) => {
      const unary = answer(usage);
      const context = { model: "gemini-2.5-flash", includeUsage };
      const expected = geminiToOpenAIResponse(unary, context).value.usage;
      // Split the unary answer into chunks the way Gemini streams it: text fragments, usage and finish on the last one.
      const text = "Hello there, general.";
      const size = Math.ceil(text.length / pieces);
      const chunks: GeminiGenerateContentResponse[] = [];
      for (let i = 0; i < pieces; i++) {
        const last = i === pieces - 1;
        const chunk: GeminiGenerateContentResponse = {
          candidates: [{ index: 0, content: { role: "model", parts: [{ text: text.slice(i * size, (i + 1) * size) }] }, ...(last ? { finishReason: "STOP" as const } : {}) }],
          modelVersion: "gemini-2.5-flash",
          responseId: "resp-1",
          createTime: "2026-01-01T00:00:00Z",
          // Gemini sends the prompt count early and the full, cumulative metadata on the last chunk.
          usageMetadata: last ? usage : { promptTokenCount: usage.promptTokenCount },
        };
        chunks.push(chunk);
      }
      const translator = createGeminiToOpenAIStream(context);
      const out = chunks.flatMap((chunk) => translator.push(chunk));
      out.push(...translator.finish());
      expect(accumulateOpenAIChatChunks(out).usage).toEqual(expected);
      expect(translator.warnings.filter((w) => w.code === "usage_mismatch")).toEqual([]);
    },
  );
});

describe("usage_mismatch", () => {
  it("warns when Google's total is not prompt + candidates + thoughts + tool-use prompt, and the OpenAI side still adds up", () => {
    const usage = { promptTokenCount: 10, candidatesTokenCount: 5, thoughtsTokenCount: 3, totalTokenCount: 20 };
    const { value, warnings } = normalizeUsage({ from: "gemini", usage });
    expect(warnings).toEqual([expect.objectContaining({ path: "usageMetadata.totalTokenCount", code: "usage_mismatch" })]);
    expect(value).toMatchObject({ prompt_tokens: 10, completion_tokens: 8, total_tokens: 18 });
    expectValidOpenAI("openai-response", geminiToOpenAIResponse(answer(usage), { model: "gemini-2.5-flash" }).value);
  });

  it("the unary translator surfaces it as a translation warning", () => {
    const result = geminiToOpenAIResponse(answer({ promptTokenCount: 1, cachedContentTokenCount: 4, candidatesTokenCount: 1, totalTokenCount: 2 }), { model: "gemini-2.5-flash" });
    expect(result.warnings).toContainEqual(expect.objectContaining({ path: "usageMetadata.cachedContentTokenCount", code: "usage_mismatch" }));
  });

  it("the stream translator warns once, on the usage it sends", () => {
    const translator = createGeminiToOpenAIStream({ model: "gemini-2.5-flash", includeUsage: true });
    translator.push({ ...answer({ promptTokenCount: 2, candidatesTokenCount: 2, totalTokenCount: 9 }) });
    translator.finish();
    expect(translator.warnings.filter((w) => w.code === "usage_mismatch")).toHaveLength(1);
  });

  it("reverse direction: OpenAI totals that do not add up are copied and warned about", () => {
    const { value, warnings } = normalizeUsage({ from: "openai", usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 100 } });
    expect(value.totalTokenCount).toBe(100);
    expect(warnings).toEqual([expect.objectContaining({ path: "usage.total_tokens", code: "usage_mismatch" })]);
    const response = openaiToGeminiResponse(
      { id: "c", object: "chat.completion", created: 1, model: "m", choices: [], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 100 } },
      {},
    );
    expect(response.warnings).toContainEqual(expect.objectContaining({ code: "usage_mismatch" }));
  });

  it("Google compat counting (reasoning outside completion) is not a mismatch", () => {
    const usage = { prompt_tokens: 7, completion_tokens: 1120, total_tokens: 1378, completion_tokens_details: { reasoning_tokens: 251 } };
    expect(normalizeUsage({ from: "openai", usage }).warnings).toEqual([]);
  });
});
