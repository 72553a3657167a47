import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { geminiToOpenAIRequest } from "./gemini-to-openai-request";

describe("geminiGenerationConfigToOpenAI (regressions found by the hardening fuzz, issue 10)", () => {
  it("stopSequences: [] sends no `stop` (OpenAI's stop array needs at least one item)", () => {
    const { value, warnings } = geminiToOpenAIRequest({ contents: [{ role: "user", parts: [{ text: "q" }] }], generationConfig: { stopSequences: [] } }, { model: "m" });
    expect(value).toEqual({ model: "m", messages: [{ role: "user", content: "q" }] });
    expect(warnings).toEqual([]);
    expect(validateOfficial("openai-request", value, { strict: true }).errors).toEqual([]);
  });

  it("non-empty stopSequences still map to stop", () => {
    const { value } = geminiToOpenAIRequest({ contents: [{ role: "user", parts: [{ text: "q" }] }], generationConfig: { stopSequences: ["END"] } }, { model: "m" });
    expect(value.stop).toEqual(["END"]);
  });
});
