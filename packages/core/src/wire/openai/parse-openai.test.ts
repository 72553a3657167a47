import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { GembridgeError } from "../../errors/gembridge-error";
import {
  parseOpenAIChatCompletion,
  parseOpenAIChatCompletionChunk,
  parseOpenAIChatRequest,
  parseOpenAIError,
} from "./parse-openai";

const user = (content: unknown) => ({ model: "m", messages: [{ role: "user", content }] });
const base = { model: "m", messages: [] };

/** The error a parse function throws (fails the test if it does not throw a GembridgeError). */
function errorOf(run: () => unknown): GembridgeError {
  try {
    run();
  } catch (error) {
    if (error instanceof GembridgeError) return error;
    throw error;
  }
  throw new Error("expected a GembridgeError");
}

describe("parseOpenAIChatRequest: wrong types are rejected at the exact param path", () => {
  it.each<[string, unknown]>([
    ["messages[0].content[1].image_url.url", user([{ type: "text", text: "a" }, { type: "image_url", image_url: { url: 5 } }])],
    ["messages[0].content[1].image_url", user([{ type: "text", text: "a" }, { type: "image_url", image_url: 5 }])],
    ["messages[0].content[1].image_url.detail", user([{ type: "text", text: "a" }, { type: "image_url", image_url: { url: "u", detail: "ultra" } }])],
    ["messages[0].content[0].text", user([{ type: "text", text: 3 }])],
    ["messages[0].content[0].type", user([{ type: "video", video: {} }])],
    ["messages[0].content[0].type", user([{ type: "refusal", refusal: "no" }])],
    ["messages[0].content[0].input_audio.data", user([{ type: "input_audio", input_audio: { format: "wav" } }])],
    ["messages[0].content[0].file.file_id", user([{ type: "file", file: { file_id: 1 } }])],
    ["messages[0].content", user(42)],
    ["messages[0].role", { model: "m", messages: [{ role: "wizard", content: "x" }] }],
    ["messages[0].tool_call_id", { model: "m", messages: [{ role: "tool", content: "x" }] }],
    ["messages[0].tool_calls[0].function.arguments", { model: "m", messages: [{ role: "assistant", tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: {} } }] }] }],
    ["messages[0].extra_content.google.thought_signature", { model: "m", messages: [{ role: "assistant", content: "x", extra_content: { google: { thought_signature: 1 } } }] }],
    ["messages", { model: "m" }],
    ["model", { model: 7, messages: [] }],
    ["tools[0].function.name", { ...base, tools: [{ type: "function", function: { name: 3 } }] }],
    ["tools[0].type", { ...base, tools: [{ type: "retrieval" }] }],
    ["tool_choice.function.name", { ...base, tool_choice: { type: "function", function: { name: 3 } } }],
    ["tool_choice", { ...base, tool_choice: "sometimes" }],
    ["tool_choice.allowed_tools.mode", { ...base, tool_choice: { type: "allowed_tools", allowed_tools: { mode: "any", tools: [] } } }],
    ["temperature", { ...base, temperature: "hot" }],
    ["max_tokens", { ...base, max_tokens: 1.5 }],
    ["stop[1]", { ...base, stop: ["a", 3] }],
    ["reasoning_effort", { ...base, reasoning_effort: "extreme" }],
    ["response_format.json_schema.name", { ...base, response_format: { type: "json_schema", json_schema: {} } }],
    ["stream_options.include_usage", { ...base, stream_options: { include_usage: "yes" } }],
    ["modalities[0]", { ...base, modalities: ["video"] }],
    ["metadata.k", { ...base, metadata: { k: 1 } }],
    ["extra_body.google.thinking_config.thinking_budget", { ...base, extra_body: { google: { thinking_config: { thinking_budget: "lots" } } } }],
    ["google.safety_settings[0].threshold", { ...base, google: { safety_settings: [{ category: "HARM_CATEGORY_HATE_SPEECH" }] } }],
  ])("%s", (param, input) => {
    const error = errorOf(() => parseOpenAIChatRequest(input));
    expect(error.param).toBe(param);
    expect(error.status).toBe(400);
    expect(error.message).toContain(param);
  });

  it("rejects a non-object body with no param", () => {
    expect(errorOf(() => parseOpenAIChatRequest("hello")).param).toBeNull();
  });
});

