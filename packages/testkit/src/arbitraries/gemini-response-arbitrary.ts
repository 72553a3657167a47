// Valid Gemini / Vertex `GenerateContentResponse` objects (unary), with grounding, citations, logprobs and usage.
import fc from "fast-check";
import type { GeminiDialect } from "./gemini-request-arbitrary";
import { base64Arbitrary, functionNameArbitrary, jsonObjectArbitrary, partialRecord, textArbitrary, thoughtSignatureArbitrary, timestampArbitrary, tokenCountArbitrary } from "./primitives";

type Json = Record<string, unknown>;

/** Finish reasons both dialects define. */
export const GEMINI_COMMON_FINISH_REASONS = [
  "STOP", "MAX_TOKENS", "SAFETY", "RECITATION", "OTHER", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII", "MALFORMED_FUNCTION_CALL",
  "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT", "IMAGE_OTHER", "NO_IMAGE", "IMAGE_RECITATION", "UNEXPECTED_TOOL_CALL", "FINISH_REASON_UNSPECIFIED",
] as const;
const BLOCK_REASONS = ["SAFETY", "OTHER", "BLOCKLIST", "PROHIBITED_CONTENT", "IMAGE_SAFETY"] as const;

/** The parts a model turn may hold, signatures where Gemini 3 puts them. */
export const geminiModelPartArbitrary: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ text: textArbitrary }) },
  { weight: 2, arbitrary: fc.record({ text: textArbitrary, thought: fc.constant(true) }) },
  { weight: 1, arbitrary: thoughtSignatureArbitrary.map((thoughtSignature) => ({ text: "", thoughtSignature })) },
  { weight: 1, arbitrary: fc.tuple(textArbitrary, thoughtSignatureArbitrary).map(([text, thoughtSignature]) => ({ text, thoughtSignature })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(functionNameArbitrary, jsonObjectArbitrary, fc.option(thoughtSignatureArbitrary, { freq: 2, nil: undefined }), fc.option(fc.stringMatching(/^[a-z0-9]{8}$/), { nil: undefined }))
      .map(([name, args, signature, id]) => ({ functionCall: { ...(id === undefined ? {} : { id }), name, args }, ...(signature === undefined ? {} : { thoughtSignature: signature }) })),
  },
  { weight: 1, arbitrary: fc.record({ inlineData: fc.record({ mimeType: fc.constantFrom("image/png", "image/jpeg", "audio/wav"), data: base64Arbitrary(1, 96) }) }) },
  { weight: 1, arbitrary: fc.record({ executableCode: fc.record({ language: fc.constant("PYTHON"), code: fc.constantFrom("print(2+2)", "x = 1") }) }) },
  { weight: 1, arbitrary: fc.record({ codeExecutionResult: fc.record({ outcome: fc.constantFrom("OUTCOME_OK", "OUTCOME_FAILED", "OUTCOME_DEADLINE_EXCEEDED"), output: textArbitrary }) }) },
);

const safetyRating = fc.record({
  category: fc.constantFrom("HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_DANGEROUS_CONTENT"),
  probability: fc.constantFrom("NEGLIGIBLE", "LOW", "MEDIUM", "HIGH"),
  blocked: fc.boolean(),
}, { requiredKeys: ["category", "probability"] });

/** Search grounding: queries, web chunks and supports whose segments index into the text (byte offsets). */
export const geminiGroundingMetadataArbitrary = (dialect: GeminiDialect): fc.Arbitrary<Json> =>
  fc
    .record({
      queries: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 2 }),
      chunks: fc.array(fc.tuple(fc.webUrl(), fc.string({ maxLength: 12 }), fc.domain()), { minLength: 1, maxLength: 3 }),
      supports: fc.array(fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 }), fc.string({ maxLength: 10 }), fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 2 })), { maxLength: 3 }),
      rendered: fc.boolean(),
    })
    .map(({ queries, chunks, supports, rendered }) => ({
      webSearchQueries: queries,
      groundingChunks: chunks.map(([uri, title, domain]) => ({ web: { uri, title, ...(dialect === "vertex" ? { domain } : {}) } })),
      groundingSupports: supports.map(([a, b, text, indices]) => ({
        segment: { startIndex: Math.min(a, b), endIndex: Math.max(a, b), text },
        groundingChunkIndices: indices.filter((i) => i < chunks.length),
        confidenceScores: indices.filter((i) => i < chunks.length).map(() => 0.9),
      })),
      ...(rendered ? { searchEntryPoint: { renderedContent: "<div>search</div>" } } : {}),
    }));

