import { expectInteger, expectNumber, expectRecord, invalidParam } from "./read-json";

/** A numeric Chat Completions parameter's accepted range; `integer` where OpenAI requires a whole number. */
export interface ParameterBound {
  min: number;
  max: number;
  integer: boolean;
}

/**
 * The ranges OpenAI enforces on Chat Completions parameters, from `CreateChatCompletionRequest` in OpenAI's
 * OpenAPI spec (https://platform.openai.com/docs/api-reference/chat/create). `max_tokens` and
 * `max_completion_tokens` have no `minimum` in the spec, but the API answers 0 with "integer below minimum value.
 * Expected a value >= 1", and Gemini reads `maxOutputTokens: 0` as "unset" — so 1 is the floor here (decision 0175).
 * An out-of-range value is a 400 naming the parameter, never a Gemini field such as `candidateCount: 0` that
 * Gemini would read differently.
 */
export const OPENAI_PARAMETER_BOUNDS = {
  n: { min: 1, max: 128, integer: true },
  temperature: { min: 0, max: 2, integer: false },
  top_p: { min: 0, max: 1, integer: false },
  presence_penalty: { min: -2, max: 2, integer: false },
  frequency_penalty: { min: -2, max: 2, integer: false },
  top_logprobs: { min: 0, max: 20, integer: true },
  max_tokens: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
  max_completion_tokens: { min: 1, max: Number.MAX_SAFE_INTEGER, integer: true },
} as const satisfies Record<string, ParameterBound>;

/** `logit_bias` maps token ids to a bias "from -100 to 100" (same spec). */
export const LOGIT_BIAS_BOUND = { min: -100, max: 100, integer: true } as const satisfies ParameterBound;

/**
 * Reads a bounded parameter (one of `OPENAI_PARAMETER_BOUNDS`) the request reader has found present: a 400 naming
 * it when it is not a number, not an integer where one is required, or out of range. Called where the value is read
 * anyway, so absent parameters cost nothing extra (decision 0175).
 */
export function expectBounded(value: unknown, param: keyof typeof OPENAI_PARAMETER_BOUNDS): number {
  return checkBound(value, param, OPENAI_PARAMETER_BOUNDS[param]);
}

/** A present `logit_bias`: an object whose values (null = absent) are integers in [-100, 100]. */
export function checkLogitBias(bias: unknown): void {
  const entries = expectRecord(bias, "logit_bias");
  for (const token of Object.keys(entries)) {
    const value = entries[token];
    if (value !== undefined && value !== null) checkBound(value, `logit_bias.${token}`, LOGIT_BIAS_BOUND);
  }
}

function checkBound(value: unknown, path: string, bound: ParameterBound): number {
  const number = bound.integer ? expectInteger(value, path) : expectNumber(value, path);
  if (number < bound.min) {
    throw invalidParam(path, `Invalid '${path}': ${number} is below the minimum value; expected a value >= ${bound.min}.`, "value_below_minimum");
  }
  if (number > bound.max) {
    throw invalidParam(path, `Invalid '${path}': ${number} is above the maximum value; expected a value <= ${bound.max}.`, "value_above_maximum");
  }
  return number;
}
