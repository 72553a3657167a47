import { describe, expect, it } from "vitest";
import { modelCapabilities } from "./model-capabilities";
import { REASONING_EFFORT_TABLE, type ReasoningEffort, thinkingFromReasoningEffort } from "./reasoning-effort";

const efforts = Object.keys(REASONING_EFFORT_TABLE) as ReasoningEffort[];

describe("thinkingFromReasoningEffort", () => {
  it("covers every OpenAI effort", () => {
    expect(efforts).toEqual(["none", "minimal", "low", "medium", "high", "xhigh", "max"]);
  });

  it.each(efforts)("%s: never both level and budget", (effort) => {
    for (const model of ["gemini-3-flash", "gemini-3-pro", "gemini-2.5-pro", "gemini-2.5-flash", "gpt-4o"]) {
      const config = thinkingFromReasoningEffort(effort, modelCapabilities(model)).thinkingConfig ?? {};
      expect(Object.keys(config).length).toBeLessThanOrEqual(1);
    }
  });

  it("Gemini 3 Flash: levels straight from the table", () => {
    const caps = modelCapabilities("gemini-3-flash-preview");
    expect(efforts.map((e) => thinkingFromReasoningEffort(e, caps).thinkingConfig)).toEqual([
      { thinkingLevel: "MINIMAL" },
      { thinkingLevel: "MINIMAL" },
      { thinkingLevel: "LOW" },
      { thinkingLevel: "MEDIUM" },
      { thinkingLevel: "HIGH" },
      { thinkingLevel: "HIGH" },
      { thinkingLevel: "HIGH" },
    ]);
    expect(thinkingFromReasoningEffort("none", caps).note).toMatch(/cannot switch thinking off/);
  });

  it("Gemini 3 Pro: MINIMAL → LOW, MEDIUM → HIGH, with a note", () => {
    const caps = modelCapabilities("gemini-3-pro-preview");
    expect(thinkingFromReasoningEffort("minimal", caps)).toEqual({
      thinkingConfig: { thinkingLevel: "LOW" },
      note: "this model has no thinking level MINIMAL; sent LOW",
    });
    expect(thinkingFromReasoningEffort("medium", caps).thinkingConfig).toEqual({ thinkingLevel: "HIGH" });
  });

  it("Gemini 2.5: budgets, clamped to the model's range", () => {
    const flash = modelCapabilities("gemini-2.5-flash");
    expect(efforts.map((e) => thinkingFromReasoningEffort(e, flash).thinkingConfig)).toEqual([
      { thinkingBudget: 0 },
      { thinkingBudget: 1024 },
      { thinkingBudget: 1024 },
      { thinkingBudget: 8192 },
      { thinkingBudget: 24576 },
      { thinkingBudget: 24576 },
      { thinkingBudget: 24576 },
    ]);
    expect(thinkingFromReasoningEffort("none", modelCapabilities("gemini-2.5-pro"))).toEqual({
      thinkingConfig: { thinkingBudget: 128 },
      note: "thinking budget 0 is outside this model's range [128, 32768]; sent 128",
    });
    expect(thinkingFromReasoningEffort("xhigh", modelCapabilities("gemini-2.5-pro")).thinkingConfig).toEqual({ thinkingBudget: 32768 });
  });

  it("models without thinking get nothing and a note", () => {
    expect(thinkingFromReasoningEffort("high", modelCapabilities("gemini-2.0-flash"))).toEqual({
      thinkingConfig: undefined,
      note: "model family gemini-legacy has no thinking control",
    });
  });
});
