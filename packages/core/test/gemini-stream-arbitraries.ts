// Test-only fast-check generators of whole Gemini streams (chunks of one or two candidates).
import fc from "fast-check";
import type { GeminiGenerateContentResponse, GeminiPart } from "../src/wire/gemini";
import { fragmentsOf, jsonArgs } from "./partial-args-arbitraries";

const signature = fc.constantFrom("U0lH", "EjQKmZ+/", "skip_thought_signature_validator", "QUJD");
const textValue = fc.oneof(fc.string(), fc.constantFrom("ünï 😀 日本", "line\nbreak", "`code`"), fc.string({ unit: "grapheme" }));
const name = fc.constantFrom("get_weather", "read_screen", "f");
const cuts = fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { maxLength: 6 });

/** One "event" = the parts it contributes, in order. A streamed call spans several parts. */
const event: fc.Arbitrary<GeminiPart[]> = fc.oneof(
  textValue.map((text) => [{ text }]),
  textValue.map((text) => [{ text, thought: true }]),
  signature.map((thoughtSignature) => [{ text: "", thoughtSignature }]),
  fc.tuple(textValue, signature).map(([text, thoughtSignature]) => [{ text, thoughtSignature }]),
  fc.tuple(name, jsonArgs, fc.option(signature, { nil: undefined })).map(([n, args, sig]) => [
    { functionCall: { name: n, args }, ...(sig === undefined ? {} : { thoughtSignature: sig }) },
  ]),
  fc
    .tuple(name, jsonArgs, cuts, fc.boolean(), fc.constantFrom("terminal", "last-fragment"), fc.option(signature, { nil: undefined }))
    .map(([n, args, c, endWithEmpty, ending, sig]) => {
      const fragments = fragmentsOf(args, c, endWithEmpty);
      const parts: GeminiPart[] = [{ functionCall: { name: n, willContinue: true }, ...(sig === undefined ? {} : { thoughtSignature: sig }) }];
      fragments.forEach((fragment, index) => {
        const last = index === fragments.length - 1 && ending === "last-fragment";
        parts.push({ functionCall: last ? { partialArgs: [fragment] } : { partialArgs: [fragment], willContinue: true } });
      });
      if (ending === "terminal" || fragments.length === 0) parts.push({ functionCall: {} });
      return parts;
    }),
);

const finishReason = fc.constantFrom("STOP", "MAX_TOKENS", "SAFETY", "OTHER", "MALFORMED_FUNCTION_CALL");

/** The parts of one candidate, grouped into chunks (a group may be empty: a chunk with no parts). */
const candidateParts = fc
  .tuple(fc.array(event, { maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 }))
  .map(([events, generatedSizes]) => {
    let sizes: number[] = generatedSizes;
    const parts = events.flat();
    const groups: GeminiPart[][] = [];
    if (sizes.every((size) => size === 0)) sizes = [1]; // an empty chunk now and then, but always progress
    let position = 0;
    for (let i = 0; position < parts.length; i += 1) {
      const size = sizes[i % sizes.length] ?? 1;
      groups.push(parts.slice(position, position + size));
      position += size;
    }
    return groups;
  });

const usage = fc.record({
  promptTokenCount: fc.nat({ max: 5000 }),
  candidatesTokenCount: fc.nat({ max: 5000 }),
  thoughtsTokenCount: fc.nat({ max: 5000 }),
});

const HEAD = { responseId: "resp-1", modelVersion: "gemini-3-pro-preview", createTime: "2026-05-04T20:01:02.264968Z" };

/**
 * A whole stream: 1 or 2 candidates, each ending with a finishReason; with 2, chunks of the candidates interleave
 * and function calls carry Gemini ids (default ids are assigned in order of appearance, which interleaving changes —
 * a documented difference). Usage on the last chunk.
 */
export const geminiStream: fc.Arbitrary<GeminiGenerateContentResponse[]> = fc
  .tuple(fc.array(fc.tuple(candidateParts, finishReason), { minLength: 1, maxLength: 2 }), fc.array(fc.boolean(), { maxLength: 30 }), usage)
  .map(([candidates, order, usageMetadata]) => {
    const withIds = candidates.length > 1;
    const queues = candidates.map(([groups, reason], index) => {
      let callNumber = 0;
      const chunks = groups.map((parts) => ({
        index,
        content: {
          role: "model",
          parts: parts.map((part) =>
            withIds && part.functionCall?.name !== undefined ? { ...part, functionCall: { ...part.functionCall, id: `c${index}-${callNumber++}` } } : part,
          ),
        },
      }));
      const finish = { index, content: { role: "model", parts: [] as GeminiPart[] }, finishReason: reason };
      return [...chunks, finish] as Array<Record<string, unknown>>;
    });
    const out: GeminiGenerateContentResponse[] = [];
    let step = 0;
    while (queues.some((queue) => queue.length > 0)) {
      const pick = queues.length > 1 && order[step++ % Math.max(order.length, 1)] === true ? 1 : 0;
      const queue = (queues[pick]?.length ?? 0) > 0 ? queues[pick] : queues.find((q) => q.length > 0);
      const candidate = queue?.shift();
      out.push({ ...HEAD, candidates: [candidate] } as GeminiGenerateContentResponse);
    }
    const last = out.at(-1);
    if (last !== undefined) last.usageMetadata = { ...usageMetadata, totalTokenCount: usageMetadata.promptTokenCount + usageMetadata.candidatesTokenCount + usageMetadata.thoughtsTokenCount };
    return out;
  });
