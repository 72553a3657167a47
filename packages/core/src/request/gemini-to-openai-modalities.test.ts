import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import type { GeminiGenerateContentRequest } from "../wire/gemini";
import { geminiToOpenAIRequest } from "./gemini-to-openai-request";
import { openaiToGeminiRequest } from "./openai-to-gemini-request";

const contents = [{ role: "user", parts: [{ text: "Say hi" }] }];
const paths = (warnings: readonly { path: string; code: string }[]) => warnings.map((w) => `${w.path} ${w.code}`);

describe("responseModalities / speechConfig → modalities / audio", () => {
  it("AUDIO with a prebuilt voice → audio output in Gemini's own format (pcm16); Gemini → OpenAI → Gemini is exact", () => {
    const request: GeminiGenerateContentRequest = {
      contents,
      generationConfig: { responseModalities: ["AUDIO"], speechConfig: { voiceConfig: { prebuiltVoiceConfig: { voiceName: "Kore" } } } },
    };
    const { value, warnings } = geminiToOpenAIRequest(request, { model: "gpt-4o-audio-preview" });
    expect(value).toEqual({ model: "gpt-4o-audio-preview", messages: [{ role: "user", content: "Say hi" }], modalities: ["audio"], audio: { voice: "Kore", format: "pcm16" } });
    expect(warnings).toEqual([]);
    expect(validateOfficial("openai-request", value, { strict: true }).errors).toEqual([]);
    const back = openaiToGeminiRequest({ ...value, model: "gemini-2.5-flash-preview-tts" });
    expect(back.warnings).toEqual([]);
    expect(back.value.body).toEqual(request);
  });

  it("TEXT + IMAGE → text + image (Google's modality); imageConfig → extra_body.google with extensions, else a warning", () => {
    const request: GeminiGenerateContentRequest = { contents, generationConfig: { responseModalities: ["TEXT", "IMAGE"], imageConfig: { aspectRatio: "16:9" } } };
    const plain = geminiToOpenAIRequest(request, { model: "m" });
    expect(plain.value).toEqual({ model: "m", messages: [{ role: "user", content: "Say hi" }], modalities: ["text", "image"] });
    expect(paths(plain.warnings)).toEqual(["generationConfig.imageConfig dropped"]);
    // `image` is Google's (and OpenRouter's) value, outside OpenAI's enum — the one documented exception (0084).
    expect(validateOfficial("openai-request", plain.value, { strict: true }).errors.filter((e) => !e.startsWith("$.modalities"))).toEqual([]);
    expect(validateOfficial("openai-request", { ...plain.value, modalities: ["text"] }, { strict: true }).errors).toEqual([]);
    const google = geminiToOpenAIRequest(request, { model: "m", forwardGoogleExtensions: true });
    expect(google.value.extra_body).toEqual({ google: { image_config: { aspect_ratio: "16:9" } } });
    expect(google.warnings).toEqual([]);
    const back = openaiToGeminiRequest({ ...google.value, model: "gemini-2.5-flash-image" });
    expect(back.value.body.generationConfig).toEqual(request.generationConfig);
  });

  it("AUDIO without a voice → OpenAI's default voice (defaulted); multi-speaker → extra_body.google or a warning", () => {
    const noVoice = geminiToOpenAIRequest({ contents, generationConfig: { responseModalities: ["AUDIO"] } }, { model: "m" });
    expect(noVoice.value.audio).toEqual({ voice: "alloy", format: "pcm16" });
    expect(paths(noVoice.warnings)).toEqual(["generationConfig.speechConfig defaulted"]);
    const speechConfig = {
      languageCode: "en-US",
      multiSpeakerVoiceConfig: { speakerVoiceConfigs: [{ speaker: "A", voiceConfig: { prebuiltVoiceConfig: { voiceName: "Kore" } } }, { speaker: "B", voiceConfig: { prebuiltVoiceConfig: { voiceName: "Puck" } } }] },
    };
    const multi: GeminiGenerateContentRequest = { contents, generationConfig: { responseModalities: ["AUDIO"], speechConfig } };
    expect(paths(geminiToOpenAIRequest(multi, { model: "m" }).warnings)).toEqual(["generationConfig.speechConfig defaulted", "generationConfig.speechConfig dropped"]);
    const google = geminiToOpenAIRequest(multi, { model: "m", forwardGoogleExtensions: true });
    expect(google.value.extra_body).toEqual({
      google: {
        speech_config: {
          language_code: "en-US",
          multi_speaker_voice_config: { speaker_voice_configs: [{ speaker: "A", voice_config: { prebuilt_voice_config: { voice_name: "Kore" } } }, { speaker: "B", voice_config: { prebuilt_voice_config: { voice_name: "Puck" } } }] },
        },
      },
    });
  });

  it("an unknown modality is dropped with a warning; duplicates collapse", () => {
    const { value, warnings } = geminiToOpenAIRequest({ contents, generationConfig: { responseModalities: ["TEXT", "TEXT", "VIDEO"] } }, { model: "m" });
    expect(value.modalities).toEqual(["text"]);
    expect(paths(warnings)).toEqual(["generationConfig.responseModalities[2] dropped"]);
  });
});
