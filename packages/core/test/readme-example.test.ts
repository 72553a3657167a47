import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { geminiEndpoint, geminiToOpenAIResponse, openaiToGeminiRequest, parseOpenAIChatRequest } from "../src/index";
import { geminiSseToOpenAISse } from "../src/sse";

// The README's "Use it in a gateway" snippet, run with a stub fetch that answers with a recorded Gemini response.
const recordedText = readFileSync(
  new URL("../../../fixtures/recorded/gemini-native/vercel-gemini3-pro-text-thoughtsig.json", import.meta.url),
  "utf8",
);
const recordedStream = readFileSync(
  new URL("../../../fixtures/recorded/gemini-native/pai-gemini3-pro-streaming-toolcall-thoughtsig.sse", import.meta.url),
  "utf8",
);

describe("README example", () => {
  it("unary: parse, translate, call, translate back", async () => {
    const incoming = new Request("http://gateway/v1/chat/completions", {
      method: "POST",
      body: JSON.stringify({ model: "gemini-3-pro-preview", messages: [{ role: "user", content: "Hi" }] }),
    });
    const apiKey = "test-key";
    const fetch = async (url: string, init: RequestInit) => {
      expect(url).toBe("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-preview:generateContent");
      expect((init.headers as Record<string, string>)["x-goog-api-key"]).toBe("test-key");
      expect(JSON.parse(init.body as string)).toEqual({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] });
      return new Response(recordedText);
    };

    const request = parseOpenAIChatRequest(await incoming.json());
    const { value } = openaiToGeminiRequest(request, { dialect: "gemini" });
    const { url, headers } = geminiEndpoint({ dialect: "gemini", model: value.model, stream: false, apiKey });
    const upstream = await fetch(url, { method: "POST", headers, body: JSON.stringify(value.body) });
    const completion = geminiToOpenAIResponse(await upstream.json(), value.context).value;

    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("gemini-3-pro-preview");
    expect(typeof completion.choices[0]?.message.content).toBe("string");
  });

  it("streams: Gemini alt=sse bytes through geminiSseToOpenAISse end with [DONE]", async () => {
    const { value } = openaiToGeminiRequest(
      { model: "gemini-3-pro-preview", stream: true, messages: [{ role: "user", content: "Weather?" }] },
      { dialect: "gemini" },
    );
    const body = new Response(recordedStream).body!.pipeThrough(geminiSseToOpenAISse(value.context));
    const text = await new Response(body).text();
    expect(text.startsWith("data: {")).toBe(true);
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
  });
});
