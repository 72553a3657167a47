import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { createOpenAIToGeminiStream } from "../stream/openai-to-gemini-stream";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import type { OpenAIChatCompletion, OpenAIChatCompletionChunk } from "../wire/openai";
import { geminiToOpenAIResponse } from "./gemini-to-openai-response";
import { openaiToGeminiResponse } from "./openai-to-gemini-response";

const completion = (message: Record<string, unknown>): OpenAIChatCompletion =>
  ({ id: "c1", object: "chat.completion", created: 0, model: "gpt-4o-audio-preview", choices: [{ index: 0, message: { role: "assistant", content: null, refusal: null, ...message }, finish_reason: "stop", logprobs: null }] }) as OpenAIChatCompletion;

describe("audio and image output → inlineData", () => {
  it("message.audio without a MIME label is the requested format: pcm16 by default (Gemini's own L16), or context.audioFormat", () => {
    const audio = { id: "a1", expires_at: 0, data: "AAEC", transcript: "hi" };
    const { value, warnings } = openaiToGeminiResponse(completion({ audio }));
    expect(value.candidates).toEqual([{ index: 0, content: { role: "model", parts: [{ inlineData: { mimeType: "audio/L16;codec=pcm;rate=24000", data: "AAEC" } }] }, finishReason: "STOP" }]);
    expect(warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["choices[0].message.audio.transcript dropped"]);
    expect(validateOfficial("gemini-response", value, { strict: true }).errors).toEqual([]);
    const wav = openaiToGeminiResponse(completion({ audio }), { audioFormat: "wav" }).value;
    expect(wav.candidates?.[0]?.content?.parts).toEqual([{ inlineData: { mimeType: "audio/wav", data: "AAEC" } }]);
  });

  const native: GeminiGenerateContentResponse = {
    candidates: [{ index: 0, content: { role: "model", parts: [{ inlineData: { mimeType: "image/jpeg", data: "/9j/4AAQ" }, thoughtSignature: "c2ln" }] }, finishReason: "STOP" }],
    modelVersion: "gemini-3.1-flash-image",
    responseId: "r1",
  };

  for (const context of [{}, { imageOutput: "images" as const }, { outputProfile: "google" as const }]) {
    it(`Gemini image output → OpenAI (${JSON.stringify(context)}) → Gemini keeps the image part and its signature`, () => {
      const openai = geminiToOpenAIResponse(native, context).value;
      const back = openaiToGeminiResponse(openai);
      expect(back.value.candidates).toEqual(native.candidates);
      expect(back.warnings).toEqual([]);
      expect(validateOfficial("gemini-response", back.value, { strict: true }).errors).toEqual([]);
    });
  }

  it("Gemini audio output (L16) → OpenAI → Gemini keeps the MIME type from extra_content", () => {
    const audio: GeminiGenerateContentResponse = {
      candidates: [{ index: 0, content: { role: "model", parts: [{ inlineData: { mimeType: "audio/L16;codec=pcm;rate=24000", data: "AAEC" } }] }, finishReason: "STOP" }],
      modelVersion: "gemini-2.5-flash-preview-tts",
      responseId: "r2",
    };
    const back = openaiToGeminiResponse(geminiToOpenAIResponse(audio).value);
    expect(back.value.candidates).toEqual(audio.candidates);
    expect(back.warnings).toEqual([]);
  });

  it("streamed audio: each delta.audio.data piece → one inlineData part; the transcript warns once", () => {
    const chunk = (delta: Record<string, unknown>, finish: string | null = null): OpenAIChatCompletionChunk =>
      ({ id: "c1", object: "chat.completion.chunk", created: 0, model: "m", choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] }) as OpenAIChatCompletionChunk;
    const stream = createOpenAIToGeminiStream();
    const out = [
      ...stream.push(chunk({ role: "assistant", audio: { id: "a1", transcript: "He" } })),
      ...stream.push(chunk({ audio: { data: "AAEC", transcript: "llo" } })),
      ...stream.push(chunk({ audio: { data: "AwQF" } })),
      ...stream.push(chunk({}, "stop")),
      ...stream.finish(),
    ];
    expect(out.map((response) => response.candidates?.[0]?.content?.parts ?? [])).toEqual([
      [{ inlineData: { mimeType: "audio/L16;codec=pcm;rate=24000", data: "AAEC" } }],
      [{ inlineData: { mimeType: "audio/L16;codec=pcm;rate=24000", data: "AwQF" } }],
      [],
    ]);
    expect(stream.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(["chunks[0].choices[0].delta.audio.transcript dropped"]);
    for (const response of out) expect(validateOfficial("gemini-response", response, { strict: true }).errors).toEqual([]);
  });
});
