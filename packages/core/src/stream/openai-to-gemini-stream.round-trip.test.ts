import { fc, it as prop } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import type { GeminiGenerateContentResponse, GeminiPart } from "../wire/gemini";
import type { OpenAIChatCompletionChunk } from "../wire/openai";
import { accumulateGeminiChunks } from "./accumulate-gemini-chunks";
import { accumulateOpenAIChatChunks } from "./accumulate-openai-chat-chunks";
import { createGeminiToOpenAIStream } from "./gemini-to-openai-stream";
import { createOpenAIToGeminiStream } from "./openai-to-gemini-stream";

/**
 * Streams through both stream translators, compared after accumulation (what a client ends up with): text,
 * thoughts, calls with ids and signatures, finish reason, usage. Documented differences (docs/readme/reverse.md
 * "Round trips"): text is re-chunked (only the accumulated text is compared), calls arrive whole.
 */

const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "é", "🌍", "\n", "{", "\""), minLength: 1, maxLength: 8 });
const name = fc.stringMatching(/^[a-z][a-z_]{0,6}$/);
const args = fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 3 });
const signature = fc.base64String({ minLength: 4, maxLength: 12 }).filter((s) => s !== "");

/** One Gemini stream: thoughts, then text, then calls (Gemini's order), finish + usage on the last chunk. */
const geminiStream = fc
  .record({
    thoughts: fc.array(text, { maxLength: 3 }),
    texts: fc.array(text, { maxLength: 4 }),
    textSignature: fc.option(signature, { nil: undefined }),
    calls: fc.array(fc.record({ name, args, id: fc.option(fc.stringMatching(/^[a-z0-9]{4,8}$/), { nil: undefined }), sig: fc.option(signature, { nil: undefined }) }), { maxLength: 3 }),
    finish: fc.constantFrom("STOP", "MAX_TOKENS"),
    usage: fc.record({ prompt: fc.nat(500), candidates: fc.nat(500), thoughts: fc.nat(100) }),
  })
  .filter(({ thoughts, texts, calls }) => thoughts.length + texts.length + calls.length > 0)
  .map(({ thoughts, texts, textSignature, calls, finish, usage }): GeminiGenerateContentResponse[] => {
    const parts: GeminiPart[][] = [
      ...thoughts.map((t) => [{ text: t, thought: true }]),
      ...texts.map((t, i) => [i === texts.length - 1 && textSignature !== undefined ? { text: t, thoughtSignature: textSignature } : { text: t }]),
      ...calls.map((c) => [{ functionCall: { ...(c.id === undefined ? {} : { id: c.id }), name: c.name, args: c.args }, ...(c.sig === undefined ? {} : { thoughtSignature: c.sig }) }]),
    ];
    const envelope = { modelVersion: "gemini-2.5-flash", responseId: "resp1" };
    return parts.map((chunkParts, i): GeminiGenerateContentResponse => {
      const last = i === parts.length - 1;
      return {
        candidates: [{ index: 0, content: { role: "model", parts: chunkParts }, ...(last ? { finishReason: finish } : {}) }],
        ...(last
          ? {
              usageMetadata: {
                promptTokenCount: usage.prompt,
                candidatesTokenCount: usage.candidates,
                ...(usage.thoughts > 0 ? { thoughtsTokenCount: usage.thoughts } : {}),
                totalTokenCount: usage.prompt + usage.candidates + usage.thoughts,
              },
            }
          : {}),
        ...envelope,
      };
    });
  });

describe("Gemini → OpenAI → Gemini stream", () => {
  prop.prop([geminiStream])("accumulates to the same response: text, thoughts, calls, signatures, finish, usage", (chunks) => {
    const forward = createGeminiToOpenAIStream({ includeThoughts: true, includeUsage: true, newId: (kind, i) => `${kind}_${i}`, now: () => 0 });
    const openai = [...chunks.flatMap((chunk) => forward.push(chunk)), ...forward.finish()];
    const reverse = createOpenAIToGeminiStream();
    const back = [...openai.flatMap((chunk) => reverse.push(chunk)), ...reverse.finish()];
    expect(reverse.warnings).toEqual([]);
    for (const chunk of back) expect(validateOfficial("gemini-response", chunk, { strict: true }).errors).toEqual([]);
    const expected = accumulateGeminiChunks(chunks);
    const actual = accumulateGeminiChunks(back);
    // Tool-call ids the forward side invented for id-less calls come back as ids (documented: harmless, echoed).
    const strip = (response: GeminiGenerateContentResponse, ids: boolean) => ({
      ...response,
      candidates: response.candidates?.map((candidate) => ({
        ...candidate,
        content: { ...candidate.content, parts: candidate.content?.parts?.map((part) => (part.functionCall !== undefined && !ids ? { ...part, functionCall: { ...part.functionCall, id: undefined } } : part)) },
      })),
    });
    const hadIds = chunks.every((chunk) => chunk.candidates?.every((c) => c.content?.parts?.every((p) => p.functionCall === undefined || p.functionCall.id !== undefined)));
    expect(strip(actual, hadIds)).toEqual(strip(expected, hadIds));
  });
});

