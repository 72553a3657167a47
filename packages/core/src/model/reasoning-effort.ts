import type { ModelCapabilities, ThinkingCapability, ThinkingLevel } from "./model-capabilities";
import { type ReasoningEffort, REASONING_EFFORT_TABLE, THINKING_LEVEL_ORDER } from "../tables/reasoning-effort";

export type ThinkingFromEffort =
  | { thinkingConfig: { thinkingLevel: ThinkingLevel } | { thinkingBudget: number }; note?: string }
  | { thinkingConfig: undefined; note: string };

/** A value sent, with the reason when it is not the one asked for. */
export interface Fitted<T> {
  value: T;
  note?: string;
}

export function isReasoningEffort(value: string): value is ReasoningEffort {
  return Object.hasOwn(REASONING_EFFORT_TABLE, value);
}

export function isThinkingLevel(value: string): value is ThinkingLevel {
  return (THINKING_LEVEL_ORDER as readonly string[]).includes(value);
}

/** Resolves one effort for one model; `note` explains any approximation (it becomes a warning). */
export function thinkingFromReasoningEffort(effort: ReasoningEffort, capabilities: ModelCapabilities): ThinkingFromEffort {
  const row = REASONING_EFFORT_TABLE[effort];
  const thinking = capabilities.thinking;
  if (thinking.style === "none") {
    return { thinkingConfig: undefined, note: `model family ${capabilities.family} has no thinking control` };
  }
  if (thinking.style === "budget") {
    const fitted = fitThinkingBudget(row.budget, thinking);
    return withNote({ thinkingBudget: fitted.value }, fitted.note);
  }
  const fitted = fitThinkingLevel(row.level, thinking);
  const notes = [effort === "none" ? "Gemini 3 models cannot switch thinking off; sent the lowest level" : undefined, fitted.note];
  return withNote({ thinkingLevel: fitted.value }, joinNotes(notes));
}

/**
 * A budget the model accepts: `-1` (dynamic) as is; `0` where thinking can be switched off, else the minimum;
 * anything else clamped into [min, max] (2.5 Flash-Lite's 1–511 become 512, https://ai.google.dev/gemini-api/docs/thinking).
 */
export function fitThinkingBudget(budget: number, thinking: Extract<ThinkingCapability, { style: "budget" }>): Fitted<number> {
  if (budget === -1) return { value: budget };
  if (budget === 0) {
    if (thinking.off) return { value: 0 };
    return { value: thinking.min, note: `this model cannot switch thinking off; sent its minimum budget ${thinking.min}` };
  }
  const value = Math.min(Math.max(budget, thinking.min), thinking.max);
  if (value === budget) return { value };
  return { value, note: `thinking budget ${budget} is outside this model's range [${thinking.min}, ${thinking.max}]; sent ${value}` };
}

/** A level the model accepts: the level itself, else the nearest one (up first) with a note. */
export function fitThinkingLevel(level: ThinkingLevel, thinking: Extract<ThinkingCapability, { style: "level" }>): Fitted<ThinkingLevel> {
  const value = nearestLevel(level, thinking.levels);
  return value === level ? { value } : { value, note: `this model has no thinking level ${level}; sent ${value}` };
}

function nearestLevel(wanted: ThinkingLevel, available: readonly ThinkingLevel[]): ThinkingLevel {
  if (available.includes(wanted) || available.length === 0) return wanted;
  const start = THINKING_LEVEL_ORDER.indexOf(wanted);
  for (let i = start + 1; i < THINKING_LEVEL_ORDER.length; i++) {
    const level = THINKING_LEVEL_ORDER[i];
    if (level !== undefined && available.includes(level)) return level;
  }
  for (let i = start - 1; i >= 0; i--) {
    const level = THINKING_LEVEL_ORDER[i];
    if (level !== undefined && available.includes(level)) return level;
  }
  return wanted;
}

function withNote<C extends { thinkingLevel: ThinkingLevel } | { thinkingBudget: number }>(config: C, note: string | undefined): ThinkingFromEffort {
  return note === undefined ? { thinkingConfig: config } : { thinkingConfig: config, note };
}

export function joinNotes(notes: ReadonlyArray<string | undefined>): string | undefined {
  const present = notes.filter((n): n is string => n !== undefined);
  return present.length === 0 ? undefined : present.join("; ");
}
