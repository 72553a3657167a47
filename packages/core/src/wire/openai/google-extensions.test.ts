import { describe, expect, it } from "vitest";
import { parseOpenAIChatCompletion, parseOpenAIChatCompletionChunk, parseOpenAIChatRequest } from "./parse-openai";

// Google's extensions at every documented placement (https://cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai/overview). The doc page shows them only as
// templates with `...`, so these inputs are constructed from those templates.
describe("extra_body.google", () => {
  const google = {
    thinking_config: { include_thoughts: true, thinking_budget: 0, thinking_level: "low" },
    thought_tag_marker: "think",
    safety_settings: [{ category: "HARM_CATEGORY_HATE_SPEECH", threshold: "BLOCK_NONE" }],
    cached_content: "projects/p/locations/l/cachedContents/c",
    labels: { team: "a" },
    stream_function_call_arguments: false,
    tools: [{ google_search: {} }, { code_execution: {} }],
    media_resolution: "MEDIA_RESOLUTION_LOW",
  };

  it("is typed under the literal extra_body key and under the observed top-level google key", () => {
    const viaExtraBody = parseOpenAIChatRequest({ model: "m", messages: [], extra_body: { google } });
    expect(viaExtraBody.extra_body?.google).toEqual(google);
    const viaTopLevel = parseOpenAIChatRequest({ model: "m", messages: [], google });
    expect(viaTopLevel.google).toEqual(google);
  });

  it("keeps 0 and false as values", () => {
    const parsed = parseOpenAIChatRequest({ model: "m", messages: [], extra_body: { google } });
    expect(parsed.extra_body?.google?.thinking_config?.thinking_budget).toBe(0);
    expect(parsed.extra_body?.google?.stream_function_call_arguments).toBe(false);
  });
});

describe("extra_content.google", () => {
  it("is typed on messages, content parts, tool calls and assistant audio in requests", () => {
    const input = {
      model: "m",
      messages: [
        { role: "user", content: "hi", extra_content: { google: { thought: false } } },
        {
          role: "assistant",
          content: [{ type: "text", text: "step", extra_content: { google: { thought: true, thought_signature: "c2ln" } } }],
          tool_calls: [
            { id: "c1", type: "function", function: { name: "f", arguments: "{}" }, extra_content: { google: { thought_signature: "c2lnMQ==" } } },
          ],
          audio: { data: "iVBORw0KGgo=", extra_content: { google: { mime_type: "image/png" } } },
          extra_content: { google: { thought_signature: "bXNn" } },
          reasoning_content: "thinking…",
        },
        {
          role: "tool",
          tool_call_id: "c1",
          content: "{}",
          extra_content: {
            google: { parts: [{ inline_data: { mime_type: "image/png", data: "AAAA", display_name: "x.png" } }] },
          },
        },
      ],
    };
    const parsed = parseOpenAIChatRequest(input);
    expect(parsed).toEqual(input);
    const assistant = parsed.messages[1];
    if (assistant?.role !== "assistant") throw new Error("expected assistant");
    expect(assistant.tool_calls?.[0]?.extra_content?.google?.thought_signature).toBe("c2lnMQ==");
    expect(assistant.audio?.extra_content?.google?.mime_type).toBe("image/png");
  });

  it("is typed on response messages, deltas and tool-call deltas, with reasoning_content and images", () => {
    const completion = {
      id: "x",
      object: "chat.completion",
      created: 1,
      model: "m",
      choices: [
        {
          index: 0,
          finish_reason: "content_filter",
          message: {
            role: "assistant",
            content: "",
            reasoning_content: "why",
            images: [{ type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } }],
            extra_content: { google: { finish_reason: "SAFETY", finish_message: "blocked" } },
          },
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 0, total_tokens: 1, extra_properties: { google: { traffic_type: "ON_DEMAND" } } },
    };
    expect(parseOpenAIChatCompletion(completion)).toEqual(completion);
    const chunk = {
      id: "x",
      object: "chat.completion.chunk",
      created: 1,
      model: "m",
      choices: [
        {
          index: 0,
          finish_reason: null,
          delta: {
            reasoning_content: "hm",
            extra_content: { google: { thought: true } },
            tool_calls: [{ index: 0, id: "c", type: "function", function: { name: "f", arguments: "" }, extra_content: { google: { thought_signature: "cw==" } } }],
          },
        },
      ],
    };
    expect(parseOpenAIChatCompletionChunk(chunk)).toEqual(chunk);
  });

  it("rejects a wrongly typed extension with its path", () => {
    const input = {
      model: "m",
      messages: [{ role: "tool", tool_call_id: "c", content: "{}", extra_content: { google: { parts: [{ file_data: { mime_type: "image/png" } }] } } }],
    };
    expect(() => parseOpenAIChatRequest(input)).toThrow(
      expect.objectContaining({ param: "messages[0].extra_content.google.parts[0].file_data.file_uri" }),
    );
  });
});
