/**
 * What gembridge needs to know about a Gemini model to build a valid request: how thinking is controlled,
 * whether Gemini 3 thought-signature validation applies, whether parts may carry their own `mediaResolution`,
 * and which schema dialect tools should use. One table, matched by model-name prefix (longest prefix wins);
 * a caller can override any field through `options.capabilities`. Sources: https://ai.google.dev/api/generate-content#generationconfig, §6.4, §7 and
 * Google's thinking guides (docs/readme/request.md prints this table).
 */

/** Gemini 3 thinking levels, as the API spells them. */
export type ThinkingLevel = "MINIMAL" | "LOW" | "MEDIUM" | "HIGH";

export type ThinkingCapability =
  /** No thinking: `thinkingConfig` is rejected by the model (Gemini 2.0, 1.5, Gemma). */
  | { style: "none" }
  /** Gemini 2.5: a token budget; `min` 0 means thinking can be switched off; `-1` is dynamic. */
  | { style: "budget"; min: number; max: number }
  /** Gemini 3: named levels; the subset varies per model (3 Pro has no MINIMAL or MEDIUM). */
  | { style: "level"; levels: readonly ThinkingLevel[] };

export interface ModelCapabilities {
  /** Family label used in docs and warnings, e.g. `gemini-3`, `gemini-2.5`. */
  family: string;
  thinking: ThinkingCapability;
  /** Gemini 3 validates thought signatures on current-turn function calls (https://ai.google.dev/gemini-api/docs/thought-signatures). */
  requiresThoughtSignatures: boolean;
  /** Per-part `mediaResolution` (Gemini 3); older models only take the request-level setting. */
  partMediaResolution: boolean;
  /** `functionResponse.parts` (images/files returned by a function) — Gemini 3+; older models get sibling parts. */
  multimodalFunctionResponses: boolean;
}

const ALL_LEVELS = ["MINIMAL", "LOW", "MEDIUM", "HIGH"] as const satisfies readonly ThinkingLevel[];

const GEMINI_3 = {
  family: "gemini-3",
  thinking: { style: "level", levels: ALL_LEVELS },
  requiresThoughtSignatures: true,
  partMediaResolution: true,
  multimodalFunctionResponses: true,
} as const satisfies ModelCapabilities;

const NO_THINKING = {
  family: "gemini-legacy",
  thinking: { style: "none" },
  requiresThoughtSignatures: false,
  partMediaResolution: false,
  multimodalFunctionResponses: false,
} as const satisfies ModelCapabilities;

/** Prefix → capabilities. Keys are matched against the bare model id (`gemini-3-pro-preview`). */
export const MODEL_CAPABILITIES = {
  "gemini-3": GEMINI_3,
  "gemini-3-pro": { ...GEMINI_3, thinking: { style: "level", levels: ["LOW", "HIGH"] } },
  "gemini-3.1-pro": { ...GEMINI_3, thinking: { style: "level", levels: ["LOW", "MEDIUM", "HIGH"] } },
  "gemini-3-flash": GEMINI_3,
  "gemini-3.1-flash": GEMINI_3,
  "gemini-2.5-pro": {
    family: "gemini-2.5",
    thinking: { style: "budget", min: 128, max: 32768 },
    requiresThoughtSignatures: false,
    partMediaResolution: false,
    multimodalFunctionResponses: false,
  },
  "gemini-2.5-flash": {
    family: "gemini-2.5",
    thinking: { style: "budget", min: 0, max: 24576 },
    requiresThoughtSignatures: false,
    partMediaResolution: false,
    multimodalFunctionResponses: false,
  },
  "gemini-2.5-flash-lite": {
    family: "gemini-2.5",
    thinking: { style: "budget", min: 0, max: 24576 },
    requiresThoughtSignatures: false,
    partMediaResolution: false,
    multimodalFunctionResponses: false,
  },
  "gemini-2.0": NO_THINKING,
  "gemini-1.5": NO_THINKING,
  gemma: { ...NO_THINKING, family: "gemma" },
} as const satisfies Record<string, ModelCapabilities>;

/**
 * Models we do not know (tuned models, endpoints, other vendors' names such as `gpt-4o` in recorded client
 * requests): assume the current generation's controls (`thinkingLevel`) but do not inject signature bypass
 * values and keep media resolution at request level, which every multimodal model accepts.
 */
export const UNKNOWN_MODEL_CAPABILITIES = {
  family: "unknown",
  thinking: { style: "level", levels: ALL_LEVELS },
  requiresThoughtSignatures: false,
  partMediaResolution: false,
  multimodalFunctionResponses: true,
} as const satisfies ModelCapabilities;

/** The bare model id of a model name or resource path: `projects/p/…/models/gemini-3-pro` → `gemini-3-pro`. */
export function bareModelId(model: string): string {
  const slash = model.lastIndexOf("/");
  return (slash === -1 ? model : model.slice(slash + 1)).toLowerCase();
}

/** Table rows computed once, longest prefix first, so the first match is the best one. */
const ROWS: ReadonlyArray<readonly [string, ModelCapabilities]> = Object.entries(MODEL_CAPABILITIES).sort(
  (a, b) => b[0].length - a[0].length,
);

/** `id` is `prefix`, or `prefix` followed by `-` or `.` (so `gemini-30` does not match `gemini-3`). */
function matchesPrefix(id: string, prefix: string): boolean {
  if (!id.startsWith(prefix)) return false;
  if (id.length === prefix.length) return true;
  const next = id.charCodeAt(prefix.length);
  return next === 45 /* - */ || next === 46 /* . */;
}

/** Lookups by model string; bounded because model names come from clients (cleared when full, no LRU needed). */
const CACHE = new Map<string, ModelCapabilities>();
const CACHE_LIMIT = 64;

function lookup(model: string): ModelCapabilities {
  const cached = CACHE.get(model);
  if (cached !== undefined) return cached;
  const id = bareModelId(model);
  let best: ModelCapabilities = UNKNOWN_MODEL_CAPABILITIES;
  for (const [prefix, capabilities] of ROWS) {
    if (matchesPrefix(id, prefix)) {
      best = capabilities;
      break;
    }
  }
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(model, best);
  return best;
}

/** Capabilities for a model name (any form `openaiToGeminiRequest` accepts), merged with an override. */
export function modelCapabilities(model: string, override?: Partial<ModelCapabilities>): ModelCapabilities {
  const best = lookup(model);
  return override === undefined ? best : { ...best, ...override };
}
