import { describe, expect, it } from "vitest";
import type { GembridgeError } from "../errors/gembridge-error";
import { UNSUPPORTED_PARAMS } from "./openai-to-gemini-top-level";
import { thrown, translate } from "../../test/helpers/openai-to-gemini-test-helpers";

const messages = [{ role: "user", content: "q" }];

describe("generation parameters", () => {
  it("maps every sampling parameter", () => {
    const { value, warnings } = translate({
      model: "gemini-2.5-flash",
      messages,
      max_completion_tokens: 100,
      max_tokens: 50,
      temperature: 0,
      top_p: 0.5,
      n: 2,
      stop: "END",
      presence_penalty: 0.1,
      frequency_penalty: -0.2,
      seed: 7,
      logprobs: true,
      top_logprobs: 3,
    });
    expect(value.body.generationConfig).toEqual({
      maxOutputTokens: 100,
      temperature: 0,
      topP: 0.5,
      presencePenalty: 0.1,
      frequencyPenalty: -0.2,
      candidateCount: 2,
      seed: 7,
      stopSequences: ["END"],
      responseLogprobs: true,
      logprobs: 3,
    });
    expect(warnings).toEqual([{ path: "max_tokens", code: "dropped", message: "max_completion_tokens is also set and wins" }]);
  });

  it("max_tokens alone, stop lists, null parameters treated as absent", () => {
    const { value } = translate({ model: "m", messages, max_tokens: 5, stop: ["a", "b"], temperature: null, seed: null });
    expect(value.body.generationConfig).toEqual({ maxOutputTokens: 5, stopSequences: ["a", "b"] });
  });

  it("modalities and audio.voice → responseModalities and speechConfig; OpenAI voices and formats are unsupported", () => {
    const { value } = translate({ model: "m", messages, modalities: ["text", "audio"], audio: { voice: "Kore", format: "pcm16" } });
    expect(value.body.generationConfig).toEqual({
      responseModalities: ["TEXT", "AUDIO"],
      speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: "Kore" } } },
    });
    const openai = translate({ model: "m", messages, modalities: ["image"], audio: { voice: "alloy", format: "mp3" } });
    expect(openai.value.body.generationConfig).toEqual({ responseModalities: ["IMAGE"] });
    expect(openai.warnings.map((w) => w.path)).toEqual(["audio.format", "audio.voice"]);
  });

  it("reasoning_effort → thinkingLevel on Gemini 3, thinkingBudget on 2.5", () => {
    expect(translate({ model: "gemini-3-flash-preview", messages, reasoning_effort: "medium" }).value.body.generationConfig).toEqual({
      thinkingConfig: { thinkingLevel: "MEDIUM" },
    });
    expect(translate({ model: "gemini-2.5-flash", messages, reasoning_effort: "high" }).value.body.generationConfig).toEqual({
      thinkingConfig: { thinkingBudget: 24576 },
    });
    const legacy = translate({ model: "gemini-2.0-flash", messages, reasoning_effort: "high" });
    expect(legacy.value.body.generationConfig).toBeUndefined();
    expect(legacy.warnings.map((w) => w.path)).toEqual(["reasoning_effort"]);
    expect((thrown(() => translate({ model: "m", messages, reasoning_effort: "extreme" })) as GembridgeError).param).toBe("reasoning_effort");
  });

  it("thinking_config (both extension forms) wins over reasoning_effort; include_thoughts reaches the context", () => {
    const request = {
      model: "gemini-2.5-flash",
      messages,
      reasoning_effort: "low",
      extra_body: { google: { thinking_config: { include_thoughts: true, thinking_budget: 10000 } } },
    };
    const { value, warnings } = translate(request);
    expect(value.body.generationConfig).toEqual({ thinkingConfig: { includeThoughts: true, thinkingBudget: 10000 } });
    expect(value.context.includeThoughts).toBe(true);
    expect(warnings.map((w) => w.path)).toEqual(["reasoning_effort"]);
    const topLevel = translate({ model: "gemini-3-pro-preview", messages, google: { thinking_config: { thinking_level: "low" } } });
    expect(topLevel.value.body.generationConfig).toEqual({ thinkingConfig: { thinkingLevel: "LOW" } });
    const both = thrown(() =>
      translate({ model: "m", messages, google: { thinking_config: { thinking_level: "low", thinking_budget: 1 } } }),
    ) as GembridgeError;
    expect(both.param).toBe("google.thinking_config");
    const withEffort = translate({ model: "gemini-2.5-flash", messages, reasoning_effort: "low", google: { thinking_config: { include_thoughts: true } } });
    expect(withEffort.value.body.generationConfig).toEqual({ thinkingConfig: { thinkingBudget: 1024, includeThoughts: true } });
  });
});

