import { describe, expect, it } from "vitest";
import { mapUsage } from "./map-usage";

describe("mapUsage", () => {
  const full = {
    promptTokenCount: 100,
    cachedContentTokenCount: 40,
    candidatesTokenCount: 20,
    thoughtsTokenCount: 30,
    toolUsePromptTokenCount: 5,
    totalTokenCount: 155,
    promptTokensDetails: [
      { modality: "TEXT", tokenCount: 60 },
      { modality: "IMAGE", tokenCount: 30 },
      { modality: "AUDIO", tokenCount: 10 },
    ],
    toolUsePromptTokensDetails: [{ modality: "TEXT", tokenCount: 5 }],
    candidatesTokensDetails: [{ modality: "TEXT", tokenCount: 20 }],
    trafficType: "ON_DEMAND",
  };

  it("openai accounting: completion includes reasoning, prompt includes tool-use prompt, totals add up", () => {
    expect(mapUsage(full)).toEqual({
      prompt_tokens: 105,
      completion_tokens: 50,
      total_tokens: 155,
      prompt_tokens_details: { cached_tokens: 40, text_tokens: 65, image_tokens: 30, audio_tokens: 10 },
      completion_tokens_details: { reasoning_tokens: 30, text_tokens: 20 },
      extra_properties: { google: { traffic_type: "ON_DEMAND", tool_use_prompt_tokens: 5 } },
    });
  });

  it("google accounting reproduces Google's endpoint (completion without thoughts, Gemini's total)", () => {
    expect(mapUsage(full, { accounting: "google" })).toEqual({
      prompt_tokens: 105,
      completion_tokens: 20,
      total_tokens: 155,
      prompt_tokens_details: { cached_tokens: 40 },
      completion_tokens_details: { reasoning_tokens: 30 },
      extra_properties: { google: { traffic_type: "ON_DEMAND" } },
    });
  });

  it("omits empty detail objects and treats absent counts as 0", () => {
    expect(mapUsage({})).toEqual({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
    expect(mapUsage({ promptTokenCount: 9, totalTokenCount: 9 })).toEqual({
      prompt_tokens: 9,
      completion_tokens: 0,
      total_tokens: 9,
    });
  });

  it("keeps a cached count of 0 (0 is a value) and the Gemini API service tier", () => {
    expect(mapUsage({ promptTokenCount: 3, cachedContentTokenCount: 0, serviceTier: "standard" } as never)).toEqual({
      prompt_tokens: 3,
      completion_tokens: 0,
      total_tokens: 3,
      prompt_tokens_details: { cached_tokens: 0 },
      extra_properties: { google: { service_tier: "standard" } },
    });
  });
});
