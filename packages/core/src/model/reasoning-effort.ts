import type { ModelCapabilities, ThinkingLevel } from "./model-capabilities";

/** OpenAI `reasoning_effort` values (openai-openapi ReasoningEffort, plus `max` seen on newer models). */
export type ReasoningEffort = "none" | "minimal" | "low" | "medium" | "high" | "xhigh" | "max";

/**
 * The one reasoning_effort table: Gemini 3 models get `thinkingLevel`, Gemini 2.5 models `thinkingBudget`,
 * never both (Google answers 400 to both, https://ai.google.dev/gemini-api/docs/thought-signatures). Budgets follow Google's own compatibility layer
 * (low 1024, medium 8192, high 24576, https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview, https://ai.google.dev/gemini-api/docs/openai); `xhigh`/`max` ask for the model's ceiling.
 * Gemini 3 cannot switch thinking off, so `none` is the lowest level (with a warning).
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
const LEVEL_ORDER = ["MINIMAL", "LOW", "MEDIUM", "HIGH"] as const satisfies readonly ThinkingLevel[];

export type ThinkingFromEffort =
  | { thinkingConfig: { thinkingLevel: ThinkingLevel } | { thinkingBudget: number }; note?: string }
  | { thinkingConfig: undefined; note: string };

export function isReasoningEffort(value: string): value is ReasoningEffort {
  return Object.hasOwn(REASONING_EFFORT_TABLE, value);
}

/** Resolves one effort for one model; `note` explains any approximation (it becomes a warning). */
export function thinkingFromReasoningEffort(effort: ReasoningEffort, capabilities: ModelCapabilities): ThinkingFromEffort {
  const row = REASONING_EFFORT_TABLE[effort];
  const thinking = capabilities.thinking;
  if (thinking.style === "none") {
    return { thinkingConfig: undefined, note: `model family ${capabilities.family} has no thinking control` };
  }
  if (thinking.style === "budget") {
    const budget = Math.min(Math.max(row.budget, thinking.min), thinking.max);
    if (budget === row.budget) return { thinkingConfig: { thinkingBudget: budget } };
    return {
      thinkingConfig: { thinkingBudget: budget },
      note: `thinking budget ${row.budget} is outside this model's range [${thinking.min}, ${thinking.max}]; sent ${budget}`,
    };
  }
  const level = nearestLevel(row.level, thinking.levels);
  const notes: string[] = [];
  if (effort === "none") notes.push("Gemini 3 models cannot switch thinking off; sent the lowest level");
  if (level !== row.level) notes.push(`this model has no thinking level ${row.level}; sent ${level}`);
  return notes.length === 0
    ? { thinkingConfig: { thinkingLevel: level } }
    : { thinkingConfig: { thinkingLevel: level }, note: notes.join("; ") };
}

function nearestLevel(wanted: ThinkingLevel, available: readonly ThinkingLevel[]): ThinkingLevel {
  if (available.includes(wanted) || available.length === 0) return wanted;
  const start = LEVEL_ORDER.indexOf(wanted);
  for (let i = start + 1; i < LEVEL_ORDER.length; i++) {
    const level = LEVEL_ORDER[i];
    if (level !== undefined && available.includes(level)) return level;
  }
  for (let i = start - 1; i >= 0; i--) {
    const level = LEVEL_ORDER[i];
    if (level !== undefined && available.includes(level)) return level;
  }
  return wanted;
}
