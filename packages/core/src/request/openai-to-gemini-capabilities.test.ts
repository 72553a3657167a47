/** The model capability table (tables/model-capabilities.ts) as the request translator applies it. */
import { describe, expect, it } from "vitest";
import type { GembridgeError } from "../errors/gembridge-error";
import { thrown, translate } from "../../test/helpers/openai-to-gemini-test-helpers";

const messages = [{ role: "user", content: "hi" }];
const thinking = (model: string, thinking_config: unknown, options = {}) =>
  translate({ model, messages, extra_body: { google: { thinking_config } } }, options);

describe("explicit thinking_config goes through the model's row", () => {
  it("budgets are clamped into the range, with a warning at the field", () => {
    const lite = thinking("gemini-2.5-flash-lite", { thinking_budget: 100 });
    expect(lite.value.body.generationConfig?.thinkingConfig).toEqual({ thinkingBudget: 512 });
    expect(lite.warnings).toEqual([
      {
        path: "extra_body.google.thinking_config.thinking_budget",
        code: "approximated",
        message: "thinking budget 100 is outside this model's range [512, 24576]; sent 512",
      },
    ]);
    expect(thinking("gemini-2.5-flash", { thinking_budget: 99_999 }).value.body.generationConfig?.thinkingConfig).toEqual({ thinkingBudget: 24576 });
    expect(thinking("gemini-2.5-pro", { thinking_budget: 0 }).value.body.generationConfig?.thinkingConfig).toEqual({ thinkingBudget: 128 });
  });

  it("0 (off) and -1 (dynamic) pass where the row allows them, silently", () => {
    for (const [model, budget] of [["gemini-2.5-flash-lite", 0], ["gemini-2.5-flash", 0], ["gemini-2.5-pro", -1]] as const) {
      const { value, warnings } = thinking(model, { thinking_budget: budget });
      expect(value.body.generationConfig?.thinkingConfig).toEqual({ thinkingBudget: budget });
      expect(warnings).toEqual([]);
    }
  });

  it("a level the model lacks becomes the nearest one; a level on a budget model becomes that level's budget", () => {
    const pro = thinking("gemini-3-pro-preview", { thinking_level: "minimal" });
    expect(pro.value.body.generationConfig?.thinkingConfig).toEqual({ thinkingLevel: "LOW" });
    expect(pro.warnings.map((w) => [w.path, w.code, w.message])).toEqual([
      ["extra_body.google.thinking_config.thinking_level", "approximated", "this model has no thinking level MINIMAL; sent LOW"],
    ]);
    expect(thinking("gemini-3-pro-preview", { thinking_level: "medium" }).value.body.generationConfig?.thinkingConfig).toEqual({ thinkingLevel: "HIGH" });
    const flash = thinking("gemini-2.5-flash", { thinking_level: "medium", include_thoughts: true });
    expect(flash.value.body.generationConfig?.thinkingConfig).toEqual({ includeThoughts: true, thinkingBudget: 8192 });
    expect(flash.warnings[0]?.message).toMatch(/takes a thinking budget, not a level; MEDIUM sent as thinkingBudget 8192/);
  });

  it("Gemini 3 keeps a budget (accepted for backwards compatibility) and every level it has", () => {
    expect(thinking("gemini-3-flash-preview", { thinking_budget: 2048 }).value.body.generationConfig?.thinkingConfig).toEqual({ thinkingBudget: 2048 });
    expect(thinking("gemini-3-flash-preview", { thinking_level: "minimal" }).warnings).toEqual([]);
  });

  it("models without thinking control: the amount is dropped (400 when strict)", () => {
    const { value, warnings } = thinking("gemini-2.0-flash-001", { thinking_budget: 1024 });
    expect(value.body.generationConfig).toBeUndefined();
    expect(warnings.map((w) => [w.path, w.code])).toEqual([["extra_body.google.thinking_config.thinking_budget", "dropped"]]);
    const strict = thrown(() => thinking("gemini-2.5-flash-image", { thinking_level: "low" }, { strict: true })) as GembridgeError;
    expect([strict.status, strict.code, strict.param]).toEqual([400, "unsupported_parameter", "extra_body.google.thinking_config.thinking_level"]);
  });

  it("a level that is no level, or a budget below -1, is a 400 at the field", () => {
    const level = thrown(() => thinking("gemini-3-pro-preview", { thinking_level: "extreme" })) as GembridgeError;
    expect([level.status, level.code, level.param]).toEqual([400, "invalid_value", "extra_body.google.thinking_config.thinking_level"]);
    const budget = thrown(() => thinking("gemini-2.5-flash", { thinking_budget: -5 })) as GembridgeError;
    expect([budget.status, budget.param]).toEqual([400, "extra_body.google.thinking_config.thinking_budget"]);
  });
});

