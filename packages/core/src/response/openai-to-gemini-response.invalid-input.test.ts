import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { createOpenAIToGeminiStream } from "../stream/openai-to-gemini-stream";
import { openaiToGeminiResponse } from "./openai-to-gemini-response";

/** Regressions found by the hardening fuzz (issue 10): a malformed backend reply used to crash with TypeErrors. */
function rejection(run: () => unknown): GembridgeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    return error as GembridgeError;
  }
  throw new Error("expected a GembridgeError");
}

const completion = { id: "c", object: "chat.completion", created: 0, model: "m", choices: [{ index: 0, message: { role: "assistant", content: "x" }, finish_reason: "stop" }] };
const chunk = { id: "c", object: "chat.completion.chunk", created: 0, model: "m", choices: [{ index: 0, delta: { content: "x" }, finish_reason: null }] };

describe("openaiToGeminiResponse and createOpenAIToGeminiStream on malformed backend replies", () => {
  it.each([
    [{ ...completion, choices: "x" }, "choices"],
    [{ ...completion, choices: [0] }, "choices[0]"],
    [{ ...completion, choices: [{ ...completion.choices[0], message: { role: "assistant", tool_calls: "\ud800" } }] }, "choices[0].message.tool_calls"],
    [{ ...completion, choices: [{ ...completion.choices[0], logprobs: { content: [{ token: "a", logprob: 0, bytes: null }] } }] }, "choices[0].logprobs.content[0].top_logprobs"],
  ])("completion %j → 502 invalid_upstream_response at %s", (input, param) => {
    const error = rejection(() => openaiToGeminiResponse(input as never));
    expect([error.status, error.code, error.param]).toEqual([502, "invalid_upstream_response", param]);
  });

  it.each([
    [null, null],
    [{ ...chunk, choices: [null] }, "choices[0]"],
    [{ ...chunk, choices: [{ index: 0 }] }, "choices[0].delta"],
  ])("chunk %j → 502 invalid_upstream_response at %s", (input, param) => {
    const stream = createOpenAIToGeminiStream();
    const error = rejection(() => stream.push(input as never));
    expect([error.status, error.code, error.param]).toEqual([502, "invalid_upstream_response", param]);
  });
});