describe("parseOpenAIChatRequest: tolerant where the wire is", () => {
  it("keeps unknown keys at every level", () => {
    const input = {
      model: "m",
      future_param: { a: 1 },
      messages: [
        { role: "user", content: [{ type: "text", text: "hi", cache_hint: true }], speaker_id: 9 },
        { role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{}", strict: true }, x: 1 }] },
      ],
      tools: [{ type: "function", function: { name: "f", parameters: { type: "object" }, future: "y" } }],
      extra_body: { google: { new_google_knob: 1 }, other_vendor: {} },
    };
    expect(parseOpenAIChatRequest(input)).toEqual(input);
  });

  it("keeps null distinct from absent", () => {
    const parsed = parseOpenAIChatRequest({ ...base, max_tokens: null, temperature: 0, stop: null, seed: 0 });
    expect(parsed).toEqual({ ...base, max_tokens: null, temperature: 0, stop: null, seed: 0 });
    expect("top_p" in parsed).toBe(false);
  });

  it("accepts every tool_choice form, including Google's `validated`", () => {
    for (const tool_choice of [
      "none",
      "auto",
      "required",
      "validated",
      { type: "function", function: { name: "f" } },
      { type: "custom", custom: { name: "g" } },
      { type: "allowed_tools", allowed_tools: { mode: "required", tools: [{ type: "function", function: { name: "f" } }] } },
    ]) {
      expect(parseOpenAIChatRequest({ ...base, tool_choice }).tool_choice).toEqual(tool_choice);
    }
  });

  it("accepts every role, including the deprecated function role, and custom tools", () => {
    const input = {
      model: "m",
      messages: [
        { role: "developer", content: [{ type: "text", text: "be brief" }] },
        { role: "system", content: "sys", name: "s" },
        { role: "user", content: [{ type: "file", file: { file_data: "data:application/pdf;base64,AA==", filename: "a.pdf" } }] },
        { role: "assistant", content: [{ type: "refusal", refusal: "no" }], refusal: "no", audio: { id: "audio_1" } },
        { role: "assistant", content: null, function_call: { name: "f", arguments: "{}" } },
        { role: "function", name: "f", content: null },
        { role: "assistant", tool_calls: [{ id: "c1", type: "custom", custom: { name: "g", input: "SELECT 1" } }] },
        { role: "tool", tool_call_id: "c1", content: [{ type: "text", text: "1" }] },
      ],
      tools: [{ type: "custom", custom: { name: "g", format: { type: "grammar", grammar: { definition: "start: /.+/", syntax: "lark" } } } }],
      functions: [{ name: "f", parameters: { type: "object" } }],
      function_call: { name: "f" },
      modalities: ["text", "image"],
      audio: { voice: "alloy", format: "wav" },
      reasoning_effort: "xhigh",
      verbosity: "low",
      prediction: { type: "content", content: "draft" },
      web_search_options: { search_context_size: "low", user_location: { type: "approximate", approximate: { city: "Seoul" } } },
      service_tier: "flex",
      prompt_cache_retention: "24h",
      safety_identifier: "u1",
      moderation: { model: "omni-moderation-latest" },
    };
    expect(parseOpenAIChatRequest(input)).toEqual(input);
  });

  it("does not mutate its input", () => {
    const input = user([{ type: "image_url", image_url: "gs://b/o.png" }]);
    const before = structuredClone(input);
    parseOpenAIChatRequest(input);
    expect(input).toEqual(before);
  });
});

describe("response, chunk and error parsers", () => {
  const completion = {
    id: "chatcmpl-1",
    object: "chat.completion",
    created: 1,
    model: "m",
    choices: [{ index: 0, message: { role: "assistant", content: "hi", refusal: null }, finish_reason: "stop", logprobs: null }],
  };

  it("reports the path of a wrong field in a completion", () => {
    const bad = { ...completion, choices: [{ ...completion.choices[0], finish_reason: "done" }] };
    expect(errorOf(() => parseOpenAIChatCompletion(bad)).param).toBe("choices[0].finish_reason");
    const badUsage = { ...completion, usage: { prompt_tokens: 1, completion_tokens: "2", total_tokens: 3 } };
    expect(errorOf(() => parseOpenAIChatCompletion(badUsage)).param).toBe("usage.completion_tokens");
  });

  it("parses logprobs and url_citation annotations", () => {
    const input = {
      ...completion,
      choices: [
        {
          index: 0,
          finish_reason: "stop",
          message: {
            role: "assistant",
            content: "See x.",
            annotations: [{ type: "url_citation", url_citation: { start_index: 0, end_index: 5, url: "https://x", title: "X" } }],
          },
          logprobs: { content: [{ token: "See", logprob: -0.1, bytes: [83, 101, 101], top_logprobs: [] }], refusal: null },
        },
      ],
    };
    expect(parseOpenAIChatCompletion(input)).toEqual(input);
  });

  it("parses a usage-only final chunk and rejects a tool-call delta without index", () => {
    const usageChunk = {
      id: "c",
      object: "chat.completion.chunk",
      created: 1,
      model: "m",
      choices: [],
      usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3, prompt_tokens_details: { cached_tokens: 0 } },
    };
    expect(parseOpenAIChatCompletionChunk(usageChunk)).toEqual(usageChunk);
    const bad = { ...usageChunk, choices: [{ index: 0, delta: { tool_calls: [{ function: { arguments: "{" } }] }, finish_reason: null }] };
    expect(errorOf(() => parseOpenAIChatCompletionChunk(bad)).param).toBe("choices[0].delta.tool_calls[0].index");
  });

  it("parses error bodies and reports a missing message", () => {
    const body = { error: { message: "bad", type: "invalid_request_error", param: "messages", code: null } };
    expect(parseOpenAIError(body)).toEqual(body);
    expect(errorOf(() => parseOpenAIError({ error: { type: "x" } })).param).toBe("error.message");
  });
});

describe("robustness", () => {
  fcTest.prop([fc.jsonValue()])("any JSON value either parses or throws a GembridgeError", (value) => {
    for (const parse of [parseOpenAIChatRequest, parseOpenAIChatCompletion, parseOpenAIChatCompletionChunk, parseOpenAIError]) {
      try {
        parse(value);
      } catch (error) {
        expect(error).toBeInstanceOf(GembridgeError);
      }
    }
  });

  fcTest.prop([fc.array(fc.oneof(fc.string(), fc.record({ type: fc.constant("text"), text: fc.string() })))])(
    "arbitrary user content arrays of text parts parse unchanged",
    (parts) => {
      const content = parts.map((part) => (typeof part === "string" ? { type: "text", text: part } : part));
      expect(parseOpenAIChatRequest(user(content))).toEqual(user(content));
    },
  );

  it("handles 10,000 messages in linear time", () => {
    const messages = Array.from({ length: 10_000 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: `m${i}` }));
    const start = performance.now();
    expect(parseOpenAIChatRequest({ model: "m", messages }).messages).toHaveLength(10_000);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
