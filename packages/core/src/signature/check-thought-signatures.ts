import type { GeminiContent, GeminiGenerateContentRequest, GeminiPart } from "../wire/gemini";
import { type SignatureStore, toolCallSignatureKey } from "./signature-store";
import { SKIP_THOUGHT_SIGNATURE_VALUES, type ThoughtSignatureRule, thoughtSignatureRule } from "./thought-signature-rules";

/** What fixes one part Gemini would reject. */
export type ThoughtSignatureRepair =
  /** The store held the signature we emitted for this call. */
  | { kind: "store"; signature: string }
  /** Google's documented bypass value for the dialect. */
  | { kind: "skip"; signature: string }
  /** Nothing may fix it: the caller answers 400. */
  | { kind: "error" };

export interface ThoughtSignatureIssue {
  /** Path into the Gemini request: `contents[3].parts[0]`. */
  path: string;
  contentIndex: number;
  partIndex: number;
  rule: "function_call" | "image" | "server_tool";
  repair: ThoughtSignatureRepair;
}

export interface CheckThoughtSignaturesOptions {
  dialect?: "gemini" | "vertex";
  /** Consulted first, by the call's id (`functionCall.id`). */
  signatureStore?: SignatureStore;
  /** Whether the bypass value may repair what the store cannot. Default true; false reports `error`. */
  skip?: boolean;
  /** Use this rule instead of the model's row (capability overrides). */
  rule?: Pick<ThoughtSignatureRule, "functionCalls" | "images"> & { serverToolParts?: boolean };
}

/**
 * Every part of `request` that Gemini will reject for a missing thought signature under `model`'s rule
 * (thought-signature-rules.ts), with its repair. The current turn starts after the last user content holding
 * anything other than function responses; each model content after it is a step. Only the first call of a step is
 * checked (Gemini signs only the first of a parallel batch) and a step signed anywhere on its calls is accepted.
 * Server-side `toolCall`/`toolResponse` parts carry their own signatures (a model step's built-in tool use); an
 * unsigned one is reported on its own (the store cannot help: we never emit them under a key). Pure: reads only.
 */
export function checkThoughtSignatures(
  request: GeminiGenerateContentRequest,
  model: string,
  options: CheckThoughtSignaturesOptions = {},
): ThoughtSignatureIssue[] {
  const rule = options.rule ?? thoughtSignatureRule(model);
  const contents = request.contents ?? [];
  if (rule === undefined || !Array.isArray(contents)) return [];
  const skipValue = SKIP_THOUGHT_SIGNATURE_VALUES[options.dialect ?? "gemini"].value;
  const issues: ThoughtSignatureIssue[] = [];
  const repair = (part: GeminiPart): ThoughtSignatureRepair => {
    const id = part.functionCall?.id;
    const stored = id === undefined || id === "" ? undefined : options.signatureStore?.get(toolCallSignatureKey(id));
    if (stored !== undefined) return { kind: "store", signature: stored };
    return options.skip === false ? { kind: "error" } : { kind: "skip", signature: skipValue };
  };
  for (let c = currentTurnStart(contents); c < contents.length; c++) {
    const content = contents[c];
    if (content?.role !== "model" || !Array.isArray(content.parts)) continue;
    const parts = content.parts;
    if (rule.functionCalls) {
      const first = parts.findIndex((part) => part.functionCall !== undefined);
      const signed = parts.some((part) => part.functionCall !== undefined && part.thoughtSignature !== undefined);
      if (first >= 0 && !signed) {
        issues.push({ path: `contents[${c}].parts[${first}]`, contentIndex: c, partIndex: first, rule: "function_call", repair: repair(parts[first] as GeminiPart) });
      }
    }
    if (rule.images) {
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p] as GeminiPart;
        if (part.thoughtSignature === undefined && part.thought !== true && part.inlineData?.mimeType?.startsWith("image/") === true) {
          issues.push({ path: `contents[${c}].parts[${p}]`, contentIndex: c, partIndex: p, rule: "image", repair: repair(part) });
        }
      }
    }
    if (rule.serverToolParts === true) {
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p] as GeminiPart;
        if (part.thoughtSignature === undefined && (part.toolCall !== undefined || part.toolResponse !== undefined)) {
          issues.push({ path: `contents[${c}].parts[${p}]`, contentIndex: c, partIndex: p, rule: "server_tool", repair: repair(part) });
        }
      }
    }
  }
  return issues;
}

function currentTurnStart(contents: readonly GeminiContent[]): number {
  for (let c = contents.length - 1; c >= 0; c--) {
    const content = contents[c];
    if (content?.role === "user" && (content.parts ?? []).some((part) => part.functionResponse === undefined)) return c + 1;
  }
  return 0;
}
