import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import type { GeminiToOpenAIResponseContext } from "../response/response-options";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import type { OpenAIChatCompletionChunk } from "../wire/openai";
import { accumulateOpenAIChatChunks } from "./accumulate-openai-chat-chunks";
import { createGeminiToOpenAIStream } from "./gemini-to-openai-stream";

type Chunk = GeminiGenerateContentResponse;

function run(chunks: readonly Chunk[], context: GeminiToOpenAIResponseContext = {}) {
  const stream = createGeminiToOpenAIStream(context);
  const out: OpenAIChatCompletionChunk[] = [];
  for (const chunk of chunks) out.push(...stream.push(chunk));
  out.push(...stream.finish());
  return { chunks: out, warnings: stream.warnings };
}

const HEAD = { id: "r1", object: "chat.completion.chunk", created: 1770850461, model: "gemini-3-pro", system_fingerprint: "gemini-3-pro-001" };
const base = { responseId: "r1", modelVersion: "gemini-3-pro-001", createTime: "2026-02-11T22:54:21.5Z" };
const text = (value: string, extra: Record<string, unknown> = {}) => ({ text: value, ...extra });
const candidateChunk = (parts: unknown[], extra: Record<string, unknown> = {}): Chunk =>
  ({ ...base, candidates: [{ content: { role: "model", parts }, ...extra }] }) as Chunk;

