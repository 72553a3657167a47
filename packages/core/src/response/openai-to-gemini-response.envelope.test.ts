// Decision 0153: some OpenAI-compatible servers omit `id`, `object`, `created` or `model` (or send null). Those are
// optional on upstream data; the envelope falls back to the context. What is translated stays strictly checked.
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { GembridgeError } from "../errors/gembridge-error";
import { createOpenAIToGeminiStream } from "../stream/openai-to-gemini-stream";
import { openaiToGeminiResponse } from "./openai-to-gemini-response";

const choices = [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }];
const candidates = [{ index: 0, content: { role: "model", parts: [{ text: "Hi" }] }, finishReason: "STOP" }];
const vertexContext = { dialect: "vertex" as const, model: "backend-model", newId: (kind: string, index: number) => `${kind}-${index}`, now: () => 1_700_000_000 };

function rejection(run: () => unknown): GembridgeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    return error as GembridgeError;
  }
  throw new Error("expected a GembridgeError");
}

describe("openaiToGeminiResponse: envelope fields are optional on backend replies", () => {
  it("a completion without id, object, created and model translates; no envelope without a context", () => {
    const { value, warnings } = openaiToGeminiResponse({ choices } as never);
    expect(value).toEqual({ candidates });
    expect(warnings).toEqual([]);
    expect(validateOfficial("gemini-response", value, { strict: true }).errors).toEqual([]);
  });

  it("the context fills them: newId → responseId, now → createTime (Vertex), model → modelVersion", () => {
    const { value } = openaiToGeminiResponse({ choices } as never, vertexContext);
    expect(value).toEqual({ candidates, modelVersion: "backend-model", responseId: "response-0", createTime: "2023-11-14T22:13:20.000Z" });
    expect(validateOfficial("gemini-response", value, { dialect: "vertex", strict: true }).errors).toEqual([]);
  });

  it("null envelope fields are read as missing; a fractional `created` is a time", () => {
    const { value } = openaiToGeminiResponse({ id: null, object: null, created: null, model: null, choices } as never, vertexContext);
    expect(value).toEqual({ candidates, modelVersion: "backend-model", responseId: "response-0", createTime: "2023-11-14T22:13:20.000Z" });
    const fractional = openaiToGeminiResponse({ created: 1.5, choices } as never, { dialect: "vertex" }).value;
    expect(fractional).toEqual({ candidates, createTime: "1970-01-01T00:00:01.500Z" });
  });

  it.each([
    [{ id: 5, choices }, "id"],
    [{ model: ["m"], choices }, "model"],
    [{ created: "now", choices }, "created"],
    [{ id: "c" }, "choices"],
    [{ choices: [{ index: 0, finish_reason: "stop" }] }, "choices[0].message"],
    [{ choices, usage: { prompt_tokens: "1" } }, "usage.prompt_tokens"],
  ])("%j: a present envelope field of the wrong type, or a structural error, is still 502 at %s", (input, param) => {
    const error = rejection(() => openaiToGeminiResponse(input as never));
    expect([error.status, error.code, error.param]).toEqual([502, "invalid_upstream_response", param]);
  });
});

describe("createOpenAIToGeminiStream: envelope fields are optional on backend chunks", () => {
  it("chunks without id, object, created and model translate; the envelope comes from the context", () => {
    const stream = createOpenAIToGeminiStream(vertexContext);
    const out = [
      ...stream.push({ choices: [{ index: 0, delta: { role: "assistant", content: "Hi" }, finish_reason: null }] } as never),
      ...stream.push({ id: null, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] } as never),
      ...stream.push({ choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } } as never),
      ...stream.finish(),
    ];
    const envelope = { modelVersion: "backend-model", responseId: "response-0", createTime: "2023-11-14T22:13:20.000Z" };
    expect(out).toEqual([
      { candidates: [{ index: 0, content: { role: "model", parts: [{ text: "Hi" }] } }], ...envelope },
      { candidates: [{ index: 0, content: { role: "model" }, finishReason: "STOP" }], ...envelope, usageMetadata: { promptTokenCount: 1, candidatesTokenCount: 2, totalTokenCount: 3 } },
    ]);
    for (const chunk of out) expect(validateOfficial("gemini-chunk", chunk, { dialect: "vertex", strict: true }).errors).toEqual([]);
  });

  it.each([
    [{ id: 1, choices: [] }, "id"],
    [{ choices: [{ index: 0 }] }, "choices[0].delta"],
    [{ choices: [{ index: 0, delta: { tool_calls: [{ index: "0" }] } }] }, "choices[0].delta.tool_calls[0].index"],
  ])("%j → still 502 at %s", (input, param) => {
    const error = rejection(() => createOpenAIToGeminiStream().push(input as never));
    expect([error.status, error.code, error.param]).toEqual([502, "invalid_upstream_response", param]);
  });
});
