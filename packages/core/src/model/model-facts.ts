/**
 * Per-family facts from Google's documentation, each with the page it comes from and the date it was compared
 * against that page. Data only: docs/readme/request.md renders it (scripts/render-model-table.ts) and a test fails
 * when the README is stale. `modelCapabilities` (model-capabilities.ts) is the runtime view; this table is the
 * documented one, with the media, caching and streaming-argument facts the runtime does not enforce yet.
 */

const THINKING = "https://ai.google.dev/gemini-api/docs/thinking";
const GEMINI_3 = "https://ai.google.dev/gemini-api/docs/gemini-3";
const MEDIA = "https://ai.google.dev/gemini-api/docs/media-resolution";
const CACHING = "https://ai.google.dev/gemini-api/docs/caching";
const STREAM_FC = "https://cloud.google.com/vertex-ai/generative-ai/docs/multimodal/function-calling#streaming-fc";
const CHECKED = "2026-12-06";

type Fact<T> = { value: T; source: string; checked: string };

export interface ModelFacts {
  /** Gemini 3 `thinkingLevel` values accepted; `null` for budget-controlled or non-thinking models. */
  thinkingLevels: Fact<readonly string[] | null>;
  /** `thinkingBudget` range; `off` = 0 switches thinking off; `-1` (dynamic) is accepted by every budget model. */
  thinkingBudget: Fact<{ min: number; max: number; off: boolean } | null>;
  /** `mediaResolution` levels; `perPart` = may be set on each part (Gemini 3), else request-level only. */
  mediaResolution: Fact<{ levels: readonly string[]; perPart: boolean }>;
  explicitCaching: Fact<boolean>;
  /** `streamFunctionCallArguments` exists on Vertex AI only, for Gemini 3 models. */
  streamFunctionCallArguments: Fact<"vertex" | "no">;
}

const f = <T>(value: T, source: string): Fact<T> => ({ value, source, checked: CHECKED });
const LEGACY_MEDIA = ["LOW", "MEDIUM", "HIGH"] as const;
const G3_MEDIA = ["LOW", "MEDIUM", "HIGH", "ULTRA_HIGH (images)"] as const;

export const MODEL_FACTS = {
  "gemini-3-pro": {
    thinkingLevels: f(["LOW", "HIGH"], GEMINI_3),
    thinkingBudget: f(null, GEMINI_3),
    mediaResolution: f({ levels: G3_MEDIA, perPart: true }, MEDIA),
    explicitCaching: f(true, CACHING),
    streamFunctionCallArguments: f("vertex", STREAM_FC),
  },
  "gemini-3.1-pro": {
    thinkingLevels: f(["LOW", "MEDIUM", "HIGH"], GEMINI_3),
    thinkingBudget: f(null, GEMINI_3),
    mediaResolution: f({ levels: G3_MEDIA, perPart: true }, MEDIA),
    explicitCaching: f(true, CACHING),
    streamFunctionCallArguments: f("vertex", STREAM_FC),
  },
  "gemini-3-flash": {
    thinkingLevels: f(["MINIMAL", "LOW", "MEDIUM", "HIGH"], GEMINI_3),
    thinkingBudget: f(null, GEMINI_3),
    mediaResolution: f({ levels: G3_MEDIA, perPart: true }, MEDIA),
    explicitCaching: f(true, CACHING),
    streamFunctionCallArguments: f("vertex", STREAM_FC),
  },
  "gemini-2.5-pro": {
    thinkingLevels: f(null, THINKING),
    thinkingBudget: f({ min: 128, max: 32768, off: false }, THINKING),
    mediaResolution: f({ levels: LEGACY_MEDIA, perPart: false }, MEDIA),
    explicitCaching: f(true, CACHING),
    streamFunctionCallArguments: f("no", STREAM_FC),
  },
  "gemini-2.5-flash": {
    thinkingLevels: f(null, THINKING),
    thinkingBudget: f({ min: 0, max: 24576, off: true }, THINKING),
    mediaResolution: f({ levels: LEGACY_MEDIA, perPart: false }, MEDIA),
    explicitCaching: f(true, CACHING),
    streamFunctionCallArguments: f("no", STREAM_FC),
  },
  "gemini-2.5-flash-lite": {
    thinkingLevels: f(null, THINKING),
    thinkingBudget: f({ min: 512, max: 24576, off: true }, THINKING),
    mediaResolution: f({ levels: LEGACY_MEDIA, perPart: false }, MEDIA),
    explicitCaching: f(true, CACHING),
    streamFunctionCallArguments: f("no", STREAM_FC),
  },
  "gemini-2.0-flash": {
    thinkingLevels: f(null, THINKING),
    thinkingBudget: f(null, THINKING),
    mediaResolution: f({ levels: LEGACY_MEDIA, perPart: false }, MEDIA),
    explicitCaching: f(true, CACHING),
    streamFunctionCallArguments: f("no", STREAM_FC),
  },
} as const satisfies Record<string, ModelFacts>;

const cell = (fact: Fact<unknown>, text: string) => `${text} [↗](${fact.source})`;

/** Markdown for docs/readme/request.md (`<!-- generated:model-capabilities -->`). */
export function renderModelFactsTable(): string {
  const rows = Object.entries(MODEL_FACTS).map(([family, facts]: [string, ModelFacts]) => {
    const levels = facts.thinkingLevels.value === null ? "—" : facts.thinkingLevels.value.join(", ");
    const budget = facts.thinkingBudget.value;
    const budgetText = budget === null ? "—" : `${budget.min}–${budget.max}, -1 dynamic${budget.off ? ", 0 = off" : ""}`;
    const media = facts.mediaResolution.value;
    return [
      `\`${family}\``,
      cell(facts.thinkingLevels, levels),
      cell(facts.thinkingBudget, budgetText),
      cell(facts.mediaResolution, `${media.levels.join(", ")}${media.perPart ? " (per part)" : " (request only)"}`),
      cell(facts.explicitCaching, facts.explicitCaching.value ? "yes" : "no"),
      cell(facts.streamFunctionCallArguments, facts.streamFunctionCallArguments.value === "vertex" ? "Vertex only" : "no"),
    ].join(" | ");
  });
  return [
    `| family | thinking levels | thinking budget | media resolution | explicit caching | streamFunctionCallArguments |`,
    "|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${row} |`),
    "",
    `Facts checked against the linked pages on ${CHECKED}.`,
  ].join("\n");
}
