import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { openaiToGeminiLogprobs } from "./openai-to-gemini-logprobs";

const step = (logprob: number) => ({ token: "a", logprob, bytes: [97], top_logprobs: [] });

describe("openaiToGeminiLogprobs (regressions found by the hardening fuzz, issue 10)", () => {
  it("avgLogprobs stays finite when the plain sum of logprobs would overflow to -Infinity", () => {
    const result = openaiToGeminiLogprobs({ content: [step(-1.7e308), step(-1.7e308)], refusal: null });
    expect(result?.avgLogprobs).toBe(-1.7e308);
    const payload = JSON.parse(JSON.stringify({ candidates: [{ index: 0, ...result }] }));
    expect(validateOfficial("gemini-response", payload, { strict: true }).errors).toEqual([]);
  });

  it("avgLogprobs is the mean of the chosen logprobs", () => {
    expect(openaiToGeminiLogprobs({ content: [step(-1), step(-2), step(-3)], refusal: null })?.avgLogprobs).toBeCloseTo(-2, 12);
  });

  it("no steps: no avgLogprobs", () => {
    expect(openaiToGeminiLogprobs({ content: [], refusal: null })).toEqual({ logprobsResult: { chosenCandidates: [], topCandidates: [] } });
  });
});
