import { describe, expect, it } from "vitest";
import type { OpenAIChatCompletionChunk } from "../wire/openai";
import { accumulateOpenAIChatChunks } from "./accumulate-openai-chat-chunks";

const head = { id: "c1", object: "chat.completion.chunk" as const, created: 7, model: "m", system_fingerprint: "fp" };
const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) => ({ ...head, choices, ...extra }) as OpenAIChatCompletionChunk;

describe("accumulateOpenAIChatChunks", () => {
  it("folds content, reasoning, tool calls by index, extra_content, logprobs, finish_reason and the usage chunk", () => {
    const token = (t: string) => ({ token: t, logprob: -0.1, bytes: [1], top_logprobs: [] });
    const chunks = [
      chunk([{ index: 0, delta: { role: "assistant", reasoning_content: "thinking" }, finish_reason: null, logprobs: null }], { usage: null }),
      chunk([{ index: 0, delta: { content: "He", extra_content: { google: { thought_signature: "A" } } }, finish_reason: null, logprobs: { content: [token("He")], refusal: null } }], { usage: null }),
      chunk([{ index: 0, delta: { content: "llo", tool_calls: [{ index: 1, id: "b", type: "function", function: { name: "g", arguments: "" } }] }, finish_reason: null, logprobs: { content: [token("llo")], refusal: null } }], { usage: null }),
      chunk([{ index: 0, delta: { tool_calls: [{ index: 0, id: "a", type: "function", function: { name: "f", arguments: '{"x"' } }, { index: 1, function: { arguments: "{}" } }] }, finish_reason: null }], { usage: null }),
      chunk([{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: ":1}" }, extra_content: { google: { thought_signature: "S" } } }], extra_content: { google: { thought_signature: "B" } } }, finish_reason: "tool_calls" }], { usage: null }),
      chunk([], { usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } }),
    ];
    const before = structuredClone(chunks);
    expect(accumulateOpenAIChatChunks(chunks)).toEqual({
      id: "c1",
      object: "chat.completion",
      created: 7,
      model: "m",
      system_fingerprint: "fp",
      choices: [
        {
          index: 0,
          finish_reason: "tool_calls",
          logprobs: { content: [token("He"), token("llo")], refusal: null },
          message: {
            role: "assistant",
            content: "Hello",
            refusal: null,
            reasoning_content: "thinking",
            extra_content: { google: { thought_signature: "A", thought_signatures: ["A", "B"] } },
            tool_calls: [
              { id: "a", type: "function", function: { name: "f", arguments: '{"x":1}' }, extra_content: { google: { thought_signature: "S" } } },
              { id: "b", type: "function", function: { name: "g", arguments: "{}" } },
            ],
          },
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
    });
    expect(chunks).toEqual(before);
  });

  it("keeps one name when a provider repeats it on every fragment (Google's endpoint), and separates choices", () => {
    const call = (args: string) => ({ index: 0, id: "x", type: "function", function: { name: "f", arguments: args } });
    const completion = accumulateOpenAIChatChunks([
      chunk([{ index: 1, delta: { role: "assistant", tool_calls: [call("{")] } }]),
      chunk([{ index: 0, delta: { role: "assistant", content: "zero" }, finish_reason: "stop" }]),
      chunk([{ index: 1, delta: { role: "assistant", tool_calls: [call("}")] }, finish_reason: "tool_calls" }]),
    ]);
    expect(completion.choices.map((choice) => [choice.index, choice.message.content, choice.message.tool_calls])).toEqual([
      [0, "zero", undefined],
      [1, null, [{ id: "x", type: "function", function: { name: "f", arguments: "{}" } }]],
    ]);
  });

  it("takes the first audio, concatenates images and raw parts, merges choice extra_content", () => {
    const audio = { id: "a", expires_at: 1, data: "AA==", transcript: "" };
    const image = (url: string) => ({ type: "image_url", image_url: { url } });
    const completion = accumulateOpenAIChatChunks([
      chunk([{ index: 0, delta: { audio, images: [image("data:1")], extra_content: { google: { gemini_parts: [{ index: 0, part: { a: 1 } }] } } }, extra_content: { google: { safety_ratings: [] } } }]),
      chunk([{ index: 0, delta: { audio: { ...audio, data: "BB==" }, images: [image("data:2")], extra_content: { google: { gemini_parts: [{ index: 2, part: { b: 1 } }] } } }, finish_reason: "stop", extra_content: { google: { finish_message: "done" } } }]),
    ]);
    const choice = completion.choices[0] as Record<string, unknown> & { message: Record<string, unknown> };
    expect(choice.message.audio).toEqual(audio);
    expect(choice.message.images).toEqual([image("data:1"), image("data:2")]);
    expect(choice.message.extra_content).toEqual({ google: { gemini_parts: [{ index: 0, part: { a: 1 } }, { index: 2, part: { b: 1 } }] } });
    expect(choice.extra_content).toEqual({ google: { safety_ratings: [], finish_message: "done" } });
  });

  it("gives an empty completion for no chunks", () => {
    expect(accumulateOpenAIChatChunks([])).toEqual({ id: "", object: "chat.completion", created: 0, model: "", choices: [] });
  });
});
