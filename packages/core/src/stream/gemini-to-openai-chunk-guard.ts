import { GembridgeError } from "../errors/gembridge-error";
import type { GeminiGenerateContentResponse } from "../wire/gemini";

/**
 * Hand-written structural checks of one streamed `GenerateContentResponse`, covering exactly the fields the stream
 * translator reads (decision 0141). Not a schema: unknown fields and the raw pass-through metadata
 * (`groundingMetadata`, `safetyRatings`, …) are not inspected. Cheap (no copies, no zod) so it can run on every
 * event of every stream; a violation is a 502 `upstream_malformed_event` naming the JSON path
 * (`chunks[3].candidates[0].content.parts[1].text`), never a TypeError from deep inside the translator.
 * `null` is a value, not "absent": a field that must be a string or an object and holds `null` is malformed.
 */
export function checkGeminiChunk(chunk: unknown, path: string): asserts chunk is GeminiGenerateContentResponse {
  const root = object(chunk, path, "a GenerateContentResponse object");
  optional(root, "responseId", "string", path);
  optional(root, "createTime", "string", path);
  optional(root, "modelVersion", "string", path);
  checkUsage(root.usageMetadata, `${path}.usageMetadata`);
  if (root.promptFeedback !== undefined) {
    const feedback = object(root.promptFeedback, `${path}.promptFeedback`, "an object");
    optional(feedback, "blockReason", "string", `${path}.promptFeedback`);
    optional(feedback, "blockReasonMessage", "string", `${path}.promptFeedback`);
  }
  const candidates = root.candidates;
  if (candidates === undefined) return;
  if (!Array.isArray(candidates)) throw malformed(`${path}.candidates`, "a list");
  for (let i = 0; i < candidates.length; i++) checkCandidate(candidates[i], `${path}.candidates[${i}]`);
}

type Json = Record<string, unknown>;

function checkCandidate(value: unknown, path: string): void {
  const candidate = object(value, path, "a Candidate object");
  const index = candidate.index;
  if (index !== undefined && !(typeof index === "number" && Number.isInteger(index) && index >= 0)) throw malformed(`${path}.index`, "a non-negative integer");
  optional(candidate, "finishReason", "string", path);
  optional(candidate, "finishMessage", "string", path);
  if (candidate.logprobsResult !== undefined) checkLogprobs(candidate.logprobsResult, `${path}.logprobsResult`);
  if (candidate.content === undefined) return;
  const content = object(candidate.content, `${path}.content`, "a Content object");
  optional(content, "role", "string", `${path}.content`);
  const parts = content.parts;
  if (parts === undefined) return;
  if (!Array.isArray(parts)) throw malformed(`${path}.content.parts`, "a list");
  for (let i = 0; i < parts.length; i++) checkPart(parts[i], `${path}.content.parts[${i}]`);
}

function checkPart(value: unknown, path: string): void {
  const part = object(value, path, "a Part object");
  optional(part, "text", "string", path);
  optional(part, "thought", "boolean", path);
  optional(part, "thoughtSignature", "string", path);
  if (part.functionCall !== undefined) {
    const at = `${path}.functionCall`;
    const call = object(part.functionCall, at, "a FunctionCall object");
    optional(call, "name", "string", at);
    optional(call, "id", "string", at);
    optional(call, "willContinue", "boolean", at);
    if (call.args !== undefined) object(call.args, `${at}.args`, "an object");
    if (call.partialArgs !== undefined) {
      if (!Array.isArray(call.partialArgs)) throw malformed(`${at}.partialArgs`, "a list");
      for (let i = 0; i < call.partialArgs.length; i++) object(call.partialArgs[i], `${at}.partialArgs[${i}]`, "a PartialArg object");
    }
  }
  if (part.inlineData !== undefined) {
    const data = object(part.inlineData, `${path}.inlineData`, "a Blob object");
    optional(data, "mimeType", "string", `${path}.inlineData`);
    optional(data, "data", "string", `${path}.inlineData`);
  }
  if (part.executableCode !== undefined) {
    const code = object(part.executableCode, `${path}.executableCode`, "an ExecutableCode object");
    optional(code, "code", "string", `${path}.executableCode`);
    optional(code, "language", "string", `${path}.executableCode`);
  }
  if (part.codeExecutionResult !== undefined) {
    const result = object(part.codeExecutionResult, `${path}.codeExecutionResult`, "a CodeExecutionResult object");
    optional(result, "outcome", "string", `${path}.codeExecutionResult`);
    optional(result, "output", "string", `${path}.codeExecutionResult`);
  }
}

const USAGE_COUNTS = [
  "promptTokenCount", "candidatesTokenCount", "totalTokenCount", "thoughtsTokenCount", "toolUsePromptTokenCount", "cachedContentTokenCount",
] as const;
const USAGE_DETAILS = ["promptTokensDetails", "toolUsePromptTokensDetails", "candidatesTokensDetails", "cacheTokensDetails"] as const;

function checkUsage(value: unknown, path: string): void {
  if (value === undefined) return;
  const usage = object(value, path, "a UsageMetadata object");
  for (const key of USAGE_COUNTS) optional(usage, key, "number", path);
  optional(usage, "trafficType", "string", path);
  for (const key of USAGE_DETAILS) {
    const list = usage[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw malformed(`${path}.${key}`, "a list");
    for (let i = 0; i < list.length; i++) {
      const entry = object(list[i], `${path}.${key}[${i}]`, "a ModalityTokenCount object");
      optional(entry, "modality", "string", `${path}.${key}[${i}]`);
      optional(entry, "tokenCount", "number", `${path}.${key}[${i}]`);
    }
  }
}

function checkLogprobs(value: unknown, path: string): void {
  const result = object(value, path, "a LogprobsResult object");
  for (const key of ["chosenCandidates", "topCandidates"] as const) {
    const list = result[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw malformed(`${path}.${key}`, "a list");
    for (let i = 0; i < list.length; i++) {
      const entry = object(list[i], `${path}.${key}[${i}]`, "an object");
      if (key === "topCandidates" && entry.candidates !== undefined) {
        if (!Array.isArray(entry.candidates)) throw malformed(`${path}.${key}[${i}].candidates`, "a list");
        for (let j = 0; j < entry.candidates.length; j++) object(entry.candidates[j], `${path}.${key}[${i}].candidates[${j}]`, "an object");
      }
    }
  }
}

function object(value: unknown, path: string, what: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw malformed(path, what);
  return value as Json;
}

function optional(holder: Json, key: string, type: "string" | "number" | "boolean", path: string): void {
  const value = holder[key];
  if (value !== undefined && typeof value !== type) throw malformed(`${path}.${key}`, `a ${type}`);
}

/** `chunks[3].candidates[0].index` → "Malformed event in the Gemini stream at chunks[3]: candidates[0].index must be …". */
function malformed(path: string, expected: string): GembridgeError {
  const dot = path.indexOf(".");
  const where = dot === -1 ? `${path}: the event` : `${path.slice(0, dot)}: ${path.slice(dot + 1)}`;
  return new GembridgeError(`Malformed event in the Gemini stream at ${where} must be ${expected}.`, {
    status: 502,
    code: "upstream_malformed_event",
  });
}
