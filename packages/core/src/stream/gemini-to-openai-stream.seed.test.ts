import { describe, expect, it } from "vitest";
import { readJson, repoRoot } from "../../test/gemini-fixtures";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import type { OpenAIChatCompletionChunk } from "../wire/openai";
import { accumulateOpenAIChatChunks } from "./accumulate-openai-chat-chunks";
import { createGeminiToOpenAIStream } from "./gemini-to-openai-stream";

/**
 * The seed's `stream_function_call_arguments` example: 12 chunks recorded from Google's own endpoint
 * (packages/core/test/seed/openai-seed-stream-function-call-arguments.chunks.json). The Gemini stream below is
 * CONSTRUCTED: it is the Vertex stream that endpoint must have received (the partialArgs protocol as recorded in
 * fixtures/recorded/gemini-native/vercel-vertex-gemini31-pro-partialargs-stream.jsonl, one Gemini chunk per
 * OpenAI chunk, usage as the seed's usage implies). Ids come from `newId` because Vertex v1 sends none.
 */
const seed = readJson(`${repoRoot}packages/core/test/seed/openai-seed-stream-function-call-arguments.chunks.json`) as OpenAIChatCompletionChunk[];

const head = { responseId: "nQiNafGyF5rw998PstqooAY", modelVersion: "gemini-3-pro-preview", createTime: "2026-02-11T22:54:21.000Z" };
const part = (functionCall: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ functionCall, ...extra });
const fragment = (jsonPath: string, stringValue: string, willContinue?: true) =>
  part({ partialArgs: [willContinue ? { jsonPath, stringValue, willContinue } : { jsonPath, stringValue }], willContinue: true });
const oneCall = (location: string, signature?: string) => [
  part({ name: "get_current_weather", willContinue: true }, signature === undefined ? {} : { thoughtSignature: signature }),
  fragment("$.location", location, true),
  fragment("$.location", ""),
  fragment("$.unit", "celsius", true),
  fragment("$.unit", ""),
  part({}),
];
const parts = [...oneCall("Boston, MA", "..."), ...oneCall("New Delhi, India")];
const geminiStream: GeminiGenerateContentResponse[] = parts.map((p, position) => {
  const last = position === parts.length - 1;
  const candidate = { content: { role: "model", parts: [p] }, ...(last ? { finishReason: "STOP" } : {}) };
  const usageMetadata = last
    ? { promptTokenCount: 27, candidatesTokenCount: 45, thoughtsTokenCount: 504, totalTokenCount: 576, trafficType: "PROVISIONED_THROUGHPUT" }
    : { trafficType: "PROVISIONED_THROUGHPUT" };
  return { ...head, candidates: [candidate], usageMetadata } as GeminiGenerateContentResponse;
});
const ids = ["function-call-c855348a-459a-46a4-a8ad-aa0a4e7c3563", "function-call-df0d087c-ad74-46f1-ba4a-9353cbf288a8"];

function translate(outputProfile: "google" | "openai") {
  const stream = createGeminiToOpenAIStream({
    model: "google/gemini-3-pro-preview",
    outputProfile,
    newId: (kind, index) => (kind === "tool_call" ? (ids[index] as string) : "unused"),
  });
  const out = geminiStream.flatMap((chunk) => stream.push(chunk));
  out.push(...stream.finish());
  return { out, warnings: stream.warnings };
}

/** The seed with each tool call's index corrected: 0 for the first call (by id), 1 for the second. */
function seedWithFixedIndices(): OpenAIChatCompletionChunk[] {
  const fixed = structuredClone(seed);
  for (const chunk of fixed) for (const call of chunk.choices[0]?.delta.tool_calls ?? []) call.index = ids.indexOf(call.id ?? "");
  return fixed;
}

describe("seed: stream_function_call_arguments (Google's recorded stream)", () => {
  it("the recorded indices are wrong: the first call's first delta says 1, the second call's first delta says 0", () => {
    expect(seed.map((chunk) => chunk.choices[0]?.delta.tool_calls?.[0]?.index)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('outputProfile "google" reproduces the seed chunk for chunk, except the fixed tool-call indices', () => {
    const { out, warnings } = translate("google");
    expect(out).toEqual(seedWithFixedIndices());
    expect(out.map((chunk) => chunk.choices[0]?.delta.tool_calls?.[0]?.index)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(warnings).toEqual([]);
  });

  it('outputProfile "openai" sends the same argument pieces, with role/id/name once, finish_reason: null and OpenAI usage', () => {
    const { out } = translate("openai");
    const pieces = (chunks: OpenAIChatCompletionChunk[]) =>
      chunks.map((chunk) => chunk.choices[0]?.delta.tool_calls?.map((call) => [call.index, call.function?.arguments]));
    expect(pieces(out)).toEqual(pieces(seedWithFixedIndices()));
    expect(out[1]?.choices[0]).toEqual({ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '{"location":"Boston, MA' } }] }, logprobs: null, finish_reason: null });
    expect(out.at(-1)?.usage).toEqual({
      prompt_tokens: 27,
      completion_tokens: 549,
      total_tokens: 576,
      completion_tokens_details: { reasoning_tokens: 504 },
      extra_properties: { google: { traffic_type: "PROVISIONED_THROUGHPUT" } },
    });
    const message = accumulateOpenAIChatChunks(out).choices[0]?.message;
    expect(message?.tool_calls?.map((call) => (call.type === "function" ? JSON.parse(call.function.arguments) : null))).toEqual([
      { location: "Boston, MA", unit: "celsius" },
      { location: "New Delhi, India", unit: "celsius" },
    ]);
  });

  it("accumulating the seed and our google-profile output gives the same completion", () => {
    expect(accumulateOpenAIChatChunks(translate("google").out)).toEqual(accumulateOpenAIChatChunks(seedWithFixedIndices()));
  });
});
