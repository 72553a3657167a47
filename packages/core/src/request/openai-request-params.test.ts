import { describe, expect, it } from "vitest";
import { HANDLED_PARAMS, PARAM_STAGES, requestStages, STAGE } from "./openai-request-params";
import { NUMERIC_GENERATION_PARAMS } from "./openai-to-gemini-generation-config";
import { openaiToGeminiRequest } from "./openai-to-gemini-request";
import { UNSUPPORTED_PARAMS } from "./openai-to-gemini-top-level";

/** One value per gated parameter that changes the translation (body, stream flag, context, warnings or a 400). */
const SAMPLES: Record<Exclude<keyof typeof PARAM_STAGES, "model" | "messages">, unknown> = {
  stream: true,
  stream_options: { include_usage: true },
  max_tokens: 10,
  max_completion_tokens: 10,
  temperature: 0.5,
  top_p: 0.5,
  presence_penalty: 0.5,
  frequency_penalty: 0.5,
  n: 2,
  seed: 1,
  stop: "END",
  logprobs: true,
  top_logprobs: 2,
  modalities: ["text"],
  audio: { voice: "alloy", format: "wav" },
  response_format: { type: "json_object" },
  logit_bias: { "1": 2 },
  tools: [{ type: "function", function: { name: "f" } }],
  functions: [{ name: "f" }],
  // Naming an undeclared function is a 400: only the tools stage can tell.
  tool_choice: { type: "function", function: { name: "f" } },
  function_call: { name: "f" },
  parallel_tool_calls: false,
  web_search_options: {},
  reasoning_effort: "low",
  google: { thinking_config: { include_thoughts: true } },
  extra_body: { google: { thinking_config: { include_thoughts: true } } },
  metadata: { team: "a" },
  user: "u",
  service_tier: "flex",
};

function outcome(request: Record<string, unknown>): unknown {
  try {
    return openaiToGeminiRequest(request as never);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

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

  it("numeric generation parameters are in the table as generation parameters", () => {
    for (const key of Object.keys(NUMERIC_GENERATION_PARAMS)) {
      expect(PARAM_STAGES[key as keyof typeof PARAM_STAGES] & STAGE.generation, key).toBe(STAGE.generation);
    }
  });

  // A wrong bit in the table would make the stage skip the parameter: each one, set alone, must change the result.
  it.each(Object.keys(SAMPLES))("%s reaches the stage that translates it", (key) => {
    const base = { model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }] };
    expect(outcome({ ...base, [key]: SAMPLES[key as keyof typeof SAMPLES] })).not.toEqual(outcome(base));
  });

  it("every gated parameter has a sample", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(PARAM_STAGES).filter((key) => key !== "model" && key !== "messages").sort());
  });
});
