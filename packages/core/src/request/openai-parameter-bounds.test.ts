import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { LOGIT_BIAS_BOUND, OPENAI_PARAMETER_BOUNDS } from "./openai-parameter-bounds";
import { deepFreeze, thrown, translate } from "../../test/helpers/openai-to-gemini-test-helpers";

const base = { model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }] };
type Param = keyof typeof OPENAI_PARAMETER_BOUNDS;
const PARAMS = Object.keys(OPENAI_PARAMETER_BOUNDS) as Param[];

function rejection(extra: Record<string, unknown>): GembridgeError {
  const error = thrown(() => translate(deepFreeze({ ...base, ...extra })));
  expect(error).toBeInstanceOf(GembridgeError);
  return error as GembridgeError;
}

describe("OpenAI parameter bounds (CreateChatCompletionRequest)", () => {
  it("n: 0 is a 400 on n, not a forwarded candidateCount: 0", () => {
    const error = rejection({ n: 0 });
    expect(error).toMatchObject({ status: 400, param: "n", code: "value_below_minimum" });
    expect(error.toOpenAIError().error).toMatchObject({ param: "n", type: "invalid_request_error" });
  });

  it.each([
    ["n", 129, "value_above_maximum"],
    ["n", 1.5, "invalid_value"],
    ["temperature", -0.01, "value_below_minimum"],
    ["temperature", 2.01, "value_above_maximum"],
    ["top_p", 1.0001, "value_above_maximum"],
    ["top_p", -1, "value_below_minimum"],
    ["presence_penalty", -2.5, "value_below_minimum"],
    ["frequency_penalty", 2.5, "value_above_maximum"],
    ["top_logprobs", 21, "value_above_maximum"],
    ["top_logprobs", -1, "value_below_minimum"],
    ["top_logprobs", 2.5, "invalid_value"],
    ["max_tokens", 0, "value_below_minimum"],
    ["max_completion_tokens", 0, "value_below_minimum"],
    ["max_completion_tokens", 10.5, "invalid_value"],
    ["temperature", "1", "invalid_type"],
  ])("%s: %j → 400 %s", (param, value, code) => {
    expect(rejection({ [param]: value, logprobs: true })).toMatchObject({ status: 400, param, code });
  });

  it("the bounds themselves are accepted and translated", () => {
    const low = translate({ ...base, n: 1, temperature: 0, top_p: 0, presence_penalty: -2, frequency_penalty: -2, logprobs: true, top_logprobs: 0, max_completion_tokens: 1 });
    expect(low.value.body.generationConfig).toMatchObject({ candidateCount: 1, temperature: 0, topP: 0, presencePenalty: -2, frequencyPenalty: -2, logprobs: 0, maxOutputTokens: 1 });
    const high = translate({ ...base, n: 128, temperature: 2, top_p: 1, presence_penalty: 2, frequency_penalty: 2, logprobs: true, top_logprobs: 20, max_tokens: 1 });
    expect(high.value.body.generationConfig).toMatchObject({ candidateCount: 128, temperature: 2, topP: 1, presencePenalty: 2, frequencyPenalty: 2, logprobs: 20, maxOutputTokens: 1 });
  });

  it("null means absent, as in OpenAI", () => {
    const result = translate({ ...base, n: null, temperature: null, logit_bias: null });
    expect(result.value.body.generationConfig).toBeUndefined();
  });

  it("logit_bias values outside [-100, 100] or not integers → 400 naming the token", () => {
    expect(rejection({ logit_bias: { "50256": -101 } })).toMatchObject({ status: 400, param: "logit_bias.50256", code: "value_below_minimum" });
    expect(rejection({ logit_bias: { "1": 100, "2": 100.5 } })).toMatchObject({ status: 400, param: "logit_bias.2", code: "invalid_value" });
    expect(rejection({ logit_bias: [1] })).toMatchObject({ status: 400, param: "logit_bias", code: "invalid_type" });
    // In range it is still only reported (Gemini has no logit bias), never an error.
    const kept = translate({ ...base, logit_bias: { "1": -100, "2": 100 } });
    expect(kept.warnings.map((warning) => warning.path)).toContain("logit_bias");
  });

  it("property: any out-of-range value is a 400 naming exactly that parameter; in-range values translate", () => {
    const outside = (param: Param) => {
      const { min, max } = OPENAI_PARAMETER_BOUNDS[param];
      const below = fc.integer({ min: -1_000_000, max: Math.ceil(min) - 1 });
      const above = max === Number.MAX_SAFE_INTEGER ? below : fc.integer({ min: Math.floor(max) + 1, max: 1_000_000 });
      const fractional = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => x < min || x > max);
      return fc.oneof(below, above, fractional);
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...PARAMS).chain((param) => fc.tuple(fc.constant(param), outside(param))),
        ([param, value]) => {
          expect(rejection({ [param]: value, logprobs: true })).toMatchObject({ status: 400, param });
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...PARAMS).chain((param) => {
          const { min, max, integer } = OPENAI_PARAMETER_BOUNDS[param];
          const top = Math.min(max, 1_000_000);
          return fc.tuple(fc.constant(param), integer ? fc.integer({ min, max: top }) : fc.double({ min, max: top, noNaN: true }));
        }),
        ([param, value]) => {
          expect(() => translate({ ...base, [param]: value, logprobs: true })).not.toThrow();
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }).filter((x) => x < LOGIT_BIAS_BOUND.min || x > LOGIT_BIAS_BOUND.max), (bias) => {
        expect(rejection({ logit_bias: { "7": bias } })).toMatchObject({ status: 400, param: "logit_bias.7" });
      }),
    );
  });
});
