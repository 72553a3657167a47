import { isReasoningEffort, thinkingFromReasoningEffort } from "../model/reasoning-effort";
import type { GeminiThinkingConfig } from "../wire/gemini";
import type { GoogleExtensions } from "./openai-to-gemini-google-extensions";
import { type RequestState, unsupported, warn } from "./openai-to-gemini-options";
import { expectBoolean, expectInteger, expectRecord, expectString, invalidParam, type JsonRecord, readOptional } from "./read-json";

/**
 * `reasoning_effort` (through the table in model/reasoning-effort.ts) and `extra_body.google.thinking_config`
 * → `thinkingConfig`. Google's explicit settings win over `reasoning_effort` (Google answers 400 to both; we keep
 * the more specific one and warn). `thinkingLevel` and `thinkingBudget` together are a 400 (SPEC-DIGEST §7.9).
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
      if (resolved.note !== undefined) {
        if (resolved.thinkingConfig === undefined) unsupported(state, "reasoning_effort", resolved.note);
        else warn(state, "reasoning_effort", "approximated", resolved.note);
      }
      if (resolved.thinkingConfig !== undefined) config = { ...resolved.thinkingConfig };
    }
  }
  config = { ...config, ...explicit };
  return Object.keys(config).length === 0 ? undefined : config;
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
