import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { translate } from "../../test/helpers/openai-to-gemini-test-helpers";

// Every request input the repo holds: Google's page (seed), recorded client requests, OpenAI's documented examples.
const root = new URL("../../../../", import.meta.url);
const dirs = [
  new URL("packages/core/test/fixtures/request/", root),
  new URL("fixtures/recorded/openai-requests/", root),
  new URL("fixtures/specvalidate-testdata/", root),
];
const inputs = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json") && (name.startsWith("openai-") ? /request(\.ok)?\.json$/.test(name) : true))
    .filter((name) => !name.startsWith("openai-") || !name.includes(".bad."))
    .filter((name) => !name.startsWith("gemini-"))
    .map((name) => ({ name, request: JSON.parse(readFileSync(new URL(name, dir), "utf8")) as unknown })),
);

describe("repo request fixtures → official Gemini schemas (strict)", () => {
  it("found every fixture", () => {
    expect(inputs.length).toBe(8 + 8 + 6);
  });

  for (const dialect of ["gemini", "vertex"] as const) {
    it.each(inputs.map((input) => [input.name, input.request] as const))(`%s (${dialect})`, (_name, request) => {
      const { value } = translate(request, { dialect });
      const body = JSON.parse(JSON.stringify(value.body).replaceAll("<THOUGHT_SIGNATURE>", "c2lnbmF0dXJl")) as unknown;
      expect(validateOfficial("gemini-request", body, { dialect, strict: true })).toEqual({ valid: true, errors: [] });
    });
  }
});

describe("seed requests: whole outputs", () => {
  const seed = (name: string) => inputs.find((input) => input.name === name)?.request;

  it("thinking_config + thought_tag_marker (extra_body form)", () => {
    expect(translate(seed("seed-thinking-config.request.json"), { dialect: "vertex" })).toEqual({
      value: {
        model: "gemini-2.5-flash-preview-04-17",
        stream: true,
        body: {
          contents: [{ role: "user", parts: [{ text: "Are there any primes number of the form n*ceil(log(n))" }] }],
          generationConfig: { thinkingConfig: { includeThoughts: true, thinkingBudget: 10000 } },
        },
        context: {
          model: "google/gemini-2.5-flash-preview-04-17",
          signatureMode: "extra_content",
          includeThoughts: true,
          thoughtTagMarker: "think",
        },
      },
      warnings: [],
    });
  });

  it("stream_function_call_arguments on Vertex global", () => {
    const { value, warnings } = translate(seed("seed-stream-function-call-arguments.request.json"), { dialect: "vertex" });
    expect(value.body.toolConfig).toEqual({ functionCallingConfig: { streamFunctionCallArguments: true } });
    expect(value.stream).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("image generation: modalities image", () => {
    expect(translate(seed("seed-image-generation.request.json"), { dialect: "vertex" }).value.body).toEqual({
      contents: [{ role: "user", parts: [{ text: "Generate an image of a cat." }] }],
      generationConfig: { responseModalities: ["IMAGE"] },
    });
  });

  it("bare-string image_url and gs:// input_audio", () => {
    expect(translate(seed("seed-image-url-string.request.json"), { dialect: "vertex" }).value.body.contents).toEqual([
      {
        role: "user",
        parts: [
          { text: "Describe this image" },
          { fileData: { mimeType: "image/jpeg", fileUri: "gs://cloud-samples-data/generative-ai/image/scones.jpg" } },
        ],
      },
    ]);
    expect(translate(seed("seed-input-audio-uri.request.json"), { dialect: "vertex" }).value.body.contents[0]?.parts?.[1]).toEqual({
      fileData: { mimeType: "audio/mp3", fileUri: "gs://cloud-samples-data/generative-ai/audio/pixel.mp3" },
    });
  });
});
