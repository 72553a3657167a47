import { describe, expect, it } from "vitest";
import { bareModelId, MODEL_CAPABILITIES, modelCapabilities, UNKNOWN_MODEL_CAPABILITIES } from "./model-capabilities";
import { normalizeModelName } from "./normalize-model-name";

describe("modelCapabilities", () => {
  it.each([
    ["gemini-3-pro-preview", "gemini-3", ["LOW", "HIGH"]],
    ["gemini-3.1-pro-preview", "gemini-3", ["LOW", "MEDIUM", "HIGH"]],
    ["gemini-3-flash-preview", "gemini-3", ["MINIMAL", "LOW", "MEDIUM", "HIGH"]],
    ["gemini-3-pro-image-preview", "gemini-3", ["LOW", "HIGH"]],
    ["gemini-3.5-flash", "gemini-3", ["MINIMAL", "LOW", "MEDIUM", "HIGH"]],
  ])("%s is %s with levels %j", (model, family, levels) => {
    const capabilities = modelCapabilities(model);
    expect(capabilities.family).toBe(family);
    expect(capabilities.thinking).toEqual({ style: "level", levels });
    expect(capabilities.requiresThoughtSignatures).toBe(true);
  });

  it.each([
    ["gemini-2.5-pro", { style: "budget", min: 128, max: 32768 }],
    ["gemini-2.5-flash-preview-04-17", { style: "budget", min: 0, max: 24576 }],
    ["gemini-2.5-flash-lite", { style: "budget", min: 0, max: 24576 }],
    ["gemini-2.0-flash-001", { style: "none" }],
    ["gemma-3-27b-it", { style: "none" }],
  ])("%s thinking %j", (model, thinking) => {
    expect(modelCapabilities(model).thinking).toEqual(thinking);
  });

  it("matches resource paths by their last segment, case-insensitively", () => {
    expect(bareModelId("projects/p/locations/l/publishers/google/models/Gemini-3-Pro")).toBe("gemini-3-pro");
    expect(modelCapabilities("publishers/google/models/gemini-2.5-pro").family).toBe("gemini-2.5");
  });

  it("unknown models get the documented default; overrides merge", () => {
    expect(modelCapabilities("gpt-4o")).toEqual(UNKNOWN_MODEL_CAPABILITIES);
    expect(modelCapabilities("tunedModels/x", { requiresThoughtSignatures: true }).requiresThoughtSignatures).toBe(true);
  });

  it("every table key resolves to its own row", () => {
    for (const [prefix, row] of Object.entries(MODEL_CAPABILITIES)) expect(modelCapabilities(prefix)).toEqual(row);
  });

  it("normalizeModelName strips only google/", () => {
    expect(normalizeModelName("google/gemini-2.0-flash-001")).toBe("gemini-2.0-flash-001");
    expect(normalizeModelName("publishers/google/models/x")).toBe("publishers/google/models/x");
    expect(normalizeModelName("tunedModels/abc")).toBe("tunedModels/abc");
  });
});
