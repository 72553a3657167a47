// Valid Gemini / Vertex streams: `streamGenerateContent?alt=sse` chunks, and the SSE bytes that carry them.
import fc from "fast-check";
import { geminiGroundingMetadataArbitrary, geminiUsageArbitrary } from "./gemini-response-arbitrary";
import type { GeminiDialect } from "./gemini-request-arbitrary";
import { functionNameArbitrary, jsonObjectArbitrary, type JsonObject, type JsonValue, textArbitrary, thoughtSignatureArbitrary, timestampArbitrary } from "./primitives";

type Json = Record<string, unknown>;

/** Arguments Vertex can stream as `partialArgs`: no empty containers, no integer-like member names (reordered by JS). */
const streamableArgs: fc.Arbitrary<JsonObject> = fc.letrec<{ value: JsonValue; object: JsonObject; array: JsonValue[] }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({ maxLength: 20 }),
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.boolean(),
    fc.constant(null),
    tie("object"),
    tie("array"),
  ),
  object: fc.dictionary(fc.stringMatching(/^[a-z][a-z_ ]{0,8}$/), tie("value"), { minKeys: 1, maxKeys: 3 }),
  array: fc.array(tie("value"), { minLength: 1, maxLength: 3 }),
})).object;

/** RFC 9535 normalized path of a member/index chain (`$.a['b c'][0]`). */
export function jsonPathOf(segments: ReadonlyArray<string | number>): string {
  let path = "$";
  for (const s of segments) {
    if (typeof s === "number") path += `[${s}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) path += `.${s}`;
    else path += `['${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}']`;
  }
  return path;
}

/** The `partialArgs` fragments Vertex sends for `args`: strings in pieces with `willContinue`, ending with an empty piece. */
export function partialArgsOf(args: JsonObject, pieces: number): Json[] {
  const out: Json[] = [];
  const stack: Array<[JsonValue, Array<string | number>]> = [[args, []]];
  const leaves: Array<[JsonValue, Array<string | number>]> = [];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [JsonValue, Array<string | number>];
    if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push([value[i] as JsonValue, [...path, i]]);
    else if (value !== null && typeof value === "object") for (const key of Object.keys(value).reverse()) stack.push([value[key] as JsonValue, [...path, key]]);
    else leaves.push([value, path]);
  }
  for (const [value, path] of leaves) {
    const jsonPath = jsonPathOf(path);
    if (typeof value === "string") {
      const chars = [...value];
      const size = Math.max(1, Math.ceil(chars.length / Math.max(1, pieces)));
      for (let i = 0; i < chars.length; i += size) out.push({ jsonPath, stringValue: chars.slice(i, i + size).join(""), willContinue: true });
      out.push({ jsonPath, stringValue: "" });
    } else if (typeof value === "number") out.push({ jsonPath, numberValue: value });
    else if (typeof value === "boolean") out.push({ jsonPath, boolValue: value });
    else out.push({ jsonPath, nullValue: "NULL_VALUE" });
  }
  return out;
}

/** Splits a string into up to `n + 1` pieces at code-point boundaries. */
function split(text: string, cuts: readonly number[]): string[] {
  const chars = [...text];
  const at = [...new Set(cuts.map((c) => Math.floor(c * chars.length)))].filter((p) => p > 0 && p < chars.length).sort((a, b) => a - b);
  const out: string[] = [];
  let start = 0;
  for (const p of at) {
    out.push(chars.slice(start, p).join(""));
    start = p;
  }
  out.push(chars.slice(start).join(""));
  return out;
}

const cuts = fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { maxLength: 4 });

/** One streamed event of a candidate = the parts it contributes, one chunk each. */
const event = (dialect: GeminiDialect): fc.Arbitrary<Json[][]> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(textArbitrary, cuts).map(([text, c]) => split(text, c).map((piece) => [{ text: piece }])) },
    { weight: 2, arbitrary: fc.tuple(textArbitrary, cuts).map(([text, c]) => split(text, c).map((piece) => [{ text: piece, thought: true }])) },
    { weight: 1, arbitrary: thoughtSignatureArbitrary.map((thoughtSignature) => [[{ text: "", thoughtSignature }]]) },
    {
      // Parallel calls in one chunk, the first one signed (Gemini 3).
      weight: 2,
      arbitrary: fc
        .tuple(fc.array(fc.tuple(functionNameArbitrary, jsonObjectArbitrary), { minLength: 1, maxLength: 3 }), thoughtSignatureArbitrary)
        .map(([calls, signature]) => [calls.map(([name, args], k) => ({ functionCall: { name, args }, ...(k === 0 ? { thoughtSignature: signature } : {}) }))]),
    },
    ...(dialect === "vertex"
      ? [
          {
            // Vertex `streamFunctionCallArguments`: a named opener, fragments, then a terminating empty call.
            weight: 2,
            arbitrary: fc.tuple(functionNameArbitrary, streamableArgs, fc.integer({ min: 1, max: 3 }), fc.option(thoughtSignatureArbitrary, { nil: undefined })).map(([name, args, pieces, signature]) => [
              [{ functionCall: { name, willContinue: true }, ...(signature === undefined ? {} : { thoughtSignature: signature }) }],
              ...partialArgsOf(args, pieces).map((fragment) => [{ functionCall: { partialArgs: [fragment], willContinue: true } }]),
              [{ functionCall: {} }],
            ]),
          },
        ]
      : []),
  );

export interface GeminiStreamArbitraryOptions {
  /** Default "gemini"; "vertex" adds `partialArgs` streams and `createTime`. */
  readonly dialect?: GeminiDialect;
}

/**
 * Valid streams of `GenerateContentResponse` chunks as Google sends them: text and thought deltas cut anywhere (at
 * code-point boundaries), signatures on empty text parts, parallel function calls, Vertex `partialArgs` streams, a
 * last chunk with `finishReason`, grounding metadata and `usageMetadata`. One candidate (Google streams one).
 * Each chunk passes `parseGeminiChunk` and the dialect's official response schema (non-strict).
 */
export function geminiStreamArbitrary(settings: GeminiStreamArbitraryOptions = {}): fc.Arbitrary<Json[]> {
  const dialect = settings.dialect ?? "gemini";
  return fc
    .record({
      events: fc.array(event(dialect), { maxLength: 6 }),
      finishReason: fc.constantFrom("STOP", "MAX_TOKENS", "SAFETY", "MALFORMED_FUNCTION_CALL", "OTHER"),
      grounding: fc.option(geminiGroundingMetadataArbitrary(dialect), { freq: 4, nil: undefined }),
      usage: geminiUsageArbitrary(dialect),
      responseId: fc.stringMatching(/^[A-Za-z0-9_-]{8,16}$/),
      createTime: timestampArbitrary,
      usageEveryChunk: fc.boolean(),
    })
    .map(({ events, finishReason, grounding, usage, responseId, createTime, usageEveryChunk }) => {
      const head: Json = { responseId, modelVersion: "gemini-2.5-flash", ...(dialect === "vertex" ? { createTime } : {}) };
      const partsPerChunk = events.flat();
      const chunks: Json[] = partsPerChunk.map((parts) => ({
        candidates: [{ content: { role: "model", parts }, index: 0 }],
        ...(usageEveryChunk ? { usageMetadata: { promptTokenCount: usage.promptTokenCount, totalTokenCount: usage.promptTokenCount } } : {}),
        ...head,
      }));
      const last: Json = { content: { role: "model", parts: [{ text: "" }] }, finishReason, index: 0, ...(grounding === undefined ? {} : { groundingMetadata: grounding }) };
      chunks.push({ candidates: [last], usageMetadata: usage, ...head });
      return chunks;
    });
}

/** Events of an SSE body for `chunks` (`data: …` + CRLF CRLF, as Google's endpoint frames them). */
export function geminiSseText(chunks: readonly unknown[], eol: "\r\n" | "\n" = "\r\n"): string {
  return chunks.map((chunk) => `data: ${JSON.stringify(chunk)}${eol}${eol}`).join("");
}

/**
 * A valid Gemini SSE body as bytes, cut into arbitrary pieces (inside events, lines, and multibyte characters):
 * what a `fetch` body reader yields. `chunks` are the payloads it carries.
 */
export function geminiSseArbitrary(settings: GeminiStreamArbitraryOptions = {}): fc.Arbitrary<{ chunks: Json[]; pieces: Uint8Array[] }> {
  return fc
    .tuple(geminiStreamArbitrary(settings), fc.constantFrom<"\r\n" | "\n">("\r\n", "\n"), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }))
    .map(([chunks, eol, fractions]) => {
      const bytes = new TextEncoder().encode(geminiSseText(chunks, eol));
      const at = [...new Set(fractions.map((f) => Math.floor(f * bytes.length)))].sort((a, b) => a - b);
      const pieces: Uint8Array[] = [];
      let start = 0;
      for (const p of at) {
        pieces.push(bytes.slice(start, p));
        start = p;
      }
      pieces.push(bytes.slice(start));
      return { chunks, pieces };
    });
}
