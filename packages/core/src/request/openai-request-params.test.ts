import { describe, expect, it } from "vitest";
import { HANDLED_PARAMS, PARAM_STAGES, requestStages, STAGE } from "./openai-request-params";
import { UNSUPPORTED_PARAMS } from "./openai-to-gemini-top-level";

describe("requestStages", () => {
  it("a plain chat needs no stage", () => {
    expect(requestStages({ model: "gemini-2.5-flash", messages: [] })).toBe(0);
  });

  it("null and undefined values are absent, as readOptional reads them", () => {
    expect(requestStages({ model: "m", temperature: null, tools: undefined, store: null })).toBe(0);
  });

  it("ORs the bits of every parameter set", () => {
    expect(requestStages({ temperature: 1, tools: [], reasoning_effort: "low", stream: true })).toBe(
      STAGE.generation | STAGE.tools | STAGE.thinking | STAGE.stream,
    );
  });

  it("unknown and unsupported parameters, including prototype names, ask for the report", () => {
    for (const key of ["frobnicate", "toString", "__proto__", "constructor", ...Object.keys(UNSUPPORTED_PARAMS)]) {
      const request = JSON.parse(`{${JSON.stringify(key)}: 1}`) as Record<string, unknown>;
      expect(requestStages(request) & STAGE.report, key).toBe(STAGE.report);
    }
  });

  it("logit_bias is both range-checked (generation) and reported", () => {
    expect(requestStages({ logit_bias: { "1": 2 } })).toBe(STAGE.generation | STAGE.report);
  });

  it("HANDLED_PARAMS is the table without the reported keys, and no handled key is also unsupported", () => {
    expect([...HANDLED_PARAMS].sort()).toEqual(Object.keys(PARAM_STAGES).filter((key) => key !== "logit_bias").sort());
    for (const key of HANDLED_PARAMS) expect(Object.hasOwn(UNSUPPORTED_PARAMS, key), key).toBe(false);
  });
});
