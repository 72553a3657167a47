import type { JsonRecord } from "./read-json";

/**
 * The translation stages that read top-level Chat Completions parameters, as bits. `translate()` scans the
 * request's keys once into a mask, and a stage whose bit is clear returns at once: most requests set two or three
 * parameters, and rescanning the keys per stage cost more than the stages' work (docs/readme/performance.md).
 */
export const STAGE = {
  generation: 1,
  tools: 2,
  thinking: 4,
  google: 8,
  labels: 16,
  serviceTier: 32,
  stream: 64,
  /** Not translated: reported as unsupported or unknown by `reportUnsupported`. */
  report: 128,
} as const;

/** Which stages read each parameter; a key missing here is unknown (reported). */
export const PARAM_STAGES = {
  model: 0,
  messages: 0,
  stream: STAGE.stream,
  stream_options: STAGE.stream,
  max_tokens: STAGE.generation,
  max_completion_tokens: STAGE.generation,
  temperature: STAGE.generation,
  top_p: STAGE.generation,
  presence_penalty: STAGE.generation,
  frequency_penalty: STAGE.generation,
  n: STAGE.generation,
  seed: STAGE.generation,
  stop: STAGE.generation,
  logprobs: STAGE.generation,
  top_logprobs: STAGE.generation,
  modalities: STAGE.generation,
  audio: STAGE.generation,
  response_format: STAGE.generation,
  // Range-checked like OpenAI does, then reported: Gemini has no token-level bias.
  logit_bias: STAGE.generation | STAGE.report,
  tools: STAGE.tools,
  functions: STAGE.tools,
  tool_choice: STAGE.tools,
  function_call: STAGE.tools,
  parallel_tool_calls: STAGE.tools,
  web_search_options: STAGE.tools,
  reasoning_effort: STAGE.thinking,
  google: STAGE.google,
  extra_body: STAGE.google,
  metadata: STAGE.labels,
  user: STAGE.labels,
  service_tier: STAGE.serviceTier,
} as const satisfies Record<string, number>;

/** Parameters translated somewhere in request/ (the README table has a row for each). */
export const HANDLED_PARAMS: ReadonlySet<string> = new Set(
  Object.keys(PARAM_STAGES).filter((key) => (PARAM_STAGES[key as keyof typeof PARAM_STAGES] & STAGE.report) === 0),
);

/** A Map, not the object: a client key such as `toString` or `__proto__` must not hit the prototype. */
const STAGES_BY_PARAM: ReadonlyMap<string, number> = new Map(Object.entries(PARAM_STAGES));

/** The stages `request` has work for; `null` values count as absent, as OpenAI reads them as "use the default". */
export function requestStages(request: JsonRecord): number {
  let mask = 0;
  const keys = Object.keys(request);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = request[key];
    if (value === null || value === undefined) continue;
    mask |= STAGES_BY_PARAM.get(key) ?? STAGE.report;
  }
  return mask;
}
