import { describe, expect, it } from "vitest";
import { coreTestDir, listFiles, readJson } from "../../../test/openai-fixtures";
import { parseOpenAIChatCompletion, parseOpenAIChatCompletionChunk, parseOpenAIChatRequest } from "./parse-openai";

// Every JSON example of Google's Chat Completions doc page (test/seed/openai-seed.SOURCES.md), parsed with its schema.
const seedDir = `${coreTestDir}seed/`;
const seedFiles = listFiles(seedDir, (name) => name.startsWith("openai-seed-") && name.endsWith(".json"));

describe("seed examples", () => {
  it("has all 15 extracted files", () => {
    expect(seedFiles).toHaveLength(15);
  });

  it.each(seedFiles.filter((name) => name.endsWith(".request.json")))("%s parses as a request, unchanged", (name) => {
    const input = readJson(seedDir + name);
    expect(parseOpenAIChatRequest(input)).toEqual(input);
  });

  it.each(seedFiles.filter((name) => name.endsWith(".response.json")))("%s parses as a chat.completion", (name) => {
    const input = readJson(seedDir + name);
    expect(parseOpenAIChatCompletion(input)).toEqual(input);
  });

  it("the recorded stream_function_call_arguments chunks parse, thought signature on the first fragment", () => {
    const chunks = readJson(`${seedDir}openai-seed-stream-function-call-arguments.chunks.json`) as unknown[];
    const parsed = chunks.map((chunk) => parseOpenAIChatCompletionChunk(chunk));
    expect(parsed).toEqual(chunks);
    const first = parsed[0]?.choices[0]?.delta.tool_calls?.[0];
    expect(first?.extra_content?.google?.thought_signature).toBe("...");
    const last = parsed.at(-1);
    expect(last?.choices[0]?.finish_reason).toBe("tool_calls");
    expect(last?.usage?.completion_tokens_details?.reasoning_tokens).toBe(504);
    expect(last?.usage?.extra_properties?.google?.traffic_type).toBe("PROVISIONED_THROUGHPUT");
  });

  it("keeps Google's forms: bare-string image_url, URI audio with a MIME format, extra_body.google", () => {
    const image = parseOpenAIChatRequest(readJson(`${seedDir}openai-seed-image-url-string.request.json`));
    const imageMessage = image.messages[0];
    expect(imageMessage?.role === "user" && imageMessage.content[1]).toEqual({
      type: "image_url",
      image_url: "gs://cloud-samples-data/generative-ai/image/scones.jpg",
    });
    const audio = parseOpenAIChatRequest(readJson(`${seedDir}openai-seed-input-audio-uri.request.json`));
    const audioMessage = audio.messages[0];
    expect(audioMessage?.role === "user" && audioMessage.content[1]).toEqual({
      type: "input_audio",
      input_audio: { format: "audio/mp3", data: "gs://cloud-samples-data/generative-ai/audio/pixel.mp3" },
    });
    const thinking = parseOpenAIChatRequest(readJson(`${seedDir}openai-seed-thinking-config.request.json`));
    expect(thinking.extra_body?.google).toEqual({
      thinking_config: { include_thoughts: true, thinking_budget: 10000 },
      thought_tag_marker: "think",
    });
  });

  it("types the multimodal function response parts and the tool call's signature", () => {
    const request = parseOpenAIChatRequest(readJson(`${seedDir}openai-seed-multimodal-function-response.request.json`));
    const [, assistant, tool] = request.messages;
    expect(assistant?.role === "assistant" && assistant.tool_calls?.[0]?.extra_content?.google).toEqual({
      thought_signature: "<THOUGHT_SIGNATURE>",
    });
    expect(tool?.role === "tool" && tool.extra_content?.google?.parts).toEqual([
      {
        file_data: {
          mime_type: "image/jpg",
          display_name: "dress.jpg",
          file_uri: "gs://cloud-samples-data/generative-ai/image/dress.jpg",
        },
      },
    ]);
  });

  it("types the image-generation response: bytes in message.audio with extra_content.google.mime_type", () => {
    const completion = parseOpenAIChatCompletion(readJson(`${seedDir}openai-seed-image-generation.response.json`));
    const message = completion.choices[0]?.message;
    expect(message?.content).toBeNull();
    expect(message?.audio).toEqual({ data: "<BASE64_BYTES>", extra_content: { google: { mime_type: "image/png" } } });
    expect(message?.extra_content?.google?.thought_signature).toBe("...");
  });

  it("accepts the self-deployed endpoint's requests, which carry no model", () => {
    const request = parseOpenAIChatRequest(readJson(`${seedDir}openai-seed-self-deployed-stream.request.json`));
    expect(request.model).toBeUndefined();
    expect(request.stream).toBe(true);
  });
});
