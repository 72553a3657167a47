import type { TranslationWarning } from "../shared/result";
import type { GeminiCitationMetadata, GeminiGroundingMetadata } from "../wire/gemini";
import type { OpenAIAnnotation } from "../wire/openai";

/** Where one visible (non-thought) text part landed in the final `content` string. */
export interface VisibleTextSpan {
  /** Index of the part in `candidate.content.parts`. */
  partIndex: number;
  /** UTF-16 offset of the part's first character in `content`. */
  contentStart: number;
  text: string;
}

const encoder = new TextEncoder();

/** UTF-8 length of one code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** UTF-16 offset in `text` of UTF-8 byte `byteOffset` (clamped; a byte inside a character rounds down). */
export function byteOffsetToUtf16(text: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const codePoint = text.codePointAt(i) ?? 0;
    const next = bytes + utf8Length(codePoint);
    if (next > byteOffset) return i;
    bytes = next;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return text.length;
}

/**
 * OpenAI's `start_index`/`end_index` count characters; we count Unicode code points (what Python's `str` indexes
 * and OpenAI's own examples assume) — identical to UTF-16 offsets unless the content has astral characters.
 */
function utf16ToCodePointIndex(content: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(content)) return (utf16) => utf16;
  const map = new Int32Array(content.length + 1);
  let codePoints = 0;
  for (let i = 0; i < content.length; i++) {
    map[i] = codePoints;
    const unit = content.charCodeAt(i);
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && (content.charCodeAt(i - 1) & 0xfc00) === 0xd800)) codePoints++;
  }
  map[content.length] = codePoints;
  return (utf16) => map[utf16] ?? codePoints;
}

/**
 * URLs must be valid URIs in OpenAI's schema; Google returns some with raw spaces (recorded). Percent-encode the
 * characters a URI may not contain, leaving everything else (including existing escapes) untouched.
 */
export function normalizeCitationUrl(url: string): string {
  return url.replace(/[\s"<>\\^`{|}]|[^\x00-\x7F]/gu, (char) =>
    Array.from(encoder.encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}

interface Located { start: number; end: number }

/**
 * Maps a byte range to UTF-16 offsets in `content`. Gemini's segment offsets are UTF-8 bytes into the part named by
 * `partIndex`, or — when absent, as in every recording — into the concatenated visible text. Recorded offsets drift
 * by a few bytes near markup; when `expected` (the segment's own text) does not match, it is searched for from just
 * before the computed start.
 */
type SizedSpan = VisibleTextSpan & { byteLength: number };

function locate(spans: readonly SizedSpan[], content: string, range: { partIndex?: number | undefined; start: number; end: number; expected?: string | undefined }): Located | undefined {
  const scoped = range.partIndex === undefined ? spans : spans.filter((span) => span.partIndex === range.partIndex);
  if (scoped.length === 0) return undefined;
  const toContent = (byteOffset: number): number => {
    let remaining = byteOffset;
    for (const span of scoped) {
      if (remaining <= span.byteLength) return span.contentStart + byteOffsetToUtf16(span.text, remaining);
      remaining -= span.byteLength;
    }
    const last = scoped[scoped.length - 1] as SizedSpan;
    return last.contentStart + last.text.length;
  };
  const start = toContent(Math.max(0, range.start));
  const end = Math.max(start, toContent(Math.max(0, range.end)));
  const expected = range.expected;
  if (expected === undefined || expected === "" || content.slice(start, end) === expected) return { start, end };
  const found = content.indexOf(expected, Math.max(0, start - 64));
  return found === -1 ? { start, end } : { start: found, end: found + expected.length };
}

function annotation(start: number, end: number, url: string, title: string): OpenAIAnnotation {
  return { type: "url_citation", url_citation: { start_index: start, end_index: end, url: normalizeCitationUrl(url), title } };
}

/**
 * `groundingSupports` × `groundingChunks` and `citationMetadata` → `url_citation` annotations, in that order. Chunks
 * without a URI (some retrieval and Maps sources) give no annotation; the raw metadata is kept by the caller.
 */
export function mapGroundingAnnotations(
  input: { grounding?: GeminiGroundingMetadata | undefined; citations?: GeminiCitationMetadata | undefined },
  content: string,
  spans: readonly VisibleTextSpan[],
  path: string,
): { annotations: OpenAIAnnotation[]; warnings: TranslationWarning[] } {
  const annotations: OpenAIAnnotation[] = [];
  const warnings: TranslationWarning[] = [];
  const supports = input.grounding?.groundingSupports ?? [];
  const citations = [...(input.citations?.citationSources ?? []), ...(input.citations?.citations ?? [])];
  // Most responses carry neither: skip the UTF-8 span sizes (a TextEncoder pass over the whole text) and the
  // code-point map (decision 0162).
  if (supports.length === 0 && citations.length === 0) return { annotations, warnings };
  const toIndex = utf16ToCodePointIndex(content);
  const sized = spans.map((span) => ({ ...span, byteLength: encoder.encode(span.text).length }));
  const chunks = input.grounding?.groundingChunks ?? [];
  supports.forEach((support, supportIndex) => {
    const segment = support.segment ?? {};
    const where = locate(sized, content, {
      partIndex: segment.partIndex,
      start: segment.startIndex ?? 0,
      end: segment.endIndex ?? 0,
      expected: segment.text,
    });
    if (where === undefined) {
      warnings.push({ path: `${path}.groundingMetadata.groundingSupports[${supportIndex}]`, code: "dropped", message: "grounding support points at no visible text part" });
      return;
    }
    for (const chunkIndex of support.groundingChunkIndices ?? []) {
      const chunk = chunks[chunkIndex];
      const source = chunk?.web ?? chunk?.retrievedContext ?? chunk?.maps;
      const url = source?.uri ?? chunk?.image?.sourceUri;
      if (url === undefined) continue;
      annotations.push(annotation(toIndex(where.start), toIndex(where.end), url, source?.title ?? chunk?.image?.title ?? url));
    }
  });
  for (const citation of citations) {
    if (citation.uri === undefined) continue;
    // Citation offsets are read as UTF-8 bytes into the visible text, like grounding segments (same API family).
    const where = locate(sized, content, { start: citation.startIndex ?? 0, end: citation.endIndex ?? 0 });
    if (where === undefined) continue;
    annotations.push(annotation(toIndex(where.start), toIndex(where.end), citation.uri, citation.title ?? citation.uri));
  }
  return { annotations, warnings };
}
