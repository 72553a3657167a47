import type { ThinkingCapability } from "../model/model-capabilities";
import { isReasoningEffort, type ReasoningEffort, thinkingFromReasoningEffort } from "../model/reasoning-effort";
import type { GeminiThinkingConfig } from "../wire/gemini";
import type { GoogleExtensions } from "./openai-to-gemini-google-extensions";
import { type RequestState, unsupported, warn } from "./openai-to-gemini-options";
import { expectBoolean, expectInteger, expectRecord, expectString, invalidParam, type JsonRecord, readOptional } from "./read-json";

/**
 * `reasoning_effort` (through the table in model/reasoning-effort.ts) and `extra_body.google.thinking_config`
 * → `thinkingConfig`. Google's explicit settings win over `reasoning_effort` (Google answers 400 to both; we keep
 * the more specific one and warn). `thinkingLevel` and `thinkingBudget` together are a 400 (https://ai.google.dev/gemini-api/docs/thought-signatures).
 */
export function openaiThinkingToGemini(
  request: JsonRecord,
  google: GoogleExtensions,
  state: RequestState,
): GeminiThinkingConfig | undefined {
  const explicit = explicitThinking(google);
  const effortRaw = readOptional(request, "reasoning_effort");
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
 * and `low`'s 1024 tokens, so `minimal` gets `low`'s budget (model/reasoning-effort.ts).
 */
function collapsedEffortNote(effort: ReasoningEffort, style: ThinkingCapability["style"]): string | undefined {
  if (style === "level" && (effort === "xhigh" || effort === "max")) return `Gemini's highest thinking level is HIGH; '${effort}' sent as HIGH, the same as 'high'`;
  if (style === "budget" && effort === "minimal") return "Gemini 2.5 has no thinking budget step for 'minimal'; sent the budget of 'low'";
  return undefined;
}

function explicitThinking(google: GoogleExtensions): GeminiThinkingConfig {
  const raw = google.values.thinking_config;
  if (raw === undefined || raw === null) return {};
  const path = google.pathOf("thinking_config");
  const record = expectRecord(raw, path);
  const out: GeminiThinkingConfig = {};
  const include = readOptional(record, "include_thoughts") ?? readOptional(record, "includeThoughts");
  if (include !== undefined) out.includeThoughts = expectBoolean(include, `${path}.include_thoughts`);
  const budget = readOptional(record, "thinking_budget") ?? readOptional(record, "thinkingBudget");
  if (budget !== undefined) out.thinkingBudget = expectInteger(budget, `${path}.thinking_budget`);
  const level = readOptional(record, "thinking_level") ?? readOptional(record, "thinkingLevel");
  if (level !== undefined) out.thinkingLevel = expectString(level, `${path}.thinking_level`).toUpperCase();
  if (out.thinkingBudget !== undefined && out.thinkingLevel !== undefined) {
    throw invalidParam(path, `'${path}' sets both thinking_level and thinking_budget; Gemini accepts only one.`);
  }
  return out;
}
