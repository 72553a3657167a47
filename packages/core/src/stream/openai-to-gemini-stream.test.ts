import { fc, it as prop } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { openaiToGeminiResponse } from "../response/openai-to-gemini-response";
import type { OpenAIChatCompletionChunk, OpenAIChunkChoice } from "../wire/openai";
import { accumulateGeminiChunks } from "./accumulate-gemini-chunks";
import { accumulateOpenAIChatChunks } from "./accumulate-openai-chat-chunks";
import { openaiSseToGeminiSse } from "./openai-to-gemini-sse";
import { createOpenAIToGeminiStream } from "./openai-to-gemini-stream";

const chunk = (choices: OpenAIChunkChoice[], usage?: OpenAIChatCompletionChunk["usage"]): OpenAIChatCompletionChunk => ({
  id: "chatcmpl-s",
  object: "chat.completion.chunk",
  created: 1,
  model: "gpt-4o",
  choices,
  ...(usage === undefined ? {} : { usage }),
});

const toolStream: OpenAIChatCompletionChunk[] = [
  chunk([{ index: 0, delta: { role: "assistant", reasoning_content: "Think." } }]),
  chunk([{ index: 0, delta: { content: "Hel" } }]),
  chunk([{ index: 0, delta: { content: "lo", extra_content: { google: { thought_signature: "dA==" } } } }]),
  chunk([{ index: 0, delta: { tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "f", arguments: '{"x"' } }] } }]),
  chunk([{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: ":1}" } }] } }]),
  chunk([{ index: 0, delta: { tool_calls: [{ index: 1, id: "call_b", type: "function", function: { name: "g", arguments: "{}" } }] } }]),
  chunk([{ index: 0, delta: {}, finish_reason: "tool_calls" }]),
  chunk([], { prompt_tokens: 5, completion_tokens: 9, total_tokens: 14, completion_tokens_details: { reasoning_tokens: 2 } }),
];

describe("createOpenAIToGeminiStream", () => {
  it("emits delta parts, whole function calls once complete, and finish + usage on the last chunk", () => {
    const stream = createOpenAIToGeminiStream();
    const out = [...toolStream.flatMap((c) => stream.push(c)), ...stream.finish()];
    const envelope = { modelVersion: "gpt-4o", responseId: "chatcmpl-s" };
    expect(out).toEqual([
      { candidates: [{ index: 0, content: { role: "model", parts: [{ text: "Think.", thought: true }] } }], ...envelope },
      { candidates: [{ index: 0, content: { role: "model", parts: [{ text: "Hel" }] } }], ...envelope },
      { candidates: [{ index: 0, content: { role: "model", parts: [{ text: "lo", thoughtSignature: "dA==" }] } }], ...envelope },
      { candidates: [{ index: 0, content: { role: "model", parts: [{ functionCall: { id: "call_a", name: "f", args: { x: 1 } } }] } }], ...envelope },
      {
        candidates: [{ index: 0, content: { role: "model", parts: [{ functionCall: { id: "call_b", name: "g", args: {} } }] }, finishReason: "STOP" }],
        ...envelope,
        usageMetadata: { promptTokenCount: 5, candidatesTokenCount: 7, thoughtsTokenCount: 2, totalTokenCount: 14 },
      },
    ]);
    expect(stream.warnings).toEqual([]);
    for (const response of out) expect(validateOfficial("gemini-response", response, { strict: true }).errors).toEqual([]);
  });

  it("reports invalid streamed arguments as MALFORMED_FUNCTION_CALL", () => {
    const stream = createOpenAIToGeminiStream();
    stream.push(chunk([{ index: 0, delta: { tool_calls: [{ index: 0, id: "c", type: "function", function: { name: "f", arguments: "{oops" } }] } }]));
    const out = [...stream.push(chunk([{ index: 0, delta: {}, finish_reason: "tool_calls" }])), ...stream.finish()];
    expect(out.map((r) => r.candidates)).toEqual([[{ index: 0, content: { role: "model" }, finishReason: "MALFORMED_FUNCTION_CALL", finishMessage: "Malformed function call: f {oops" }]]);
    expect(stream.warnings.map((w) => w.code)).toEqual(["malformed_function_call"]);
  });

  // Google's endpoint numbers one call 1 and then 0 while repeating its id (seed page §6): the id decides.
  it("keys streamed calls by id, so inconsistent indexes keep each call's id, arguments and signature", () => {
    const call = (index: number, id: string, args: string, signature?: string) =>
      chunk([{ index: 0, delta: { tool_calls: [{ index, id, type: "function", function: { name: "f", arguments: args }, ...(signature === undefined ? {} : { extra_content: { google: { thought_signature: signature } } }) }] } }]);
    const stream = createOpenAIToGeminiStream();
    const out = [
      ...[call(1, "a", "", "c2ln"), call(0, "a", '{"x":'), call(0, "a", "1}"), call(0, "b", ""), call(1, "b", '{"y":2}')].flatMap((c) => stream.push(c)),
      ...stream.push(chunk([{ index: 0, delta: {}, finish_reason: "tool_calls" }])),
      ...stream.finish(),
    ];
    expect(out.map((r) => r.candidates)).toEqual([
      [
        {
          index: 0,
          content: { role: "model", parts: [{ functionCall: { id: "a", name: "f", args: { x: 1 } }, thoughtSignature: "c2ln" }, { functionCall: { id: "b", name: "f", args: { y: 2 } } }] },
          finishReason: "STOP",
        },
      ],
    ]);
    expect(stream.warnings).toEqual([]);
  });

  it("continues an id-less fragment at its index, adopts a late id, and starts a new call for a new id at the same index", () => {
    const delta = (tool: Record<string, unknown>) => chunk([{ index: 0, delta: { tool_calls: [{ index: 0, ...tool }] } }]);
    const stream = createOpenAIToGeminiStream();
    const out = [
      ...stream.push(delta({ type: "function", function: { name: "f", arguments: '{"a"' } })),
      ...stream.push(delta({ id: "late", function: { arguments: ":1}" } })),
      ...stream.push(delta({ id: "other", type: "function", function: { name: "g", arguments: "{" } })),
      ...stream.push(delta({ function: { arguments: "}" } })),
      ...stream.push(chunk([{ index: 0, delta: {}, finish_reason: "tool_calls" }])),
      ...stream.finish(),
    ];
    expect(out.flatMap((r) => r.candidates?.flatMap((c) => c.content?.parts ?? []) ?? [])).toEqual([
      { functionCall: { id: "late", name: "f", args: { a: 1 } } },
      { functionCall: { id: "other", name: "g", args: {} } },
    ]);
  });

  it("still emits a call as soon as a call at a higher index starts", () => {
    const stream = createOpenAIToGeminiStream();
    stream.push(chunk([{ index: 0, delta: { tool_calls: [{ index: 0, id: "a", type: "function", function: { name: "f", arguments: "{}" } }] } }]));
    const out = stream.push(chunk([{ index: 0, delta: { tool_calls: [{ index: 1, id: "b", type: "function", function: { name: "g", arguments: "{" } }] } }]));
    expect(out.map((r) => r.candidates)).toEqual([[{ index: 0, content: { role: "model", parts: [{ functionCall: { id: "a", name: "f", args: {} } }] } }]]);
  });

  // Streamed equals non-streamed: the same chunks, folded on either side, give the same Gemini response.
  const textArb = fc.array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
  prop.prop([textArb, fc.array(fc.string({ maxLength: 4 }), { maxLength: 4 }), fc.boolean()])(
    "accumulateGeminiChunks(stream(chunks)) == openaiToGeminiResponse(accumulateOpenAIChatChunks(chunks))",
    (texts, argPieces, withCall) => {
      const args = JSON.stringify({ q: argPieces.join("") });
      const pieces = [args.slice(0, 3), args.slice(3)];
      const chunks = [
        chunk([{ index: 0, delta: { role: "assistant", content: "" } }]),
        ...texts.map((text) => chunk([{ index: 0, delta: { content: text } }])),
        ...(withCall
          ? pieces.map((piece, i) => chunk([{ index: 0, delta: { tool_calls: [{ index: 0, ...(i === 0 ? { id: "c1", type: "function" as const, function: { name: "f", arguments: piece } } : { function: { arguments: piece } }) }] } }]))
          : []),
        chunk([{ index: 0, delta: {}, finish_reason: withCall ? "tool_calls" : "stop" }]),
        chunk([], { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 }),
      ];
      const stream = createOpenAIToGeminiStream();
      const streamed = accumulateGeminiChunks([...chunks.flatMap((c) => stream.push(c)), ...stream.finish()]);
      const whole = openaiToGeminiResponse(accumulateOpenAIChatChunks(chunks)).value;
      expect(streamed).toEqual(whole);
    },
  );
});

