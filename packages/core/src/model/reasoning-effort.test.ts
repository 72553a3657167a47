import { describe, expect, it } from "vitest";
import { modelCapabilities } from "./model-capabilities";
import { fc, test } from "@fast-check/vitest";
import { MODEL_TABLE } from "../tables/model-capabilities";
import { fitThinkingBudget, thinkingFromReasoningEffort } from "./reasoning-effort";
import { REASONING_EFFORT_TABLE, type ReasoningEffort } from "../tables/reasoning-effort";

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
      note: "this model cannot switch thinking off; sent its minimum budget 128",
    });
    expect(thinkingFromReasoningEffort("xhigh", modelCapabilities("gemini-2.5-pro")).thinkingConfig).toEqual({ thinkingBudget: 32768 });
  });

  it("models without thinking get nothing and a note", () => {
    expect(thinkingFromReasoningEffort("high", modelCapabilities("gemini-2.0-flash"))).toEqual({
      thinkingConfig: undefined,
      note: "model family gemini-2.0 has no thinking control",
    });
  });
});

/** What the model's row accepts: the rule every resolved thinking config must satisfy. */
function accepted(config: { thinkingLevel?: string; thinkingBudget?: number }, model: string): boolean {
  const t = modelCapabilities(model).thinking;
  if (t.style === "none") return config.thinkingLevel === undefined && config.thinkingBudget === undefined;
  if (t.style === "level") return config.thinkingBudget === undefined && config.thinkingLevel !== undefined && (t.levels as readonly string[]).includes(config.thinkingLevel);
  const b = config.thinkingBudget;
  return config.thinkingLevel === undefined && b !== undefined && (b === -1 || (b === 0 && t.off) || (b >= t.min && b <= t.max));
}

describe("never a value the model refuses", () => {
  const models = Object.keys(MODEL_TABLE).map((prefix) => `${prefix}-preview`);
  test.prop([fc.constantFrom(...efforts), fc.constantFrom(...models)])("reasoning_effort through every row", (effort, model) => {
    const resolved = thinkingFromReasoningEffort(effort, modelCapabilities(model));
    expect(accepted(resolved.thinkingConfig ?? {}, model)).toBe(true);
  });

  test.prop([fc.oneof(fc.integer({ min: -1, max: 100_000 }), fc.constantFrom(0, 1, 511, 512, 24576, 24577, 32768)), fc.constantFrom(...models)])(
    "fitThinkingBudget lands in every budget row's range",
    (budget, model) => {
      const t = modelCapabilities(model).thinking;
      if (t.style !== "budget") return;
      const fitted = fitThinkingBudget(budget, t);
      expect(accepted({ thinkingBudget: fitted.value }, model)).toBe(true);
      expect(fitted.note === undefined).toBe(fitted.value === budget);
    },
  );

  it("2.5 Flash-Lite: 1–511 become 512, 0 stays off; 2.5 Pro: 0 becomes 128", () => {
    const lite = modelCapabilities("gemini-2.5-flash-lite").thinking;
    const pro = modelCapabilities("gemini-2.5-pro").thinking;
    if (lite.style !== "budget" || pro.style !== "budget") throw new Error("budget rows expected");
    expect(fitThinkingBudget(100, lite)).toEqual({ value: 512, note: "thinking budget 100 is outside this model's range [512, 24576]; sent 512" });
    expect(fitThinkingBudget(0, lite)).toEqual({ value: 0 });
    expect(fitThinkingBudget(-1, lite)).toEqual({ value: -1 });
    expect(fitThinkingBudget(0, pro).value).toBe(128);
  });
});
