import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isoNow, type RequestLogEntry, tokensFromStreamTail, tokensFromUsage, type UsageSpelling, writeRequestLine } from "./log";

describe("token counts for the log line", () => {
  it("read OpenAI usage and Gemini usageMetadata by the same rule, unary or streamed", () => {
    const openai = { prompt_tokens: 8, completion_tokens: 7, total_tokens: 15 };
    const gemini = { promptTokenCount: 8, candidatesTokenCount: 5, thoughtsTokenCount: 2, totalTokenCount: 15 };
    expect(tokensFromUsage(openai)).toEqual({ prompt: 8, completion: 7, total: 15 });
    expect(tokensFromUsage(gemini)).toEqual({ prompt: 8, completion: 5, total: 15 });
    expect(tokensFromStreamTail(Buffer.from(`data: ${JSON.stringify({ usageMetadata: gemini })}\r\n\r\n`), "gemini")).toEqual(
      tokensFromUsage(gemini),
    );
    expect(tokensFromStreamTail(Buffer.from(`data: ${JSON.stringify({ usage: openai })}\n\n`), "openai")).toEqual(tokensFromUsage(openai));
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

describe("token counts from a stream's tail", () => {
  // The definition the byte search replaced: the last regex match over the decoded tail, for one spelling.
  const NAMES = {
    gemini: ["promptTokenCount", "candidatesTokenCount", "totalTokenCount"],
    openai: ["prompt_tokens", "completion_tokens", "total_tokens"],
  } as const;
  const byRegex = (tail: Buffer, spelling: UsageSpelling) => {
    const text = tail.toString("utf8");
    const [prompt, completion, total] = NAMES[spelling].map((name) => {
      let value: number | null = null;
      for (const match of text.matchAll(new RegExp(`"${name}":[ \\t\\r\\n]*(\\d+)`, "g"))) value = Number(match[1]);
      return value;
    }) as [number | null, number | null, number | null];
    return prompt === null && completion === null && total === null ? null : { prompt, completion, total };
  };
  const fragment = fc.constantFrom(
    ...[...NAMES.gemini, ...NAMES.openai].map((name) => `"${name}":`),
    " ",
    "\r\n",
    "\t",
    "null",
    "12",
    "7",
    '"',
    ",",
    "data: {",
    "}",
    "é",
  );

  test.prop([fc.array(fc.oneof(fragment, fragment, fc.string({ maxLength: 4 })), { maxLength: 40 }), fc.constantFrom<UsageSpelling>("gemini", "openai")], {
    numRuns: 3000,
  })("agree with the last regex match over the decoded tail", (fragments, spelling) => {
    const tail = Buffer.from(fragments.join(""), "utf8");
    expect(tokensFromStreamTail(tail, spelling)).toEqual(byRegex(tail, spelling));
  });

  it("read only the upstream's spelling, and skip a key whose value is not a number", () => {
    const tail = Buffer.from('{"prompt_tokens":3,"promptTokenCount":4} {"totalTokenCount":9} {"totalTokenCount":null}');
    expect(tokensFromStreamTail(tail, "gemini")).toEqual({ prompt: 4, completion: null, total: 9 });
    expect(tokensFromStreamTail(tail, "openai")).toEqual({ prompt: 3, completion: null, total: null });
  });
});
