/**
 * What Google documents per Gemini model: thinking controls, thought-signature validation, media resolution,
 * multimodal function responses, image output, explicit caching and streamed function-call arguments. Data only,
 * each fact with the public page it comes from and the date it was compared against that page; `note` marks a fact
 * we could not confirm on that page (an inference, kept visible rather than silent). The runtime view
 * (`modelCapabilities`, model/model-capabilities.ts) and the README table (scripts/render-tables.ts) are both
 * derived from this one table, so they cannot disagree.
 *
 * Keys are model-id prefixes (longest prefix wins). `kind: "family"` rows hold a generation's facts for models the
 * table does not list by name (`gemini-3.5-flash` gets `gemini-3`'s); a request for such a model gets an
 * `unknown_model` warning naming the row it borrowed from.
 */

/** Gemini 3 thinking levels, as the API spells them. */
export type ThinkingLevel = "MINIMAL" | "LOW" | "MEDIUM" | "HIGH";

/** `mediaResolution` levels without the `MEDIA_RESOLUTION_` prefix. */
export type MediaLevel = "LOW" | "MEDIUM" | "HIGH" | "ULTRA_HIGH";

export type ThinkingCapability =
  /** No thinking control: `thinkingConfig` amounts are not sent (Gemini 2.0, 1.5, Gemma, image models). */
  | { style: "none" }
  /**
   * Gemini 2.5: a token budget in [`min`, `max`]; `off` = `0` switches thinking off; `-1` (dynamic) is accepted by
   * every budget model; `thinksByDefault` false = the model does not think unless given a budget (2.5 Flash-Lite).
   */
  | { style: "budget"; min: number; max: number; off: boolean; thinksByDefault: boolean }
  /** Gemini 3: named levels; the subset varies per model; `default` is what the model uses when none is sent. */
  | { style: "level"; levels: readonly ThinkingLevel[]; default: ThinkingLevel };

/** One documented fact: its value, the page it is from, the date it was checked, and a note when it is inferred. */
export interface Sourced<T> {
  readonly value: T;
  readonly source: string;
  readonly checked: string;
  readonly note?: string;
}

export interface ModelRow {
  /** `model`: facts for the models this prefix names; `family`: a generation's facts lent to unlisted models. */
  readonly kind: "model" | "family";
  /** Family label used in warnings and docs (`gemini-3`, `gemini-2.5`, …). */
  readonly family: string;
  readonly thinking: Sourced<ThinkingCapability>;
  /** Gemini answers 400 to current-turn function calls (and, for image models, image parts) without signatures. */
  readonly thoughtSignatures: Sourced<boolean>;
  /** Accepted levels; `perPart` = each part may carry its own `mediaResolution` (Gemini 3), else request level only. */
  readonly mediaResolution: Sourced<{ readonly levels: readonly MediaLevel[]; readonly perPart: boolean }>;
  /** `functionResponse.parts` (images/files returned by a function); older models get sibling parts. */
  readonly multimodalFunctionResponses: Sourced<boolean>;
  /** The model can answer with images (`responseModalities: ["TEXT","IMAGE"]`). */
  readonly imageOutput: Sourced<boolean>;
  /** `cachedContent` (explicit context caching) is accepted. */
  readonly explicitCaching: Sourced<boolean>;
  /** `toolConfig.functionCallingConfig.streamFunctionCallArguments`: where it is accepted. */
  readonly streamFunctionCallArguments: Sourced<"vertex" | "no">;
}

export const CHECKED = "2026-12-06";
const THINKING = "https://ai.google.dev/gemini-api/docs/thinking";
const GEMINI_3 = "https://ai.google.dev/gemini-api/docs/gemini-3";
const SIGNATURES = "https://ai.google.dev/gemini-api/docs/thought-signatures";
const MEDIA = "https://ai.google.dev/gemini-api/docs/media-resolution";
const FUNCTION_CALLING = "https://ai.google.dev/gemini-api/docs/function-calling";
const IMAGE = "https://ai.google.dev/gemini-api/docs/image-generation";
const MODELS = "https://ai.google.dev/gemini-api/docs/models";
const CACHING = "https://ai.google.dev/gemini-api/docs/caching";
const STREAM_FC = "https://cloud.google.com/vertex-ai/generative-ai/docs/multimodal/function-calling#streaming-fc";

const fact = <T>(value: T, source: string, note?: string): Sourced<T> =>
  note === undefined ? { value, source, checked: CHECKED } : { value, source, checked: CHECKED, note };

const G3_MEDIA = fact({ levels: ["LOW", "MEDIUM", "HIGH", "ULTRA_HIGH"] as const, perPart: true }, MEDIA);
const LEGACY_MEDIA = fact({ levels: ["LOW", "MEDIUM", "HIGH"] as const, perPart: false }, MEDIA);
const levels = (list: readonly ThinkingLevel[], note?: string) =>
  fact<ThinkingCapability>({ style: "level", levels: list, default: "HIGH" }, GEMINI_3, note);

const GEMINI_3_ROW = {
  kind: "model",
  family: "gemini-3",
  thinking: levels(["MINIMAL", "LOW", "MEDIUM", "HIGH"]),
  thoughtSignatures: fact(true, SIGNATURES),
  mediaResolution: G3_MEDIA,
  multimodalFunctionResponses: fact(true, FUNCTION_CALLING),
  imageOutput: fact(false, MODELS),
  explicitCaching: fact(true, CACHING),
  streamFunctionCallArguments: fact("vertex", STREAM_FC),
} as const satisfies ModelRow;

