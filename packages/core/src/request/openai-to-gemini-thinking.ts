import type { ThinkingCapability } from "../model/model-capabilities";
import { fitThinkingBudget, fitThinkingLevel, isReasoningEffort, isThinkingLevel, thinkingFromReasoningEffort } from "../model/reasoning-effort";
import { BUDGET_BY_LEVEL, type ReasoningEffort } from "../tables/reasoning-effort";
import type { GeminiThinkingConfig } from "../wire/gemini";
import { STAGE } from "./openai-request-params";
import type { GoogleExtensions } from "./openai-to-gemini-google-extensions";
import { type RequestState, unsupported, warn } from "./openai-to-gemini-options";
import { expectBoolean, expectInteger, expectRecord, expectString, invalidParam, type JsonRecord, readOptional } from "./read-json";

/**
 * `reasoning_effort` (through the table in tables/reasoning-effort.ts) and `extra_body.google.thinking_config`
 * → `thinkingConfig`. Google's explicit settings win over `reasoning_effort` (Google answers 400 to both; we keep
 * the more specific one and warn). `thinkingLevel` and `thinkingBudget` together are a 400 (https://ai.google.dev/gemini-api/docs/thought-signatures).
 */
export function openaiThinkingToGemini(
  request: JsonRecord,
  google: GoogleExtensions,
  state: RequestState,
): GeminiThinkingConfig | undefined {
  const effortRaw = (state.stages & STAGE.thinking) === 0 ? undefined : readOptional(request, "reasoning_effort");
  const rawExplicit = google.values.thinking_config;
  if (effortRaw === undefined && (rawExplicit === undefined || rawExplicit === null)) return undefined;
  const explicit = explicitThinking(google, state);
  let config: GeminiThinkingConfig = {};
  if (effortRaw !== undefined) {
    const effort = expectString(effortRaw, "reasoning_effort");
    if (!isReasoningEffort(effort)) throw invalidParam("reasoning_effort", `Invalid value for 'reasoning_effort': '${effort}'.`);
    if (explicit.thinkingBudget !== undefined || explicit.thinkingLevel !== undefined) {
      unsupported(state, "reasoning_effort", "extra_body.google.thinking_config sets the thinking amount and wins");
    } else {
      const resolved = thinkingFromReasoningEffort(effort, state.capabilities);
      if (resolved.thinkingConfig === undefined) unsupported(state, "reasoning_effort", resolved.note);
      else {
        const notes = [resolved.note, collapsedEffortNote(effort, state.capabilities.thinking.style)].filter((n) => n !== undefined);
        if (notes.length > 0) warn(state, "reasoning_effort", "approximated", notes.join("; "));
        config = { ...resolved.thinkingConfig };
      }
    }
  }
  config = { ...config, ...explicit };
  return Object.keys(config).length === 0 ? undefined : config;
}

/**
 * Efforts the table sends the same way as a neighbour, so the model cannot tell them apart (docs/decisions/0086):
 * Gemini 3's top level is HIGH (`xhigh`/`max` get it too); the Gemini 2.5 budget table has no row between off
 * and `low`'s 1024 tokens, so `minimal` gets `low`'s budget (tables/reasoning-effort.ts).
 */
function collapsedEffortNote(effort: ReasoningEffort, style: ThinkingCapability["style"]): string | undefined {
  if (style === "level" && (effort === "xhigh" || effort === "max")) return `Gemini's highest thinking level is HIGH; '${effort}' sent as HIGH, the same as 'high'`;
  if (style === "budget" && effort === "minimal") return "Gemini 2.5 has no thinking budget step for 'minimal'; sent the budget of 'low'";
  return undefined;
}

function explicitThinking(google: GoogleExtensions, state: RequestState): GeminiThinkingConfig {
  const raw = google.values.thinking_config;
  if (raw === undefined || raw === null) return {};
  const path = google.pathOf("thinking_config");
  const record = expectRecord(raw, path);
  const out: GeminiThinkingConfig = {};
  const include = readOptional(record, "include_thoughts") ?? readOptional(record, "includeThoughts");
  if (include !== undefined) out.includeThoughts = expectBoolean(include, `${path}.include_thoughts`);
  const budget = readOptional(record, "thinking_budget") ?? readOptional(record, "thinkingBudget");
  if (budget !== undefined) {
    out.thinkingBudget = expectInteger(budget, `${path}.thinking_budget`);
    if (out.thinkingBudget < -1) {
      throw invalidParam(`${path}.thinking_budget`, `'${path}.thinking_budget' must be -1 (dynamic), 0 (off) or a positive token count.`);
    }
  }
  const level = readOptional(record, "thinking_level") ?? readOptional(record, "thinkingLevel");
  if (level !== undefined) {
    const upper = expectString(level, `${path}.thinking_level`).toUpperCase();
    if (!isThinkingLevel(upper) && upper !== "THINKING_LEVEL_UNSPECIFIED") {
      throw invalidParam(`${path}.thinking_level`, `Invalid value for '${path}.thinking_level': '${upper}'; expected minimal, low, medium or high.`);
    }
    out.thinkingLevel = upper;
  }
  if (out.thinkingBudget !== undefined && out.thinkingLevel !== undefined) {
    throw invalidParam(path, `'${path}' sets both thinking_level and thinking_budget; Gemini accepts only one.`);
  }
  return fitExplicit(out, path, state);
}

/**
 * Google's explicit settings, made acceptable to the model through its capability row: budgets clamped into the
 * model's range, levels it lacks moved to the nearest one, a level on a budget model sent as that level's budget,
 * amounts dropped on models without thinking control. Every change is a warning at the field's path.
 */
function fitExplicit(config: GeminiThinkingConfig, path: string, state: RequestState): GeminiThinkingConfig {
  const thinking = state.capabilities.thinking;
  const { thinkingBudget: budget, thinkingLevel: level, ...rest } = config;
  const family = state.capabilities.family;
  if (thinking.style === "none") {
    if (budget !== undefined) unsupported(state, `${path}.thinking_budget`, `model family ${family} has no thinking control`);
    if (level !== undefined) unsupported(state, `${path}.thinking_level`, `model family ${family} has no thinking control`);
    return rest;
  }
  if (thinking.style === "budget") {
    if (budget !== undefined) {
      const fitted = fitThinkingBudget(budget, thinking);
      if (fitted.note !== undefined) warn(state, `${path}.thinking_budget`, "approximated", fitted.note);
      return { ...rest, thinkingBudget: fitted.value };
    }
    if (level !== undefined && isThinkingLevel(level)) {
      const fitted = fitThinkingBudget(BUDGET_BY_LEVEL[level], thinking);
      const note = `model family ${family} takes a thinking budget, not a level; ${level} sent as thinkingBudget ${fitted.value}`;
      warn(state, `${path}.thinking_level`, "approximated", note);
      return { ...rest, thinkingBudget: fitted.value };
    }
    return rest;
  }
  if (level !== undefined && isThinkingLevel(level)) {
    const fitted = fitThinkingLevel(level, thinking);
    if (fitted.note !== undefined) warn(state, `${path}.thinking_level`, "approximated", fitted.note);
    return { ...rest, thinkingLevel: fitted.value };
  }
  // Gemini 3 still accepts thinkingBudget for backwards compatibility (https://ai.google.dev/gemini-api/docs/gemini-3).
  return config;
}
