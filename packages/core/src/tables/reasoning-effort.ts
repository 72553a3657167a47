/**
 * Reasoning effort, both directions: OpenAI `reasoning_effort` → Gemini `thinkingConfig` (a level on Gemini 3,
 * a budget on Gemini 2.5) and a Gemini thinking config back to an effort. The fitting of a value to a model's
 * row is `model/reasoning-effort.ts`; the reverse reading is `request/gemini-to-openai-thinking.ts`.
 */
import type { ThinkingLevel } from "./model-capabilities";

/** OpenAI `reasoning_effort` values (openai-openapi ReasoningEffort, plus `max` seen on newer models). */
export type ReasoningEffort = "none" | "minimal" | "low" | "medium" | "high" | "xhigh" | "max";

/**
 * The one reasoning_effort table: Gemini 3 models get `thinkingLevel`, Gemini 2.5 models `thinkingBudget`,
 * never both (Google answers 400 to both, https://ai.google.dev/gemini-api/docs/thinking). Budgets follow Google's own compatibility layer
 * (low 1024, medium 8192, high 24576, https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview, https://ai.google.dev/gemini-api/docs/openai); `xhigh`/`max` ask for the model's ceiling.
 * Gemini 3 cannot switch thinking off, so `none` is the lowest level (with a warning). Every value then goes
 * through the model's row of the capability table (`fitThinkingBudget`, `fitThinkingLevel`), so the model never
 * receives a value it refuses.
 */
export const REASONING_EFFORT_TABLE = {
  none: { level: "MINIMAL", budget: 0 },
  minimal: { level: "MINIMAL", budget: 1024 },
  low: { level: "LOW", budget: 1024 },
  medium: { level: "MEDIUM", budget: 8192 },
  high: { level: "HIGH", budget: 24576 },
  xhigh: { level: "HIGH", budget: 32768 },
  max: { level: "HIGH", budget: 32768 },
} as const satisfies Record<ReasoningEffort, { level: ThinkingLevel; budget: number }>;

/** When a model lacks a level: the next one up, else the next one down (MINIMAL → LOW as Google's endpoint does). */
export const THINKING_LEVEL_ORDER = ["MINIMAL", "LOW", "MEDIUM", "HIGH"] as const satisfies readonly ThinkingLevel[];

/** A level's budget on a budget model: the effort table's budget of the effort with that level. */
export const BUDGET_BY_LEVEL = {
  MINIMAL: REASONING_EFFORT_TABLE.minimal.budget,
  LOW: REASONING_EFFORT_TABLE.low.budget,
  MEDIUM: REASONING_EFFORT_TABLE.medium.budget,
  HIGH: REASONING_EFFORT_TABLE.high.budget,
} as const satisfies Record<ThinkingLevel, number>;

/**
 * `thinkingLevel` → `reasoning_effort`: the inverse of `REASONING_EFFORT_TABLE`'s level column (tested as its
 * inverse: the forward row of each value here has that level).
 * MINIMAL is claimed by both `none` and `minimal`; the inverse picks `minimal`, because Gemini's MINIMAL does not
 * switch thinking off (https://ai.google.dev/api/generate-content#generationconfig) and OpenAI's `none` does. HIGH is claimed by `high`, `xhigh`, `max`: → `high`.
 */
export const EFFORT_BY_THINKING_LEVEL = {
  MINIMAL: "minimal",
  LOW: "low",
  MEDIUM: "medium",
  HIGH: "high",
} as const satisfies Record<(typeof REASONING_EFFORT_TABLE)[ReasoningEffort]["level"], ReasoningEffort>;