/** One OpenAI stream as backends send it: role chunk, reasoning/content deltas, call fragments, finish, usage. */
const openaiStream = fc
  .record({
    reasoning: fc.array(text, { maxLength: 3 }),
    content: fc.array(text, { maxLength: 4 }),
    calls: fc.array(fc.record({ name, args, cuts: fc.array(fc.nat(), { maxLength: 3 }) }), { maxLength: 3 }),
    finish: fc.constantFrom("stop", "length"),
    usage: fc.record({ prompt: fc.nat(500), completion: fc.nat(500), reasoning: fc.nat(100) }),
  })
  .map(({ reasoning, content, calls, finish, usage }): OpenAIChatCompletionChunk[] => {
    const base = { id: "chatcmpl-1", object: "chat.completion.chunk" as const, created: 7, model: "gpt-4o" };
    const chunk = (delta: Record<string, unknown>, finishReason: string | null = null): OpenAIChatCompletionChunk =>
      ({ ...base, choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }] }) as OpenAIChatCompletionChunk;
    const out = [chunk({ role: "assistant", content: "" })];
    for (const r of reasoning) out.push(chunk({ reasoning_content: r }));
    for (const c of content) out.push(chunk({ content: c }));
    calls.forEach((call, index) => {
      const json = JSON.stringify(call.args);
      const cuts = [...new Set(call.cuts.map((cut) => cut % (json.length + 1)))].sort((a, b) => a - b);
      const pieces = [0, ...cuts, json.length].slice(1).map((end, k, all) => json.slice(k === 0 ? 0 : all[k - 1], end));
      out.push(chunk({ tool_calls: [{ index, id: `call_${index}`, type: "function", function: { name: call.name, arguments: "" } }] }));
      for (const piece of pieces) out.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    });
    out.push(chunk({}, calls.length > 0 && finish === "stop" ? "tool_calls" : finish));
    const total = usage.prompt + usage.completion + usage.reasoning;
    out.push({
      ...base,
      choices: [],
      usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion + usage.reasoning, total_tokens: total, completion_tokens_details: { reasoning_tokens: usage.reasoning } },
    } as OpenAIChatCompletionChunk);
    return out;
  });

describe("OpenAI → Gemini → OpenAI stream", () => {
  prop.prop([openaiStream])("accumulates to the same completion: content, reasoning, calls with ids, finish, usage", (chunks) => {
    const reverse = createOpenAIToGeminiStream();
    const gemini = [...chunks.flatMap((chunk) => reverse.push(chunk)), ...reverse.finish()];
    expect(reverse.warnings).toEqual([]);
    for (const chunk of gemini) expect(validateOfficial("gemini-response", chunk, { strict: true }).errors).toEqual([]);
    const forward = createGeminiToOpenAIStream({ includeThoughts: true, includeUsage: true, now: () => 7 });
    const back = [...gemini.flatMap((chunk) => forward.push(chunk)), ...forward.finish()];
    for (const chunk of back) expect(validateOfficial("openai-chunk", chunk).errors).toEqual([]);
    const expected = accumulateOpenAIChatChunks(chunks);
    const actual = accumulateOpenAIChatChunks(back);
    const view = (completion: typeof expected) => {
      const choice = completion.choices[0];
      const message = choice?.message;
      return {
        id: completion.id,
        content: message?.content === "" ? null : (message?.content ?? null),
        reasoning: message?.reasoning_content ?? undefined,
        calls: (message?.tool_calls ?? []).map((call) => (call.type === "function" ? { id: call.id, name: call.function.name, args: JSON.parse(call.function.arguments) as unknown } : call)),
        finish: choice?.finish_reason,
        // A zero count and an absent one say the same (Gemini omits zero fields).
        usage: completion.usage === undefined ? undefined : zeroFree(completion.usage),
      };
    };
    expect(view(actual)).toEqual(view(expected));
  });
});

/** Deep copy without `*_details` objects whose counts are all zero. */
function zeroFree(usage: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(usage).filter(([, value]) => typeof value !== "object" || value === null || Object.values(value).some((count) => count !== 0)),
  );
}