describe("createGeminiToOpenAIStream — text, role, header", () => {
  it("sends the role once, text deltas as they come, the same id/created/model on every chunk, and usage on the last chunk", () => {
    const { chunks, warnings } = run(
      [
        candidateChunk([text("Hel")]),
        candidateChunk([text("lo")], { index: 0 }),
        { ...candidateChunk([text("")], { finishReason: "STOP" }), usageMetadata: { promptTokenCount: 3, candidatesTokenCount: 2, totalTokenCount: 5 } },
      ],
      { model: "gemini-3-pro" },
    );
    expect(chunks).toEqual([
      { ...HEAD, choices: [{ index: 0, delta: { role: "assistant", content: "Hel" }, logprobs: null, finish_reason: null }] },
      { ...HEAD, choices: [{ index: 0, delta: { content: "lo" }, logprobs: null, finish_reason: null }] },
      {
        ...HEAD,
        choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }],
        usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("with include_usage: usage null on every chunk, then a choice-less usage chunk", () => {
    const { chunks } = run(
      [
        { ...candidateChunk([text("Hi")]), usageMetadata: { promptTokenCount: 1 } },
        { ...candidateChunk([], { finishReason: "MAX_TOKENS" }), usageMetadata: { promptTokenCount: 3, candidatesTokenCount: 1, thoughtsTokenCount: 4 } },
      ],
      { model: "gemini-3-pro", includeUsage: true },
    );
    expect(chunks).toEqual([
      { ...HEAD, choices: [{ index: 0, delta: { role: "assistant", content: "Hi" }, logprobs: null, finish_reason: null }], usage: null },
      {
        ...HEAD,
        choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: "length", extra_content: { google: { finish_reason: "MAX_TOKENS" } } }],
        usage: null,
      },
      {
        ...HEAD,
        choices: [],
        usage: { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8, completion_tokens_details: { reasoning_tokens: 4 } },
      },
    ]);
  });

  it("sends usage that trails the finishing chunk in a choice-less chunk (no include_usage)", () => {
    const { chunks } = run([candidateChunk([text("a")], { finishReason: "STOP" }), { ...base, usageMetadata: { promptTokenCount: 1 } }]);
    expect(chunks.map((chunk) => [chunk.choices.length, chunk.usage])).toEqual([
      [1, undefined],
      [0, { prompt_tokens: 1, completion_tokens: 0, total_tokens: 1 }],
    ]);
  });

  it("takes the id from newId and created from now() when the chunk has neither", () => {
    const { chunks } = run([{ candidates: [{ content: { parts: [text("x")] }, finishReason: "STOP" }] }], {
      newId: (kind, index) => `${kind}-${index}`,
      now: () => 42,
    });
    expect(chunks[0]).toMatchObject({ id: "completion-0", created: 42, model: "" });
  });
});

describe("createGeminiToOpenAIStream — thoughts", () => {
  const chunks = [
    candidateChunk([text("Let me think", { thought: true })]),
    candidateChunk([text(" more", { thought: true })]),
    candidateChunk([text("Answer")]),
    candidateChunk([text("", { thoughtSignature: "U0lH" })], { finishReason: "STOP" }),
  ];

  it("streams thoughts as reasoning_content when includeThoughts is set", () => {
    const deltas = run(chunks, { includeThoughts: true }).chunks.map((chunk) => chunk.choices[0]?.delta);
    expect(deltas).toEqual([
      { role: "assistant", reasoning_content: "Let me think" },
      { reasoning_content: " more" },
      { content: "Answer" },
      { extra_content: { google: { thought_signature: "U0lH" } } },
    ]);
  });

  it("also wraps them in <marker> tags in content with thoughtTagMarker, closing the tag at the first text", () => {
    const deltas = run(chunks, { includeThoughts: true, thoughtTagMarker: "think" }).chunks.map((chunk) => chunk.choices[0]?.delta);
    expect(deltas.map((delta) => delta?.content)).toEqual(["<think>Let me think", " more", "</think>Answer", undefined]);
  });

  it("closes an open tag on the finishing chunk", () => {
    const deltas = run([candidateChunk([text("t", { thought: true })]), candidateChunk([], { finishReason: "STOP" })], {
      includeThoughts: true,
      thoughtTagMarker: "think",
    }).chunks.map((chunk) => chunk.choices[0]?.delta.content);
    expect(deltas).toEqual(["<think>t", "</think>"]);
  });

  it("drops thoughts with a warning when they were not requested, keeping their signature", () => {
    const { chunks: out, warnings } = run([candidateChunk([text("t", { thought: true, thoughtSignature: "QQ==" })], { finishReason: "STOP" })]);
    expect(out[0]?.choices[0]?.delta).toEqual({ role: "assistant", extra_content: { google: { thought_signature: "QQ==" } } });
    expect(warnings).toEqual([
      { path: "chunks[0].candidates[0].content.parts[0]", code: "dropped", message: "thought part dropped: includeThoughts was not requested (its signature is kept)" },
    ]);
  });
});

describe("createGeminiToOpenAIStream — tool calls", () => {
  it("numbers parallel calls 0, 1, … with distinct ids, name/id/type and signature on their first delta, and says tool_calls on a trailing STOP", () => {
    const { chunks } = run([
      candidateChunk([
        { functionCall: { name: "get_weather", args: { city: "Paris" } }, thoughtSignature: "U0lH" },
        { functionCall: { name: "get_weather", args: { city: "Oslo" } } },
      ]),
      candidateChunk([{ functionCall: { name: "get_time", args: {}, id: "g1" } }]),
      candidateChunk([text("")], { finishReason: "STOP" }),
    ]);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.tool_calls)).toEqual([
      [
        { index: 0, id: "call_r1_0", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' }, extra_content: { google: { thought_signature: "U0lH" } } },
        { index: 1, id: "call_r1_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } },
      ],
      [{ index: 2, id: "g1", type: "function", function: { name: "get_time", arguments: "{}" } }],
      undefined,
    ]);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe("tool_calls");
  });

  it("encodes the signature into the id in tool_call_id mode", () => {
    const { chunks } = run([candidateChunk([{ functionCall: { name: "f", args: {}, id: "c1" }, thoughtSignature: "EjQK" }], { finishReason: "STOP" })], {
      signatureMode: "tool_call_id",
    });
    expect(chunks[0]?.choices[0]?.delta.tool_calls?.[0]?.id).toBe("gbts1_2_c1uEjQK");
  });

  it("streams partialArgs as argument deltas the moment each piece arrives", () => {
    const { chunks, warnings } = run([
      candidateChunk([{ functionCall: { name: "cook", willContinue: true }, thoughtSignature: "U0lH" }]),
      candidateChunk([{ functionCall: { partialArgs: [{ jsonPath: "$.recipe.steps[0]", stringValue: "Boil \"water\"", willContinue: true }], willContinue: true } }]),
      candidateChunk([{ functionCall: { partialArgs: [{ jsonPath: "$.recipe.steps[0]", stringValue: "" }], willContinue: true } }]),
      candidateChunk([{ functionCall: { partialArgs: [{ jsonPath: "$.recipe.minutes", numberValue: 10 }, { jsonPath: "$.recipe.vegan", boolValue: true }], willContinue: true } }]),
      candidateChunk([{ functionCall: { willContinue: true } }]),
      candidateChunk([{ functionCall: {} }], { finishReason: "STOP" }),
    ]);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.tool_calls)).toEqual([
      [{ index: 0, id: "call_r1_0", type: "function", function: { name: "cook", arguments: "" }, extra_content: { google: { thought_signature: "U0lH" } } }],
      [{ index: 0, function: { arguments: '{"recipe":{"steps":["Boil \\"water\\"' } }],
      [{ index: 0, function: { arguments: '"' } }],
      [{ index: 0, function: { arguments: '],"minutes":10,"vegan":true' } }],
      [{ index: 0, function: { arguments: "}}" } }],
    ]);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe("tool_calls");
    const args = accumulateOpenAIChatChunks(chunks).choices[0]?.message.tool_calls?.[0];
    expect(JSON.parse(args?.type === "function" ? args.function.arguments : "")).toEqual({ recipe: { steps: ['Boil "water"'], minutes: 10, vegan: true } });
    expect(warnings).toEqual([]);
  });

  it("puts a signature that arrives on a later fragment on that call, in the delta where it arrives", () => {
    const { chunks } = run([
      candidateChunk([{ functionCall: { name: "f", willContinue: true } }]),
      candidateChunk([{ functionCall: { partialArgs: [{ jsonPath: "$.a", numberValue: 1 }] }, thoughtSignature: "TEFURQ==" }], { finishReason: "STOP" }),
    ]);
    expect(chunks[1]?.choices[0]?.delta.tool_calls).toEqual([
      { index: 0, function: { arguments: '{"a":1}' }, extra_content: { google: { thought_signature: "TEFURQ==" } } },
    ]);
  });

  it("closes a streamed call when the next call starts, and the open JSON when the stream finishes without a terminator", () => {
    const { chunks } = run([
      candidateChunk([{ functionCall: { name: "a", willContinue: true } }, { functionCall: { partialArgs: [{ jsonPath: "$.x", stringValue: "1", willContinue: true }], willContinue: true } }]),
      candidateChunk([{ functionCall: { name: "b", willContinue: true } }, { functionCall: { partialArgs: [{ jsonPath: "$.y[0]", stringValue: "2", willContinue: true }], willContinue: true } }]),
      candidateChunk([text("")], { finishReason: "STOP" }),
    ]);
    const calls = accumulateOpenAIChatChunks(chunks).choices[0]?.message.tool_calls;
    expect(calls?.map((call) => (call.type === "function" ? [call.function.name, call.function.arguments] : []))).toEqual([
      ["a", '{"x":"1"}'],
      ["b", '{"y":["2"]}'],
    ]);
  });

  it("warns about fragments it cannot place and about orphan fragments", () => {
    const { warnings } = run([
      candidateChunk([{ functionCall: { partialArgs: [{ jsonPath: "$.a", numberValue: 1 }] } }]),
      candidateChunk([{ functionCall: { name: "f", willContinue: true } }, { functionCall: { partialArgs: [{ jsonPath: "$[0]", numberValue: 1 }], willContinue: true } }]),
      candidateChunk([{ functionCall: {} }], { finishReason: "STOP" }),
    ]);
    expect(warnings.map((warning) => [warning.path, warning.code])).toEqual([
      ["chunks[0].candidates[0].content.parts[0].functionCall", "dropped"],
      ["chunks[1].candidates[0].content.parts[1].functionCall.partialArgs[0]", "dropped"],
    ]);
  });
});

