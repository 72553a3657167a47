/**
 * Which models accept full JSON Schema in `parametersJsonSchema` / `responseJsonSchema`, as data.
 * Evidence (checked 2026-11):
 * - Vertex REST reference, GenerationConfig.responseJsonSchema: "an alternative to responseSchema that
 *   accepts JSON Schema" (cloud.google.com/vertex-ai/generative-ai/docs/reference/rest/v1/GenerationConfig);
 *   FunctionDeclaration.parametersJsonSchema in aiplatform v1 discovery rev 20260815 (/work/shared/spec).
 * - Gemini API structured-output guide: JSON Schema support introduced for Gemini 2.5 models
 *   (ai.google.dev/gemini-api/docs/structured-output#json-schema, as cited in vercel/ai issue 6494 and
 *   PR 18325: "Gemini 2.5 and later support submitting JSON Schema through responseJsonSchema").
 * - Gemini 3 handles `parametersJsonSchema` with unions (UKGovernmentBEIS/inspect_ai PR 3097).
 * - Gemini 1.x and 2.0 predate the fields; they accept only the classic `Schema`.
 * Rows are tried in order; the first whose pattern matches the bare model id wins.
 */
import type { SchemaDialect } from "./schema-options";

export interface SchemaCapabilityRow {
  /** Matched against the bare model id (`gemini-2.5-flash`, after stripping `models/`, `publishers/google/models/`, `google/`). */
  pattern: RegExp;
  /** Accepts `parametersJsonSchema` and `responseJsonSchema`, per dialect. */
  jsonSchema: Record<SchemaDialect, boolean>;
  note: string;
}

export const SCHEMA_CAPABILITIES: readonly SchemaCapabilityRow[] = [
  { pattern: /^gemini-(1\.0|1\.5|pro|pro-vision|ultra)(-|$)/, jsonSchema: { gemini: false, vertex: false }, note: "Gemini 1.x: classic Schema only" },
  { pattern: /^gemini-2\.0(-|$)/, jsonSchema: { gemini: false, vertex: false }, note: "Gemini 2.0: classic Schema only" },
  { pattern: /^gemini-2\.5(-|$)/, jsonSchema: { gemini: true, vertex: true }, note: "Gemini 2.5: JSON Schema fields documented" },
  { pattern: /^gemini-([3-9]|[1-9]\d)(\.\d+)?(-|$)/, jsonSchema: { gemini: true, vertex: true }, note: "Gemini 3 and later" },
  { pattern: /^gemini-(flash|pro|flash-lite)-latest$/, jsonSchema: { gemini: true, vertex: true }, note: "moving aliases, currently 2.5 or later" },
];
