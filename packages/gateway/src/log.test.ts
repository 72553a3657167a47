import { afterEach, describe, expect, it, vi } from "vitest";
import { isoNow, type RequestLogEntry, tokensFromStreamTail, tokensFromUsage, writeRequestLine } from "./log";

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

describe("the log line's time", () => {
  afterEach(() => vi.useRealTimers());

  it("is the current time's ISO text, reused within a millisecond and fresh in the next one", () => {
    vi.useFakeTimers();
    const entry = (): RequestLogEntry => ({
      time: "",
      request_id: "r",
      method: "POST",
      path: "/v1/chat/completions",
      upstream: null,
      model: null,
      stream: false,
      status: 200,
      latency_ms: 0,
      tokens: null,
      warnings: [],
      error: null,
    });
    const lines: string[] = [];
    const times = () => lines.map((line) => JSON.parse(line).time as string);
    vi.setSystemTime(Date.UTC(2026, 0, 2, 3, 4, 5, 6));
    writeRequestLine((line) => lines.push(line), entry());
    writeRequestLine((line) => lines.push(line), entry());
    vi.setSystemTime(Date.UTC(2026, 0, 2, 3, 4, 5, 7));
    writeRequestLine((line) => lines.push(line), entry());
    vi.setSystemTime(Date.UTC(2027, 5, 6, 7, 8, 9, 10));
    expect(isoNow()).toBe("2027-06-06T07:08:09.010Z");
    expect(times()).toEqual(["2026-01-02T03:04:05.006Z", "2026-01-02T03:04:05.006Z", "2026-01-02T03:04:05.007Z"]);
    // First key, as writeJsonLine puts it.
    expect(Object.keys(JSON.parse(lines[0] as string))[0]).toBe("time");
  });
});
