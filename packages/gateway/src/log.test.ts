import { describe, expect, it } from "vitest";
import { tokensFromStreamTail, tokensFromUsage } from "./log";

describe("token counts for the log line", () => {
  it("read OpenAI usage and Gemini usageMetadata by the same rule, unary or streamed", () => {
    const openai = { prompt_tokens: 8, completion_tokens: 7, total_tokens: 15 };
    const gemini = { promptTokenCount: 8, candidatesTokenCount: 5, thoughtsTokenCount: 2, totalTokenCount: 15 };
    expect(tokensFromUsage(openai)).toEqual({ prompt: 8, completion: 7, total: 15 });
    expect(tokensFromUsage(gemini)).toEqual({ prompt: 8, completion: 5, total: 15 });
    expect(tokensFromStreamTail(Buffer.from(`data: ${JSON.stringify({ usageMetadata: gemini })}\r\n\r\n`))).toEqual(
      tokensFromUsage(gemini),
    );
    expect(tokensFromUsage(undefined)).toBeNull();
    expect(tokensFromUsage({ prompt_tokens: "8" })).toEqual({ prompt: null, completion: null, total: null });
  });
});
