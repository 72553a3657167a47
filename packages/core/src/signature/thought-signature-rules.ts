/**
 * Google's thought-signature validation per model family, as data (docs/decisions/0191-thought-signature-checker.md).
 * Each row: which parts of the current turn Gemini rejects when unsigned, with the source and the date it was read.
 * First matching prefix wins; models no row matches are not validated by Google (Gemini 2.5 and older).
 */
export interface ThoughtSignatureRule {
  /** Model-name prefix (after `normalizeModelName`). */
  prefix: string;
  /** The first `functionCall` part of each model step of the current turn must be signed. */
  functionCalls: boolean;
  /** Image parts (`inlineData` image/*) in model turns of the current turn must be signed. */
  images: boolean;
  /** Server-side tool parts (`toolCall` / `toolResponse`, built-in tools run by Google) must keep their own signatures. */
  serverToolParts: boolean;
  source: string;
  checked: string;
}

export const THOUGHT_SIGNATURE_RULES: readonly ThoughtSignatureRule[] = [
  {
    prefix: "gemini-3",
    functionCalls: true,
    images: true,
    serverToolParts: true,
    source: "https://ai.google.dev/gemini-api/docs/thought-signatures",
    checked: "2026-12-06",
  },
];

/** The bypass value Google documents for history it did not sign, per dialect. */
export const SKIP_THOUGHT_SIGNATURE_VALUES = {
  gemini: { value: "skip_thought_signature_validator", source: "https://ai.google.dev/gemini-api/docs/thought-signatures", checked: "2026-12-06" },
  vertex: {
    value: "skip_thought_signature_validator",
    source: "https://cloud.google.com/vertex-ai/generative-ai/docs/thought-signatures",
    checked: "2026-12-06",
  },
} as const;

export function thoughtSignatureRule(model: string): ThoughtSignatureRule | undefined {
  const name = model.startsWith("models/") ? model.slice("models/".length) : model;
  return THOUGHT_SIGNATURE_RULES.find((rule) => name.startsWith(rule.prefix));
}
