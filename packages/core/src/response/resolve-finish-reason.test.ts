import { describe, expect, it } from "vitest";
import { GEMINI_FINISH_REASONS } from "../wire/gemini";
import { OPENAI_FINISH_REASONS } from "../wire/openai";
import { resolveFinishReason } from "./resolve-finish-reason";
import { GEMINI_TO_OPENAI_FINISH_REASON } from "../tables/finish-reason";

describe("GEMINI_TO_OPENAI_FINISH_REASON", () => {
  it("covers exactly the Gemini enum", () => {
    expect(Object.keys(GEMINI_TO_OPENAI_FINISH_REASON).sort()).toEqual([...GEMINI_FINISH_REASONS].sort());
  });

  it.each(Object.entries(GEMINI_TO_OPENAI_FINISH_REASON))("%s → %s without calls", (gemini, openai) => {
    expect(OPENAI_FINISH_REASONS).toContain(openai);
    expect(resolveFinishReason(gemini, { hasToolCalls: false })).toEqual({
      finishReason: openai,
      nativeReason: gemini,
      known: true,
    });
  });

  it.each(Object.entries(GEMINI_TO_OPENAI_FINISH_REASON))("%s with a call present", (gemini, openai) => {
    const toolProtocolFailure = /TOOL_CALL|FUNCTION_CALL|THOUGHT_SIGNATURE/.test(gemini);
    const expected = openai === "stop" || toolProtocolFailure ? "tool_calls" : openai;
    expect(resolveFinishReason(gemini, { hasToolCalls: true }).finishReason).toBe(expected);
  });
});

describe("resolveFinishReason", () => {
  it("STOP with a function call is tool_calls (Gemini says STOP after calls)", () => {
    expect(resolveFinishReason("STOP", { hasToolCalls: true })).toEqual({
      finishReason: "tool_calls",
      nativeReason: "STOP",
      known: true,
    });
  });

  it("MALFORMED_FUNCTION_CALL never looks like a normal stop", () => {
    expect(resolveFinishReason("MALFORMED_FUNCTION_CALL", { hasToolCalls: false }).finishReason).toBe("content_filter");
  });

  it("a safety verdict or truncation outranks calls", () => {
    expect(resolveFinishReason("SAFETY", { hasToolCalls: true }).finishReason).toBe("content_filter");
    expect(resolveFinishReason("MAX_TOKENS", { hasToolCalls: true }).finishReason).toBe("length");
  });

  it("unknown values fall back to stop and are flagged", () => {
    expect(resolveFinishReason("SOMETHING_NEW", { hasToolCalls: false })).toEqual({
      finishReason: "stop",
      nativeReason: "SOMETHING_NEW",
      known: false,
    });
    expect(resolveFinishReason("SOMETHING_NEW", { hasToolCalls: true }).finishReason).toBe("tool_calls");
    expect(resolveFinishReason("toString", { hasToolCalls: false })).toEqual({
      finishReason: "stop",
      nativeReason: "toString",
      known: false,
    });
  });

  it("an absent reason is stop", () => {
    expect(resolveFinishReason(undefined, { hasToolCalls: false })).toEqual({
      finishReason: "stop",
      nativeReason: undefined,
      known: true,
    });
  });
});
