import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { geminiStream } from "../../test/gemini-stream-arbitraries";
import { pipeThrough, splitBytes, ssePayloads, withoutDocumentedDifferences } from "../../test/stream-helpers";
import { geminiToOpenAIResponse } from "../response/gemini-to-openai-response";
import type { GeminiToOpenAIResponseContext } from "../response/response-options";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import type { OpenAIChatCompletionChunk } from "../wire/openai";
import { accumulateGeminiChunks } from "./accumulate-gemini-chunks";
import { accumulateOpenAIChatChunks } from "./accumulate-openai-chat-chunks";
import { geminiSseToOpenAISse } from "./gemini-to-openai-sse";
import { createGeminiToOpenAIStream } from "./gemini-to-openai-stream";

const contexts = fc.record(
  {
    includeThoughts: fc.boolean(),
    thoughtTagMarker: fc.constantFrom("think", "thought"),
    includeUsage: fc.boolean(),
    signatureMode: fc.constantFrom("extra_content" as const, "tool_call_id" as const),
    outputProfile: fc.constantFrom("openai" as const, "google" as const),
    model: fc.constant("gemini-3-pro"),
  },
  { requiredKeys: ["model"] },
) as fc.Arbitrary<GeminiToOpenAIResponseContext>;

function stream(chunks: readonly GeminiGenerateContentResponse[], context: GeminiToOpenAIResponseContext) {
  const translator = createGeminiToOpenAIStream(context);
  const out = chunks.flatMap((chunk) => translator.push(chunk));
  out.push(...translator.finish());
  return out;
}

const sseBytes = (chunks: readonly GeminiGenerateContentResponse[]) =>
  new TextEncoder().encode(chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join(""));

describe("Gemini → OpenAI stream properties", () => {
  test.prop([geminiStream, contexts])("stream ≡ non-stream: accumulated chunks equal the translated accumulated response", (chunks, context) => {
    const streamed = accumulateOpenAIChatChunks(stream(chunks, context));
    const unary = geminiToOpenAIResponse(accumulateGeminiChunks(chunks), context).value;
    expect(withoutDocumentedDifferences(streamed)).toEqual(withoutDocumentedDifferences(unary));
  });

  test.prop([geminiStream, contexts.map((context) => ({ ...context, outputProfile: "openai" as const }))])(
    "every emitted chunk validates against OpenAI's CreateChatCompletionStreamResponse",
    (chunks, context) => {
      for (const chunk of stream(chunks, context)) expect(validateOfficial("openai-chunk", chunk).errors).toEqual([]);
    },
  );

  test.prop([geminiStream, contexts])("tool-call indices are 0, 1, … per choice in order of first appearance", (chunks, context) => {
    const seen = new Map<number, number[]>();
    for (const chunk of stream(chunks, context)) {
      for (const choice of chunk.choices) {
        const list = seen.get(choice.index) ?? [];
        for (const call of choice.delta.tool_calls ?? []) {
          if (!list.includes(call.index)) {
            expect(call.index).toBe(list.length);
            expect(call.id).toBeTypeOf("string");
            list.push(call.index);
          }
        }
        seen.set(choice.index, list);
      }
    }
  });

  test.prop([geminiStream, fc.array(fc.nat(), { maxLength: 20 })], { numRuns: 40 })(
    "chunk-boundary invariance: any split of the SSE bytes gives identical output",
    async (chunks, rawCuts) => {
      const bytes = sseBytes(chunks);
      const cuts = rawCuts.map((cut) => cut % (bytes.length + 1));
      const whole = await pipeThrough(geminiSseToOpenAISse({ includeUsage: true }), [bytes]);
      expect(await pipeThrough(geminiSseToOpenAISse({ includeUsage: true }), splitBytes(bytes, cuts))).toBe(whole);
      const payloads = ssePayloads(whole);
      expect(payloads.at(-1)).toBe("[DONE]");
      expect(payloads.slice(0, -1)).toEqual(JSON.parse(JSON.stringify(stream(chunks, { includeUsage: true }))) as OpenAIChatCompletionChunk[]);
    },
  );
});