describe("structured output", () => {
  const schema = { type: "object", properties: { n: { type: "integer" } }, required: ["n"], additionalProperties: false };

  it("text / json_object / json_schema / MIME type", () => {
    const config = (response_format: unknown, options = {}) =>
      translate({ model: "gemini-2.5-flash", messages, response_format }, options).value.body.generationConfig;
    expect(config({ type: "text" })).toEqual({ responseMimeType: "text/plain" });
    expect(config({ type: "json_object" })).toEqual({ responseMimeType: "application/json" });
    expect(config({ type: "json_schema", json_schema: { name: "x", schema, strict: true } }, { schemaTarget: "json-schema" })).toEqual({
      responseMimeType: "application/json",
      responseJsonSchema: schema,
    });
    expect(config({ type: "json_schema", json_schema: { name: "x", schema } }, { schemaTarget: "schema" })).toEqual({
      responseMimeType: "application/json",
      responseSchema: { type: "OBJECT", properties: { n: { type: "INTEGER" } }, required: ["n"] },
    });
    expect(config({ type: "json_schema", json_schema: { name: "x" } })).toEqual({ responseMimeType: "application/json" });
    expect(config({ type: "text/x.enum" })).toEqual({ responseMimeType: "text/x.enum" });
    expect((thrown(() => config({ type: "yaml" })) as GembridgeError).param).toBe("response_format.type");
  });
});

describe("Google extensions and what Gemini cannot honour", () => {
  it("extra_body.google keys → camelCase body fields (the seed's literal extra_body form)", () => {
    const { value, warnings } = translate(
      {
        model: "gemini-2.5-flash",
        messages,
        extra_body: {
          google: {
            safety_settings: [{ category: "HARM_CATEGORY_HATE_SPEECH", threshold: "BLOCK_ONLY_HIGH" }],
            cached_content: "projects/p/locations/l/cachedContents/c",
            labels: { team: "search" },
            media_resolution: "low",
            top_k: 40,
            image_config: { aspect_ratio: "16:9" },
            audio_timestamp: true,
            model_armor_config: { prompt_template_name: "t" },
          },
        },
      },
      { dialect: "vertex" },
    );
    expect(value.body).toEqual({
      contents: [{ role: "user", parts: [{ text: "q" }] }],
      safetySettings: [{ category: "HARM_CATEGORY_HATE_SPEECH", threshold: "BLOCK_ONLY_HIGH" }],
      generationConfig: { mediaResolution: "MEDIA_RESOLUTION_LOW", topK: 40, imageConfig: { aspectRatio: "16:9" }, audioTimestamp: true },
      cachedContent: "projects/p/locations/l/cachedContents/c",
      labels: { team: "search" },
      modelArmorConfig: { promptTemplateName: "t" },
    });
    expect(warnings).toEqual([]);
  });

  it("Vertex-only extensions are dropped with warnings on the Gemini API", () => {
    const { value, warnings } = translate({ model: "m", messages, google: { labels: { a: "b" }, audio_timestamp: true } });
    expect(value.body.labels).toBeUndefined();
    expect(warnings.map((w) => w.path)).toEqual(["google.audio_timestamp", "google.labels.a"]);
  });

  it("user/metadata → Vertex labels when they fit the label rules", () => {
    const { value, warnings } = translate(
      { model: "m", messages, user: "u-1", metadata: { env: "prod", Bad: "x", ok: "Has Spaces" } },
      { dialect: "vertex" },
    );
    expect(value.body.labels).toEqual({ env: "prod", user: "u-1" });
    expect(warnings.map((w) => w.path)).toEqual(["metadata.Bad", "metadata.ok"]);
  });

  it("service_tier: flex/priority → serviceTier; auto/default send nothing", () => {
    expect(translate({ model: "m", messages, service_tier: "flex" }).value.body.serviceTier).toBe("flex");
    expect(translate({ model: "m", messages, service_tier: "auto" }).value.body.serviceTier).toBeUndefined();
    expect(translate({ model: "m", messages, service_tier: "scale" }).warnings.map((w) => w.path)).toEqual(["service_tier"]);
  });

  it.each(Object.keys(UNSUPPORTED_PARAMS))("%s: dropped with a warning, 400 when strict", (param) => {
    const value = { logit_bias: { "50256": -100 }, prediction: { type: "content", content: "x" }, store: true }[param] ?? "x";
    const request = { model: "m", messages, [param]: value };
    const { warnings } = translate(request);
    expect(warnings).toEqual([
      { path: param, code: "dropped", message: UNSUPPORTED_PARAMS[param as keyof typeof UNSUPPORTED_PARAMS] },
    ]);
    const error = thrown(() => translate(request, { strict: true })) as GembridgeError;
    expect([error.status, error.param, error.code]).toEqual([400, param, "unsupported_parameter"]);
  });

  it("values Gemini honours trivially (store: false, empty logit_bias) are silent; unknown parameters are reported", () => {
    expect(translate({ model: "m", messages, store: false, logit_bias: {} }).warnings).toEqual([]);
    expect(translate({ model: "m", messages, frobnicate: 1 }).warnings).toEqual([
      { path: "frobnicate", code: "dropped", message: "unknown parameter" },
    ]);
    expect(translate({ model: "m", messages, google: { warp: 1 } }).warnings.map((w) => w.path)).toEqual(["google.warp"]);
  });

  it("stream and stream_options reach value and context", () => {
    const { value } = translate({ model: "m", messages, stream: true, stream_options: { include_usage: true } }, { signatureMode: "tool_call_id" });
    expect([value.stream, value.context]).toEqual([true, { model: "m", signatureMode: "tool_call_id", includeUsage: true }]);
  });
});
