import { describe, expect, it } from "vitest";
import { MODEL_TABLE, UNKNOWN_MODEL_ROW } from "../tables/model-capabilities";
import { bareModelId, MODEL_CAPABILITIES, modelCapabilities, modelMatch, UNKNOWN_MODEL_CAPABILITIES } from "./model-capabilities";
import { normalizeModelName } from "./normalize-model-name";

describe("modelCapabilities", () => {
  it.each([
    ["gemini-3-pro-preview", "gemini-3-pro", ["LOW", "HIGH"]],
    ["gemini-3.1-pro-preview", "gemini-3.1-pro", ["LOW", "MEDIUM", "HIGH"]],
    ["gemini-3-flash-preview", "gemini-3-flash", ["MINIMAL", "LOW", "MEDIUM", "HIGH"]],
    ["gemini-3.5-flash", "gemini-3", ["MINIMAL", "LOW", "MEDIUM", "HIGH"]],
  ])("%s matches row %s with levels %j", (model, prefix, levels) => {
    const capabilities = modelCapabilities(model);
    expect(capabilities.family).toBe("gemini-3");
    expect(capabilities.thinking).toEqual({ style: "level", levels, default: "HIGH" });
    expect(capabilities.requiresThoughtSignatures).toBe(true);
    expect(capabilities.mediaResolutionLevels).toContain("ULTRA_HIGH");
    expect(modelMatch(model)).toMatchObject({ prefix });
  });

  it.each([
    ["gemini-2.5-pro", { style: "budget", min: 128, max: 32768, off: false, thinksByDefault: true }],
    ["gemini-2.5-flash-preview-04-17", { style: "budget", min: 1, max: 24576, off: true, thinksByDefault: true }],
    ["gemini-2.5-flash-lite", { style: "budget", min: 512, max: 24576, off: true, thinksByDefault: false }],
    ["gemini-2.5-flash-image", { style: "none" }],
    ["gemini-3-pro-image-preview", { style: "none" }],
    ["gemini-2.0-flash-001", { style: "none" }],
    ["gemma-3-27b-it", { style: "none" }],
  ])("%s thinking %j", (model, thinking) => {
    expect(modelCapabilities(model).thinking).toEqual(thinking);
  });

  it("image models answer with images, take no cachedContent, and Gemini 3 Pro Image still validates signatures", () => {
    for (const model of ["gemini-2.5-flash-image", "gemini-3-pro-image-preview", "gemini-3.1-flash-image-preview"]) {
      expect(modelCapabilities(model)).toMatchObject({ imageOutput: true, explicitCaching: false, streamFunctionCallArguments: "no" });
    }
    expect(modelCapabilities("gemini-3-pro-image-preview").requiresThoughtSignatures).toBe(true);
    expect(modelCapabilities("gemini-2.5-flash").imageOutput).toBe(false);
  });

  it("streamFunctionCallArguments exists for Gemini 3 text models only", () => {
    expect(modelCapabilities("gemini-3-pro-preview").streamFunctionCallArguments).toBe("vertex");
    expect(modelCapabilities("gemini-2.5-pro").streamFunctionCallArguments).toBe("no");
  });

  it("matches resource paths by their last segment, case-insensitively", () => {
    expect(bareModelId("projects/p/locations/l/publishers/google/models/Gemini-3-Pro")).toBe("gemini-3-pro");
    expect(modelCapabilities("publishers/google/models/gemini-2.5-pro").family).toBe("gemini-2.5");
  });

  it("says how a name matched: a model row, a family fallback, or nothing", () => {
    expect(modelMatch("gemini-2.5-flash-001")).toEqual({ kind: "model", prefix: "gemini-2.5-flash" });
    expect(modelMatch("gemini-2.5-computer-use-preview")).toEqual({ kind: "family", prefix: "gemini-2.5" });
    expect(modelMatch("gemini-30-flash")).toEqual({ kind: "none" });
    expect(modelMatch("gpt-4o")).toEqual({ kind: "none" });
  });

  it("unknown models get the documented default; overrides merge", () => {
    expect(modelCapabilities("gpt-4o")).toEqual(UNKNOWN_MODEL_CAPABILITIES);
    expect(UNKNOWN_MODEL_CAPABILITIES.thinking).toEqual(UNKNOWN_MODEL_ROW.thinking.value);
    expect(modelCapabilities("tunedModels/x", { requiresThoughtSignatures: true }).requiresThoughtSignatures).toBe(true);
  });

  it("every table key resolves to its own row, and the runtime view is the table's values", () => {
    for (const [prefix, row] of Object.entries(MODEL_CAPABILITIES)) expect(modelCapabilities(prefix)).toEqual(row);
    for (const [prefix, row] of Object.entries(MODEL_TABLE)) {
      const runtime = modelCapabilities(prefix);
      expect(runtime.thinking).toEqual(row.thinking.value);
      expect(runtime.explicitCaching).toBe(row.explicitCaching.value);
      expect(runtime.mediaResolutionLevels).toEqual(row.mediaResolution.value.levels);
    }
  });

  it("every fact names an https source and the date it was checked", () => {
    for (const row of [...Object.values(MODEL_TABLE), UNKNOWN_MODEL_ROW]) {
      for (const [key, fact] of Object.entries(row)) {
        if (key === "kind" || key === "family") continue;
        expect(fact.source).toMatch(/^https:\/\//);
        expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("budget rows are ranges that hold their own minimum; level rows hold their default", () => {
    for (const row of Object.values(MODEL_TABLE)) {
      const t = row.thinking.value;
      if (t.style === "budget") {
        expect(t.min).toBeGreaterThan(0);
        expect(t.max).toBeGreaterThan(t.min);
      }
      if (t.style === "level") expect(t.levels).toContain(t.default);
    }
  });

  it("normalizeModelName strips only google/", () => {
    expect(normalizeModelName("google/gemini-2.0-flash-001")).toBe("gemini-2.0-flash-001");
    expect(normalizeModelName("publishers/google/models/x")).toBe("publishers/google/models/x");
    expect(normalizeModelName("tunedModels/abc")).toBe("tunedModels/abc");
  });
});