describe("openaiSseToGeminiSse", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const run = async (input: string, splitAt: number[]) => {
    const bytes = encode(input);
    const cuts = [0, ...splitAt.filter((n) => n > 0 && n < bytes.length).sort((a, b) => a - b), bytes.length];
    const transform = openaiSseToGeminiSse();
    const readable = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 1; i < cuts.length; i++) controller.enqueue(bytes.slice(cuts[i - 1], cuts[i]));
        controller.close();
      },
    }).pipeThrough(transform);
    return new Response(readable).text();
  };
  const sse = `${toolStream.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("")}data: [DONE]\n\n`;

  it("frames Gemini chunks as CRLF-separated data events with no [DONE]", async () => {
    const text = await run(sse, []);
    const events = text.split("\r\n\r\n").filter((e) => e !== "");
    expect(events).toHaveLength(5);
    expect(events.every((e) => e.startsWith("data: {"))).toBe(true);
    expect(text.includes("[DONE]")).toBe(false);
  });

  prop.prop([fc.array(fc.nat(4000), { maxLength: 8 })])("chunk boundaries do not matter (incl. inside UTF-8)", async (cuts) => {
    const withUnicode = sse.replace('"Hel"', '"Hé€😀"');
    expect(await run(withUnicode, cuts)).toBe(await run(withUnicode, []));
  });

  it("turns an in-band OpenAI error into one Gemini error event and stops", async () => {
    const text = await run(`data: ${JSON.stringify(toolStream[1])}\n\ndata: {"error":{"message":"overloaded","type":"server_error","code":503}}\n\ndata: ${JSON.stringify(toolStream[2])}\n\n`, []);
    const events = text.split("\r\n\r\n").filter((e) => e !== "").map((e) => JSON.parse(e.slice(6)) as Record<string, unknown>);
    expect(events[1]).toEqual({ error: { code: 503, message: "overloaded", status: "UNAVAILABLE", details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "SERVER_ERROR", domain: "openai", metadata: { type: "server_error" } }] } });
    expect(events).toHaveLength(2);
  });
});