const citationMetadata = (dialect: GeminiDialect) =>
  fc
    .array(fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 40 }), fc.webUrl()), { minLength: 1, maxLength: 2 })
    .map((list) => {
      const sources = list.map(([a, b, uri]) => ({ startIndex: Math.min(a, b), endIndex: Math.max(a, b), uri }));
      return dialect === "vertex" ? { citations: sources } : { citationSources: sources };
    });

const logprob = fc.double({ min: -30, max: 0, noNaN: true });
const logprobsResult = fc
  .array(fc.tuple(fc.string({ maxLength: 5 }), logprob, fc.array(fc.tuple(fc.string({ maxLength: 5 }), logprob), { maxLength: 3 })), { minLength: 1, maxLength: 4 })
  .map((steps) => ({
    chosenCandidates: steps.map(([token, logProbability]) => ({ token, logProbability })),
    topCandidates: steps.map(([, , top]) => ({ candidates: top.map(([token, logProbability]) => ({ token, logProbability })) })),
  }));

/** `usageMetadata` with a consistent total; Vertex adds `trafficType`. */
export const geminiUsageArbitrary = (dialect: GeminiDialect): fc.Arbitrary<Json> =>
  fc
    .record({
      prompt: tokenCountArbitrary,
      candidates: tokenCountArbitrary,
      extra: partialRecord({ thoughtsTokenCount: tokenCountArbitrary, toolUsePromptTokenCount: tokenCountArbitrary, cachedContentTokenCount: tokenCountArbitrary }),
      details: fc.boolean(),
    })
    .map(({ prompt, candidates, extra, details }) => ({
      promptTokenCount: prompt,
      candidatesTokenCount: candidates,
      ...extra,
      totalTokenCount: prompt + candidates + (extra.thoughtsTokenCount ?? 0) + (extra.toolUsePromptTokenCount ?? 0),
      ...(details ? { promptTokensDetails: [{ modality: "TEXT", tokenCount: prompt }] } : {}),
      ...(dialect === "vertex" ? { trafficType: "ON_DEMAND" } : {}),
    }));

const candidate = (dialect: GeminiDialect, index: number) =>
  fc
    .record({
      parts: fc.array(geminiModelPartArbitrary, { maxLength: 6 }),
      finishReason: fc.constantFrom(...GEMINI_COMMON_FINISH_REASONS),
      extras: partialRecord({
        finishMessage: textArbitrary,
        safetyRatings: fc.array(safetyRating, { maxLength: 4 }),
        citationMetadata: citationMetadata(dialect),
        groundingMetadata: geminiGroundingMetadataArbitrary(dialect),
        avgLogprobs: logprob,
        logprobsResult,
      }),
    })
    .map(({ parts, finishReason, extras }) => ({ content: { role: "model", parts }, finishReason, index, ...extras }));

export interface GeminiResponseArbitraryOptions {
  /** Default "gemini". */
  readonly dialect?: GeminiDialect;
}

/**
 * Valid `GenerateContentResponse` objects: 1–3 candidates (or a blocked prompt with `promptFeedback` only), every
 * model part kind (text, thoughts, signatures on text and calls, parallel function calls, inline images, code
 * execution), safety ratings, citations, search grounding, logprobs, usage. Each passes `parseGeminiResponse` and the
 * dialect's official response schema (non-strict).
 */
export function geminiResponseArbitrary(settings: GeminiResponseArbitraryOptions = {}): fc.Arbitrary<Json> {
  const dialect = settings.dialect ?? "gemini";
  const head = partialRecord({
    responseId: fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/),
    modelVersion: fc.constantFrom("gemini-2.5-flash", "gemini-3-pro-preview"),
    usageMetadata: geminiUsageArbitrary(dialect),
    ...(dialect === "vertex" ? { createTime: timestampArbitrary } : {}),
  });
  const answered = fc
    .nat({ max: 2 })
    .chain((extra) => fc.tuple(...Array.from({ length: extra + 1 }, (_, i) => candidate(dialect, i))))
    .map((candidates) => ({ candidates }));
  const blocked = fc.record({ blockReason: fc.constantFrom(...BLOCK_REASONS), safetyRatings: fc.array(safetyRating, { maxLength: 2 }) }).map((promptFeedback) => ({ promptFeedback }));
  return fc.tuple(head, fc.oneof({ weight: 9, arbitrary: answered }, { weight: 1, arbitrary: blocked })).map(([h, body]) => ({ ...body, ...h }));
}
