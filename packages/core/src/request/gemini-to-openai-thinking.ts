import type { GeminiThinkingConfig } from "../wire/gemini";
import { REASONING_EFFORT_TABLE, type ReasoningEffort, EFFORT_BY_THINKING_LEVEL } from "../tables/reasoning-effort";

/**
 * `thinkingBudget` → `reasoning_effort` by the table's budget column: 0 → `none`, otherwise the smallest effort
 * whose budget is at least the requested one (so 1024 → `low`, 8192 → `medium`, 24576 → `high`, above → `xhigh`).
 * `-1` (dynamic) → no effort: the backend's default is the closest thing to "let the model decide".
 */
export function effortForBudget(budget: number): ReasoningEffort | undefined {
  if (budget < 0) return undefined;
  if (budget === 0) return "none";
  const ladder = (["low", "medium", "high", "xhigh"] as const).map((effort) => [effort, REASONING_EFFORT_TABLE[effort].budget] as const);
  for (const [effort, ceiling] of ladder) if (budget <= ceiling) return effort;
  return "xhigh";
}

/** The effort a Gemini thinking config asks for, and whether it was exact (a budget between rows is rounded up). */
export function effortForThinkingConfig(config: GeminiThinkingConfig): { effort: ReasoningEffort; exact: boolean } | undefined {
  const level = config.thinkingLevel;
  if (level !== undefined && level !== "THINKING_LEVEL_UNSPECIFIED") {
    const effort = (EFFORT_BY_THINKING_LEVEL as Record<string, ReasoningEffort>)[level];
    return effort === undefined ? undefined : { effort, exact: true };
  }
  if (config.thinkingBudget === undefined) return undefined;
  const effort = effortForBudget(config.thinkingBudget);
  if (effort === undefined) return undefined;
  const exact = config.thinkingBudget === 0 || REASONING_EFFORT_TABLE[effort].budget === config.thinkingBudget;
  return { effort, exact };
}
