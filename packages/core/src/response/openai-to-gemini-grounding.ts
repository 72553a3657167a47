import type { TranslationWarning } from "../shared/result";
import { joinPath } from "../shared/result";
import type { GeminiGroundingMetadata } from "../wire/gemini";
import type { OpenAIAnnotation } from "../wire/openai";

type GroundingChunk = NonNullable<GeminiGroundingMetadata["groundingChunks"]>[number];
type GroundingSupport = NonNullable<GeminiGroundingMetadata["groundingSupports"]>[number];

/**
 * Code-point index → UTF-8 byte offset in `text` (clamped to the text). OpenAI's `start_index`/`end_index` count
 * characters (code points, as the forward direction writes them); Gemini's segment offsets count UTF-8 bytes.
 */
export function codePointIndexToUtf8(text: string): (index: number) => number {
  const offsets: number[] = [0];
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    offsets.push(bytes);
  }
  return (index) => offsets[Math.min(Math.max(0, Math.trunc(index)), offsets.length - 1)] ?? 0;
}

/** Code-point slice of `text` (the segment's own `text`, which the forward direction uses to re-anchor offsets). */
function codePointSlice(chars: readonly string[], start: number, end: number): string {
  return chars.slice(start, end).join("");
}

/**
 * `url_citation` annotations on a message's `content` → `groundingMetadata` — the inverse of
 * `mapGroundingAnnotations` (tested as inverses): each distinct `{url, title}` becomes one `groundingChunks[].web`
 * (in order of first use), each run of consecutive annotations over the same range becomes one
 * `groundingSupports[]` entry with `segment.startIndex/endIndex` as UTF-8 byte offsets into the text part holding
 * `content` (`startIndex` 0 omitted, as Gemini's JSON does) and `segment.text` the cited text. Search queries,
 * confidence scores and the search entry point have no OpenAI source and are not invented.
 */
export function annotationsToGroundingMetadata(
  content: string,
  annotations: readonly OpenAIAnnotation[],
  path: string,
  warnings: TranslationWarning[],
): GeminiGroundingMetadata | undefined {
  const chars = Array.from(content);
  const toBytes = codePointIndexToUtf8(content);
  const chunks: GroundingChunk[] = [];
  const chunkIndex = new Map<string, number>();
  const supports: GroundingSupport[] = [];
  let last: { start: number; end: number; support: GroundingSupport } | undefined;
  annotations.forEach((annotation, i) => {
    const citation = annotation.url_citation;
    const start = Math.min(Math.max(0, citation.start_index), chars.length);
    const end = Math.min(Math.max(start, citation.end_index), chars.length);
    if (start !== citation.start_index || end !== citation.end_index) {
      warnings.push({ path: joinPath(path, i, "url_citation"), code: "approximated", message: "citation range outside the content; clamped" });
    }
    const key = JSON.stringify([citation.url, citation.title]);
    let index = chunkIndex.get(key);
    if (index === undefined) {
      index = chunks.length;
      chunkIndex.set(key, index);
      chunks.push({ web: { uri: citation.url, title: citation.title } });
    }
    // Consecutive citations of one range are one support citing several chunks (how the forward side expands them).
    const indices = last !== undefined && last.start === start && last.end === end ? last.support.groundingChunkIndices : undefined;
    if (indices !== undefined && !indices.includes(index)) {
      indices.push(index);
      return;
    }
    const startByte = toBytes(start);
    const segment = { ...(startByte === 0 ? {} : { startIndex: startByte }), endIndex: toBytes(end), text: codePointSlice(chars, start, end) };
    const support: GroundingSupport = { segment, groundingChunkIndices: [index] };
    supports.push(support);
    last = { start, end, support };
  });
  if (chunks.length === 0) return undefined;
  return { groundingChunks: chunks, groundingSupports: supports };
}
