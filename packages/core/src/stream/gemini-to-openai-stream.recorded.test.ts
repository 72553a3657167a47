import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { listFiles, readStreamChunks, recordedDir } from "../../test/gemini-fixtures";
import { pipeThrough, recordedSseBytes, splitBytes, ssePayloads, withoutDocumentedDifferences } from "../../test/stream-helpers";
import { geminiToOpenAIResponse } from "../response/gemini-to-openai-response";
import type { GeminiToOpenAIResponseContext } from "../response/response-options";
import type { GeminiGenerateContentResponse } from "../wire/gemini";
import type { OpenAIChatCompletionChunk } from "../wire/openai";
import { accumulateGeminiChunks } from "./accumulate-gemini-chunks";
import { accumulateOpenAIChatChunks } from "./accumulate-openai-chat-chunks";
import { geminiSseToOpenAISse } from "./gemini-to-openai-sse";

/** Every recorded Gemini stream (`.sse` raw, `.jsonl` one chunk per line) in fixtures/recorded/gemini-native/. */
const dir = `${recordedDir}gemini-native/`;
const files = listFiles(dir, (name) => name.endsWith(".sse") || name.endsWith(".jsonl"));
const context: GeminiToOpenAIResponseContext = { includeThoughts: true, includeUsage: true };

describe.each(files)("recorded stream %s", (name) => {
  const bytes = recordedSseBytes(`${dir}${name}`);
  const geminiChunks = readStreamChunks(`${dir}${name}`) as GeminiGenerateContentResponse[];

  it("translates to valid OpenAI chunks ending with [DONE], equal to the non-streamed translation once accumulated", async () => {
    const transform = geminiSseToOpenAISse(context);
    const payloads = ssePayloads(await pipeThrough(transform, [bytes]));
    expect(payloads.at(-1)).toBe("[DONE]");
    const chunks = payloads.slice(0, -1) as OpenAIChatCompletionChunk[];
    for (const chunk of chunks) {
      expect(chunk).not.toHaveProperty("error");
      expect(validateOfficial("openai-chunk", chunk).errors).toEqual([]);
      expect(chunk.id).toBe(chunks[0]?.id);
      expect(chunk.created).toBe(chunks[0]?.created);
      expect(chunk.model).toBe(chunks[0]?.model);
    }
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.at(-1)?.usage).toBeDefined();
    const streamed = accumulateOpenAIChatChunks(chunks);
    const unary = geminiToOpenAIResponse(accumulateGeminiChunks(geminiChunks), context).value;
    expect(withoutDocumentedDifferences(streamed)).toEqual(withoutDocumentedDifferences(unary));
    for (const call of streamed.choices.flatMap((choice) => choice.message.tool_calls ?? [])) {
      if (call.type === "function") expect(() => JSON.parse(call.function.arguments)).not.toThrow();
    }
    expect(transform.warnings.filter((warning) => warning.code === "dropped" && warning.path.includes("partialArgs"))).toEqual([]);
  });

  it("gives byte-identical output however the input bytes are split", async () => {
    const whole = await pipeThrough(geminiSseToOpenAISse(context), [bytes]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 24 }), async (cuts) => {
        expect(await pipeThrough(geminiSseToOpenAISse(context), splitBytes(bytes, cuts))).toBe(whole);
      }),
      { numRuns: 15 },
    );
  });
});

describe("recorded partialArgs streams", () => {
  const argumentsOf = async (name: string) => {
    const text = await pipeThrough(geminiSseToOpenAISse(context), [recordedSseBytes(`${dir}${name}`)]);
    const completion = accumulateOpenAIChatChunks(ssePayloads(text).slice(0, -1) as OpenAIChatCompletionChunk[]);
    return completion.choices[0]?.message.tool_calls?.map((call) => (call.type === "function" ? [call.function.name, call.function.arguments] : []));
  };

  it("two sequential getWeather calls", async () => {
    expect(await argumentsOf("vercel-vertex-gemini31-pro-partialargs-stream.jsonl")).toEqual([
      ["getWeather", '{"location":"Boston"}'],
      ["getWeather", '{"location":"San Francisco"}'],
    ]);
  });

  it("the missing-terminal array stream closes its JSON", async () => {
    const calls = await argumentsOf("vercel-vertex-partialargs-array-missing-terminal-stream.jsonl");
    expect(calls).toEqual([
      [
        "writeItems",
        '{"operations":[{"action":"add","description":"Fresh red apple","itemid":"apple_001","price":0.5},{"action":"add","description":"Ripe yellow banana","itemid":"banana_001","price":0.3}]}',
      ],
    ]);
  });

  it("the nested recipe stream and the no-args calls", async () => {
    const recipe = await argumentsOf("vercel-vertex-gemini31-pro-partialargs-nested-stream.jsonl");
    const parsed = JSON.parse(recipe?.[0]?.[1] ?? "");
    expect(parsed.recipe.ingredients).toHaveLength(10);
    expect(parsed.recipe.steps).toHaveLength(10);
    expect(parsed.recipe.steps[1]).toBe("Cook lasagna noodles according to package directions, drain and set aside.");
    expect(await argumentsOf("vercel-vertex-gemini3-flash-noargs-toolcalls-thought-stream.jsonl")).toEqual([
      ["read_theme", "{}"],
      ["read_screen", '{"id":"A"}'],
      ["read_screen", '{"id":"B"}'],
      ["read_screen", '{"id":"C"}'],
    ]);
  });
});