const GEMINI_25_ROW = {
  kind: "model",
  family: "gemini-2.5",
  thinking: fact<ThinkingCapability>({ style: "budget", min: 1, max: 24576, off: true, thinksByDefault: true }, THINKING),
  thoughtSignatures: fact(false, SIGNATURES),
  mediaResolution: LEGACY_MEDIA,
  multimodalFunctionResponses: fact(false, FUNCTION_CALLING),
  imageOutput: fact(false, MODELS),
  explicitCaching: fact(true, CACHING),
  streamFunctionCallArguments: fact("no", STREAM_FC),
} as const satisfies ModelRow;

const NO_THINKING_ROW = {
  ...GEMINI_25_ROW,
  family: "gemini-2.0",
  thinking: fact<ThinkingCapability>({ style: "none" }, THINKING),
} as const satisfies ModelRow;

/**
 * A Gemini 3 image model (Nano Banana Pro / 2): signatures validated as on Gemini 3, images out, no thinking control,
 * request-level media resolution, no explicit caching or streamed arguments; `notes` say which facts are inferred.
 */
function gemini3ImageRow(notes: { thinking: string; media: string; caching: string }) {
  return {
    ...GEMINI_3_ROW,
    thinking: fact<ThinkingCapability>({ style: "none" }, IMAGE, notes.thinking),
    mediaResolution: fact({ levels: ["LOW", "MEDIUM", "HIGH"] as const, perPart: false }, MEDIA, notes.media),
    imageOutput: fact(true, IMAGE),
    explicitCaching: fact(false, MODELS, notes.caching),
    streamFunctionCallArguments: fact<"vertex" | "no">("no", STREAM_FC),
  } as const satisfies ModelRow;
}

/** Prefix → facts, matched against the bare model id (`gemini-3-pro-preview`); longest prefix wins. */
export const MODEL_TABLE = {
  "gemini-3": { ...GEMINI_3_ROW, kind: "family" },
  "gemini-3-pro": { ...GEMINI_3_ROW, thinking: levels(["LOW", "HIGH"]) },
  "gemini-3-pro-image": gemini3ImageRow({
    thinking: "thinks by default; the image-generation guide documents no thinking level to set (not confirmed)",
    media: "per-part and ULTRA_HIGH resolution not documented for image models (not confirmed)",
    caching: "the model page lists caching as not supported for image models",
  }),
  "gemini-3-flash": GEMINI_3_ROW,
  "gemini-3.1-pro": { ...GEMINI_3_ROW, thinking: levels(["LOW", "MEDIUM", "HIGH"]) },
  "gemini-3.1-flash": GEMINI_3_ROW,
  "gemini-3.1-flash-lite": { ...GEMINI_3_ROW, thinking: levels(["MINIMAL", "LOW", "MEDIUM", "HIGH"], "levels assumed as Gemini 3 Flash's (not confirmed)") },
  "gemini-3.1-flash-image": gemini3ImageRow({
    thinking: "as Gemini 3 Pro Image: no documented thinking level (not confirmed)",
    media: "as Gemini 3 Pro Image (not confirmed)",
    caching: "as Gemini 3 Pro Image (not confirmed)",
  }),
  "gemini-2.5": { ...GEMINI_25_ROW, kind: "family" },
  "gemini-2.5-pro": {
    ...GEMINI_25_ROW,
    thinking: fact({ style: "budget", min: 128, max: 32768, off: false, thinksByDefault: true }, THINKING),
  },
  "gemini-2.5-flash": GEMINI_25_ROW,
  "gemini-2.5-flash-lite": {
    ...GEMINI_25_ROW,
    thinking: fact({ style: "budget", min: 512, max: 24576, off: true, thinksByDefault: false }, THINKING),
  },
  "gemini-2.5-flash-image": {
    ...GEMINI_25_ROW,
    thinking: fact({ style: "none" }, IMAGE),
    imageOutput: fact(true, IMAGE),
    explicitCaching: fact(false, MODELS, "the model page lists caching as not supported"),
  },
  "gemini-2.0": { ...NO_THINKING_ROW, kind: "family" },
  "gemini-2.0-flash": NO_THINKING_ROW,
  "gemini-1.5": { ...NO_THINKING_ROW, family: "gemini-1.5" },
  gemma: {
    ...NO_THINKING_ROW,
    family: "gemma",
    explicitCaching: fact(false, CACHING, "open models are not listed on the caching page"),
  },
} as const satisfies Record<string, ModelRow>;

export type ModelPrefix = keyof typeof MODEL_TABLE;

/**
 * Models no row matches (tuned models, endpoints, other vendors' names such as `gpt-4o` in recorded client
 * requests): the current generation's controls (`thinkingLevel`, every level) but no signature bypass values and
 * media resolution at request level, which every multimodal model accepts. Shown as "anything else" in the README.
 */
export const UNKNOWN_MODEL_ROW = {
  ...GEMINI_3_ROW,
  family: "unknown",
  thinking: fact({ style: "level", levels: ["MINIMAL", "LOW", "MEDIUM", "HIGH"], default: "HIGH" }, GEMINI_3, "assumed: the current generation"),
  thoughtSignatures: fact(false, SIGNATURES, "assumed: no bypass values are injected for a model we cannot name"),
  mediaResolution: fact({ levels: ["LOW", "MEDIUM", "HIGH"], perPart: false }, MEDIA, "assumed: request level only"),
  imageOutput: fact(true, MODELS, "assumed: not refused"),
  streamFunctionCallArguments: fact("vertex", STREAM_FC, "assumed: not refused on Vertex"),
} as const satisfies Omit<ModelRow, "kind">;