describe("createGeminiToOpenAIStream — n > 1, blocked prompts, faults", () => {
  it("interleaves choices by candidate index, each with its own role, tool-call indices and finish", () => {
    const { chunks } = run([
      { ...base, candidates: [{ index: 0, content: { parts: [text("A")] } }, { index: 1, content: { parts: [{ functionCall: { name: "f", args: {} } }] } }] },
      { ...base, candidates: [{ index: 1, content: { parts: [text("")] }, finishReason: "STOP" }] },
      { ...base, candidates: [{ index: 0, content: { parts: [text("B")] }, finishReason: "STOP" }], usageMetadata: { promptTokenCount: 1 } },
    ]);
    expect(chunks.map((chunk) => [chunk.choices[0]?.index, chunk.choices[0]?.delta, chunk.choices[0]?.finish_reason, chunk.usage])).toEqual([
      [0, { role: "assistant", content: "A" }, null, undefined],
      [1, { role: "assistant", tool_calls: [{ index: 0, id: "call_r1_0", type: "function", function: { name: "f", arguments: "{}" } }] }, null, undefined],
      [1, {}, "tool_calls", undefined],
      [0, { content: "B" }, "stop", { prompt_tokens: 1, completion_tokens: 0, total_tokens: 1 }],
    ]);
  });

  it("answers a blocked prompt with one content_filter choice", () => {
    const { chunks } = run([{ ...base, promptFeedback: { blockReason: "SAFETY" } }]);
    expect(chunks).toEqual([
      {
        id: "r1", object: "chat.completion.chunk", created: 1770850461, model: "gemini-3-pro-001", system_fingerprint: "gemini-3-pro-001",
        choices: [{ index: 0, delta: { role: "assistant", content: null }, finish_reason: "content_filter", logprobs: null, extra_content: { google: { block_reason: "SAFETY" } } }],
      },
    ]);
  });

  it("throws a GembridgeError for a blocked prompt with blockedPrompt: error", () => {
    const stream = createGeminiToOpenAIStream({ blockedPrompt: "error" });
    expect(() => stream.push({ promptFeedback: { blockReason: "SAFETY" } })).toThrow(GembridgeError);
  });

  it("turns an in-band error chunk into a GembridgeError with Google's status", () => {
    const stream = createGeminiToOpenAIStream();
    stream.push(candidateChunk([text("partial")]));
    const error = (() => {
      try {
        stream.push({ error: { code: 503, message: "The model is overloaded.", status: "UNAVAILABLE" } } as Chunk);
      } catch (caught) {
        return caught as GembridgeError;
      }
    })();
    expect(error?.toOpenAIError()).toEqual({ error: { message: "The model is overloaded.", type: "server_error", param: null, code: "unavailable" } });
    expect(error?.status).toBe(503);
  });

  it("refuses to finish a stream that never said finishReason (truncated) and one with no candidates", () => {
    const stream = createGeminiToOpenAIStream();
    stream.push(candidateChunk([text("cut")]));
    expect(() => stream.finish()).toThrow(/before every candidate had a finishReason/);
    expect(() => createGeminiToOpenAIStream().finish()).toThrow(/without any candidate/);
  });

  it("ignores a candidate chunk after its finishReason, with a warning", () => {
    const { chunks, warnings } = run([candidateChunk([text("a")], { finishReason: "STOP" }), candidateChunk([text("late")])]);
    expect(chunks).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ path: "chunks[1].candidates[0]", code: "dropped" });
  });
});