describe("per-model features", () => {
  it("cached_content is sent where explicit caching exists, dropped on image models", () => {
    const google = { cached_content: "cachedContents/abc" };
    expect(translate({ model: "gemini-2.5-flash", messages, extra_body: { google } }).value.body.cachedContent).toBe("cachedContents/abc");
    const image = translate({ model: "gemini-2.5-flash-image", messages, extra_body: { google } });
    expect(image.value.body.cachedContent).toBeUndefined();
    expect(image.warnings.map((w) => [w.path, w.code])).toEqual([["extra_body.google.cached_content", "dropped"]]);
  });

  it("stream_function_call_arguments: Vertex and a Gemini 3 text model only", () => {
    const google = { stream_function_call_arguments: true };
    const tools = [{ type: "function", function: { name: "f", parameters: { type: "object" } } }];
    const g3 = translate({ model: "gemini-3-pro-preview", messages, tools, extra_body: { google } }, { dialect: "vertex" });
    expect(g3.value.body.toolConfig?.functionCallingConfig?.streamFunctionCallArguments).toBe(true);
    const g25 = translate({ model: "gemini-2.5-pro", messages, tools, extra_body: { google } }, { dialect: "vertex" });
    expect(g25.value.body.toolConfig).toBeUndefined();
    expect(g25.warnings.map((w) => w.message)).toEqual(["model family gemini-2.5 (gemini-2.5-pro) does not stream function-call arguments"]);
  });

  it("media_resolution: ULTRA_HIGH is per part only and becomes HIGH at request level; unknown levels are a 400", () => {
    const ultra = translate({ model: "gemini-3-pro-preview", messages, extra_body: { google: { media_resolution: "ultra_high" } } });
    expect(ultra.value.body.generationConfig?.mediaResolution).toBe("MEDIA_RESOLUTION_HIGH");
    expect(ultra.warnings.map((w) => [w.path, w.code])).toEqual([["extra_body.google.media_resolution", "approximated"]]);
    const low = translate({ model: "gemini-2.5-flash", messages, extra_body: { google: { media_resolution: "MEDIA_RESOLUTION_LOW" } } });
    expect([low.value.body.generationConfig?.mediaResolution, low.warnings]).toEqual(["MEDIA_RESOLUTION_LOW", []]);
    const bad = thrown(() => translate({ model: "gemini-2.5-flash", messages, extra_body: { google: { media_resolution: "huge" } } })) as GembridgeError;
    expect([bad.status, bad.param]).toEqual([400, "extra_body.google.media_resolution"]);
  });
});

describe("unknown_model", () => {
  it("a Gemini model the table does not name: a warning naming the family row used", () => {
    const { warnings } = translate({ model: "gemini-3.5-flash", messages });
    expect(warnings).toEqual([
      { path: "model", code: "unknown_model", message: "model 'gemini-3.5-flash' is not in the capability table; used the rules of its family row 'gemini-3'" },
    ]);
    expect(translate({ model: "gemini-4-ultra", messages }).warnings.map((w) => w.code)).toEqual(["unknown_model"]);
  });

  it("no warning for listed models, for names that are no Gemini id, or when the caller passes capabilities", () => {
    expect(translate({ model: "google/gemini-2.5-flash-001", messages }).warnings).toEqual([]);
    expect(translate({ model: "tunedModels/my-tune", messages }).warnings).toEqual([]);
    expect(translate({ model: "gemini-3.5-flash", messages }, { capabilities: { requiresThoughtSignatures: true } }).warnings).toEqual([]);
  });
});
