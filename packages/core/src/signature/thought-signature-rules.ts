import { modelMatch } from "../model/model-capabilities";
import { MODEL_TABLE } from "../tables/model-capabilities";

/**
 * Google's thought-signature validation per model, derived from the capability table (docs/decisions/0191-thought-signature-checker.md).
 * Each rule: which parts of the current turn Gemini rejects when unsigned, with the source and the date it was read.
 * Models whose row does not validate (Gemini 2.5 and older, unknown models) have no rule.
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

/**
 * Which parts a validating model checks: the same on every Gemini 3 model (https://ai.google.dev/gemini-api/docs/thought-signatures);
 * models without images in their turns simply never have image parts to check.
 */
const VALIDATED_PARTS = { functionCalls: true, images: true, serverToolParts: true } as const;

/**
 * One rule per row of the capability table whose `thoughtSignatures` fact says Google validates them: the table is
 * the one source of "does this model validate signatures", this list only adds which parts.
 */
export const THOUGHT_SIGNATURE_RULES: readonly ThoughtSignatureRule[] = Object.entries(MODEL_TABLE)
  .filter(([, row]) => row.thoughtSignatures.value)
  .map(([prefix, row]) => ({ prefix, ...VALIDATED_PARTS, source: row.thoughtSignatures.source, checked: row.thoughtSignatures.checked }));

/** The bypass value Google documents for history it did not sign, per dialect. */
export const SKIP_THOUGHT_SIGNATURE_VALUES = {
  gemini: { value: "skip_thought_signature_validator", source: "https://ai.google.dev/gemini-api/docs/thought-signatures", checked: "2026-12-06" },
  vertex: {
    value: "skip_thought_signature_validator",
    source: "https://cloud.google.com/vertex-ai/generative-ai/docs/thought-signatures",
    checked: "2026-12-06",
  },
} as const;

/** The rule of `model`'s capability-table row (longest prefix, family rows included), or none when it does not validate. */
export function thoughtSignatureRule(model: string): ThoughtSignatureRule | undefined {
  const match = modelMatch(model);
  if (match.kind === "none") return undefined;
  return THOUGHT_SIGNATURE_RULES.find((rule) => rule.prefix === match.prefix);
}
