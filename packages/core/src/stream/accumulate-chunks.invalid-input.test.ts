// Malformed chunks → GembridgeError 400 `invalid_chunk` with the path (decision 0150), never a TypeError; hostile
// but well-formed values (deep nesting, `__proto__` keys, proto3 nulls) are folded as data.
import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { accumulateGeminiChunks } from "./accumulate-gemini-chunks";
import { accumulateOpenAIChatChunks } from "./accumulate-openai-chat-chunks";

function rejection(run: () => unknown): { status: number; code: string; param: string | null; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    const { status, code, param, message } = error as GembridgeError;
    return { status, code, param, message };
  }
  throw new Error("expected a GembridgeError");
}

const head = { id: "c", object: "chat.completion.chunk", created: 1, model: "m" };
const openai = (choices: unknown, extra: Record<string, unknown> = {}) => ({ ...head, choices, ...extra });
const ok = openai([{ index: 0, delta: { content: "a" }, finish_reason: null }]);

describe("accumulateOpenAIChatChunks: malformed chunks", () => {
  it.each([
    ["[false]", [false], "chunks[0]", "an object, got boolean"],
    ["chunks not an array", { 0: ok }, "chunks", "an array of chunks, got an object"],
    ["choices not an array", [ok, openai("x")], "chunks[1].choices", "an array or null, got string"],
    ["choices: [null]", [openai([null])], "chunks[0].choices[0]", "an object, got null"],
    ["a choice without delta", [ok, ok, ok, openai([{ index: 0, finish_reason: "stop" }])], "chunks[3].choices[0].delta", "an object, got undefined"],
    ["tool_calls not an array", [openai([{ index: 0, delta: { tool_calls: "f" } }])], "chunks[0].choices[0].delta.tool_calls", "an array or null, got string"],
    ["a tool-call fragment without index", [openai([{ index: 0, delta: { tool_calls: [{ id: "t" }] } }])], "chunks[0].choices[0].delta.tool_calls[0].index", "a non-negative integer, got undefined"],
    ["content a number", [openai([{ index: 0, delta: { content: 1 } }])], "chunks[0].choices[0].delta.content", "a string or null, got number"],
    ["extra_content.google a string", [openai([{ index: 0, delta: { extra_content: { google: "s" } } }])], "chunks[0].choices[0].delta.extra_content.google", "an object, got string"],
    ["logprobs.content an object", [openai([{ index: 0, delta: {}, logprobs: { content: {} } }])], "chunks[0].choices[0].logprobs.content", "an array or null, got an object"],
    ["usage a string", [openai([], { usage: "u" })], "chunks[0].usage", "an object, got string"],
  ])("%s → 400 invalid_chunk at the path", (_name, chunks, param, expected) => {
    expect(rejection(() => accumulateOpenAIChatChunks(chunks as never))).toEqual({
      status: 400,
      code: "invalid_chunk",
      param,
      message: `Invalid chunk at ${param}: expected ${expected}`,
    });
  });

  it("proto-less data: nulls are absent, a missing choice index is the position, `__proto__` stays an own key, deep values fold", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    const delta = JSON.parse('{"content":"x","refusal":null,"__proto__":{"polluted":1}}');
    const chunks = [
      openai(null, { id: "c", usage: null }),
      openai([{ delta, extra_content: null }]),
      openai([{ index: 0, delta: { tool_calls: [{ index: 0, id: null, function: { name: null, arguments: "{}" } }], extra_content: { google: null }, deep } }]),
    ];
    const result = accumulateOpenAIChatChunks(chunks as never);
    const message = result.choices[0]?.message as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
    expect(Object.hasOwn(message, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(message.content).toBe("x");
    expect(message.tool_calls).toEqual([{ id: "", type: "function", function: { name: "", arguments: "{}" } }]);
    expect(message.deep === deep).toBe(false); // a copy, not the caller's object
    let node = message.deep as { a?: unknown };
    let depth = 0;
    for (; typeof node === "object"; depth++) node = node.a as { a?: unknown };
    expect([depth, node]).toEqual([5000, 1]); // structuredClone overflowed the stack near 2,000 levels
  });
});

const gemini = (candidates: unknown) => ({ candidates });

describe("accumulateGeminiChunks: malformed chunks", () => {
  it.each([
    ["candidates: false", [gemini(false)], "chunks[0].candidates", "an array or null, got boolean"],
    ["a null chunk", [gemini([]), null], "chunks[1]", "an object, got null"],
    ["a candidate that is a string", [gemini(["c"])], "chunks[0].candidates[0]", "an object, got string"],
    ["parts not an array", [gemini([{ content: { parts: { text: "a" } } }])], "chunks[0].candidates[0].content.parts", "an array or null, got an object"],
    ["a part that is a number", [gemini([{ content: { parts: [{ text: "a" }, 3] } }])], "chunks[0].candidates[0].content.parts[1]", "an object, got number"],
    ["topCandidates not an array", [gemini([{ logprobsResult: { topCandidates: 1 } }])], "chunks[0].candidates[0].logprobsResult.topCandidates", "an array or null, got number"],
    ["text not a string", [gemini([{ content: { parts: [{ text: 1 }] } }])], "chunks[0].candidates[0].content.parts[0].text", "a string or null, got number"],
    ["partialArgs not an array", [gemini([{ content: { parts: [{ functionCall: { name: "f", partialArgs: {} } }] } }])], "chunks[0].candidates[0].content.parts[0].functionCall.partialArgs", "an array or null, got an object"],
    ["args an array", [gemini([{ content: { parts: [{ functionCall: { name: "f", args: [] } }] } }])], "chunks[0].candidates[0].content.parts[0].functionCall.args", "an object, got an array"],
    ["index negative", [gemini([{ index: -1 }])], "chunks[0].candidates[0].index", "a non-negative integer, got number"],
  ])("%s → 400 invalid_chunk at the path", (_name, chunks, param, expected) => {
    expect(rejection(() => accumulateGeminiChunks(chunks as never))).toEqual({
      status: 400,
      code: "invalid_chunk",
      param,
      message: `Invalid chunk at ${param}: expected ${expected}`,
    });
  });

  it("proto3 nulls are unset: null candidates, content, functionCall args and logprobs fold without error", () => {
    const chunks = [
      { candidates: null, responseId: "r" },
      gemini([{ content: null, logprobsResult: null }]),
      gemini([{ content: { role: "model", parts: [{ text: "a", thoughtSignature: null }, { functionCall: { name: "f", args: null } }] }, logprobsResult: { chosenCandidates: [{ token: "a" }] } }]),
    ];
    expect(accumulateGeminiChunks(chunks as never)).toEqual({
      responseId: "r",
      candidates: [{ logprobsResult: { chosenCandidates: [{ token: "a" }] }, content: { role: "model", parts: [{ text: "a", thoughtSignature: null }, { functionCall: { name: "f" } }] } }],
    });
  });
});
