/**
 * The runtime view of the model table (tables/model-capabilities.ts): the values without their sources, looked up
 * by model name. A caller can override any field through `options.capabilities`.
 */
import {
  type MediaLevel,
  MODEL_TABLE,
  type ModelPrefix,
  type ModelRow,
  type ThinkingCapability,
  type ThinkingLevel,
  UNKNOWN_MODEL_ROW,
} from "../tables/model-capabilities";
import { boundedMemo } from "../shared/bounded-memo";

export type { MediaLevel, ThinkingCapability, ThinkingLevel };

export interface ModelCapabilities {
  /** Family label used in docs and warnings, e.g. `gemini-3`, `gemini-2.5`; `unknown` when no row matched. */
  family: string;
  thinking: ThinkingCapability;
  /** Gemini 3 validates thought signatures on current-turn function calls (https://ai.google.dev/gemini-api/docs/thought-signatures). */
  requiresThoughtSignatures: boolean;
  /** Per-part `mediaResolution` (Gemini 3); older models only take the request-level setting. */
  partMediaResolution: boolean;
  /** `mediaResolution` levels the model accepts (ULTRA_HIGH: Gemini 3, per part). */
  mediaResolutionLevels: readonly MediaLevel[];
  /** `functionResponse.parts` (images/files returned by a function) — Gemini 3+; older models get sibling parts. */
  multimodalFunctionResponses: boolean;
  imageOutput: boolean;
  /** `cachedContent` is accepted. */
  explicitCaching: boolean;
  /** Where `streamFunctionCallArguments` is accepted. */
  streamFunctionCallArguments: "vertex" | "no";
}

/** How a model name was matched: a row naming it, a generation's row lent to it, or nothing. */
export type ModelMatch = { kind: "model" | "family"; prefix: ModelPrefix } | { kind: "none" };

function runtime(row: Omit<ModelRow, "kind">): ModelCapabilities {
  return {
    family: row.family,
    thinking: row.thinking.value,
    requiresThoughtSignatures: row.thoughtSignatures.value,
    partMediaResolution: row.mediaResolution.value.perPart,
    mediaResolutionLevels: row.mediaResolution.value.levels,
    multimodalFunctionResponses: row.multimodalFunctionResponses.value,
    imageOutput: row.imageOutput.value,
    explicitCaching: row.explicitCaching.value,
    streamFunctionCallArguments: row.streamFunctionCallArguments.value,
  };
}

/** Prefix → capabilities, derived from MODEL_TABLE. Keys are matched against the bare model id. */
export const MODEL_CAPABILITIES = Object.fromEntries(
  Object.entries(MODEL_TABLE).map(([prefix, row]) => [prefix, Object.freeze(runtime(row))]),
) as Readonly<Record<ModelPrefix, ModelCapabilities>>;

export const UNKNOWN_MODEL_CAPABILITIES: ModelCapabilities = Object.freeze(runtime(UNKNOWN_MODEL_ROW));

/** The bare model id of a model name or resource path: `projects/p/…/models/gemini-3-pro` → `gemini-3-pro`. */
export function bareModelId(model: string): string {
  const slash = model.lastIndexOf("/");
  return (slash === -1 ? model : model.slice(slash + 1)).toLowerCase();
}

/** Table rows computed once, longest prefix first, so the first match is the best one. */
const ROWS: ReadonlyArray<readonly [ModelPrefix, ModelRow]> = (Object.entries(MODEL_TABLE) as Array<[ModelPrefix, ModelRow]>).sort(
  (a, b) => b[0].length - a[0].length,
);

/** `id` is `prefix`, or `prefix` followed by `-` or `.` (so `gemini-30` does not match `gemini-3`). */
function matchesPrefix(id: string, prefix: string): boolean {
  if (!id.startsWith(prefix)) return false;
  if (id.length === prefix.length) return true;
  const next = id.charCodeAt(prefix.length);
  return next === 45 /* - */ || next === 46 /* . */;
}

interface Lookup {
  readonly capabilities: ModelCapabilities;
  readonly match: ModelMatch;
}

const NO_MATCH: Lookup = { capabilities: UNKNOWN_MODEL_CAPABILITIES, match: { kind: "none" } };

/** Lookups by model string; bounded because model names come from clients. */
const lookup = boundedMemo(64, (model: string): Lookup => {
  const id = bareModelId(model);
  for (const [prefix, row] of ROWS) {
    if (matchesPrefix(id, prefix)) return { capabilities: MODEL_CAPABILITIES[prefix], match: { kind: row.kind, prefix } };
  }
  return NO_MATCH;
});

/** Capabilities for a model name (any form `openaiToGeminiRequest` accepts), merged with an override. */
export function modelCapabilities(model: string, override?: Partial<ModelCapabilities>): ModelCapabilities {
  const best = lookup(model).capabilities;
  return override === undefined ? best : { ...best, ...override };
}

/** Which table row a model name matched (for the `unknown_model` warning and the conformance kit). */
export function modelMatch(model: string): ModelMatch {
  return lookup(model).match;
}
