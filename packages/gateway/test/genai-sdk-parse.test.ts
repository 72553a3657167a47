/**
 * The reverse direction's outputs, parsed by Google's own `@google/genai` SDK: a stubbed `fetch` answers the SDK's
 * `generateContent` / `generateContentStream` calls with what `openaiToGeminiResponse` and `openaiSseToGeminiSse`
 * produce, so the SDK's real HTTP handling, SSE parsing, converters and response getters (`.text`,
 * `.functionCalls`, `.usageMetadata`) run on our bytes.
 */
import { GenerateContentResponse, GoogleGenAI } from "@google/genai";
// Relative imports on purpose: under vitest the `@gembridge/core` link resolves to the last build in dist/, not src/.
import { openaiToGeminiResponse } from "../../core/src/index";
import type { OpenAIChatCompletion, OpenAIChatCompletionChunk } from "../../core/src/index";
import { openaiSseToGeminiSse } from "../../core/src/sse";
import { afterEach, describe, expect, it, vi } from "vitest";

const completion: OpenAIChatCompletion = {
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1_700_000_000,
  model: "gpt-4o",
  choices: [
    {
      index: 0,
      message: {
        role: "assistant",
        content: "It is sunny.",
        reasoning_content: "Look up weather.",
        tool_calls: [{ id: "call_1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' }, extra_content: { google: { thought_signature: "c2ln" } } }],
      },
      finish_reason: "tool_calls",
    },
  ],
  usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30, completion_tokens_details: { reasoning_tokens: 5 } },
};

const chunk = (choices: OpenAIChatCompletionChunk["choices"], usage?: OpenAIChatCompletionChunk["usage"]): OpenAIChatCompletionChunk => ({
  id: "chatcmpl-2",
  object: "chat.completion.chunk",
  created: 1,
  model: "gpt-4o",
  choices,
  ...(usage === undefined ? {} : { usage }),
});

const chunks = [
  chunk([{ index: 0, delta: { role: "assistant", content: "Hel" } }]),
  chunk([{ index: 0, delta: { content: "lo!" } }]),
  chunk([{ index: 0, delta: { tool_calls: [{ index: 0, id: "call_9", type: "function", function: { name: "lookup", arguments: '{"q":' } }] } }]),
  chunk([{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '"x"}' } }] } }]),
  chunk([{ index: 0, delta: {}, finish_reason: "tool_calls" }]),
  chunk([], { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 }),
];

function geminiSseBody(): ReadableStream<Uint8Array> {
  const text = `${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("")}data: [DONE]\n\n`;
  return new Response(text).body!.pipeThrough(openaiSseToGeminiSse());
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("@google/genai parses what the reverse direction produces", () => {
  it("generateContent: text, function calls, thoughts and usage come out of the SDK", async () => {
    const body = openaiToGeminiResponse(completion).value;
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } })));
    const ai = new GoogleGenAI({ apiKey: "test-key" });
    const response = await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "weather?" });
    expect(response).toBeInstanceOf(GenerateContentResponse);
    expect(response.text).toBe("It is sunny.");
    expect(response.functionCalls).toEqual([{ id: "call_1", name: "weather", args: { city: "Paris" } }]);
    expect(response.candidates?.[0]?.content?.parts?.[0]).toEqual({ text: "Look up weather.", thought: true });
    expect(response.candidates?.[0]?.content?.parts?.[2]?.thoughtSignature).toBe("c2ln");
    expect(response.candidates?.[0]?.finishReason).toBe("STOP");
    expect(response.usageMetadata).toMatchObject({ promptTokenCount: 10, candidatesTokenCount: 15, thoughtsTokenCount: 5, totalTokenCount: 30 });
    expect(response.responseId).toBe("chatcmpl-1");
    expect(response.modelVersion).toBe("gpt-4o");
  });

  it("generateContentStream: the SDK's SSE reader yields our chunks, and the getters work on each", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(geminiSseBody(), { status: 200, headers: { "content-type": "text/event-stream" } })));
    const ai = new GoogleGenAI({ apiKey: "test-key" });
    const stream = await ai.models.generateContentStream({ model: "gemini-2.5-flash", contents: "hi" });
    const texts: string[] = [];
    const calls: unknown[] = [];
    let last: GenerateContentResponse | undefined;
    for await (const response of stream) {
      if (response.text !== undefined) texts.push(response.text);
      calls.push(...(response.functionCalls ?? []));
      last = response;
    }
    expect(texts.join("")).toBe("Hello!");
    expect(calls).toEqual([{ id: "call_9", name: "lookup", args: { q: "x" } }]);
    expect(last?.candidates?.[0]?.finishReason).toBe("STOP");
    expect(last?.usageMetadata).toMatchObject({ promptTokenCount: 3, candidatesTokenCount: 4, totalTokenCount: 7 });
  });

  it("the SDK surfaces an in-band error event from a failed backend stream as an error", async () => {
    const text = `data: ${JSON.stringify(chunks[0])}\n\ndata: {"error":{"message":"overloaded","type":"server_error","code":503}}\n\n`;
    vi.stubGlobal("fetch", vi.fn(async () => new Response(new Response(text).body!.pipeThrough(openaiSseToGeminiSse()), { status: 200, headers: { "content-type": "text/event-stream" } })));
    const ai = new GoogleGenAI({ apiKey: "test-key" });
    const stream = await ai.models.generateContentStream({ model: "gemini-2.5-flash", contents: "hi" });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const response of stream) seen.push(response.text ?? "");
      })(),
    ).rejects.toThrow(/overloaded/);
    expect(seen).toEqual(["Hel"]);
  });
});
