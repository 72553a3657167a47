import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { corruptedArbitrary, jsonValueArbitrary, openAIChatCompletionArbitrary, openAIChunkStreamArbitrary } from "@gembridge/testkit";
import type { GembridgeError } from "../errors/gembridge-error";
import { parseOpenAIChatCompletion, parseOpenAIChatCompletionChunk } from "../wire/openai";
import { parseUpstreamChatCompletion, parseUpstreamChatCompletionChunk } from "../wire/openai/upstream";
import { expectAgreement } from "../../test/helpers/reader-agreement";
import { readOpenAIChatCompletion, readOpenAIChatCompletionChunk, readOpenAIUpstreamChatCompletion, readOpenAIUpstreamChatCompletionChunk } from "./read-openai-chat-completion";

const agree = (input: unknown): void => expectAgreement(readOpenAIChatCompletion, parseOpenAIChatCompletion, input);
const agreeChunk = (input: unknown): void => expectAgreement(readOpenAIChatCompletionChunk, parseOpenAIChatCompletionChunk, input);
const chunks = openAIChunkStreamArbitrary;
const agreeUpstream = (input: unknown): void => expectAgreement(readOpenAIUpstreamChatCompletion, parseUpstreamChatCompletion, input);
const agreeUpstreamChunk = (input: unknown): void => expectAgreement(readOpenAIUpstreamChatCompletionChunk, parseUpstreamChatCompletionChunk, input);

/** What lenient OpenAI-compatible servers send: envelope fields missing, `null`, or of another type. */
const envelopeVariants = (value: Record<string, unknown>) =>
  fc
    .record({
      id: fc.constantFrom("keep", "drop", "null", "number"),
      object: fc.constantFrom("keep", "drop", "null", "other"),
      created: fc.constantFrom("keep", "drop", "null", "float", "string"),
      model: fc.constantFrom("keep", "drop", "null"),
    })
    .map((plan) => {
      const out: Record<string, unknown> = { ...value };
      const replacement: Record<string, unknown> = { null: null, number: 7, other: "response", float: 1.5, string: "1" };
      for (const [key, how] of Object.entries(plan)) {
        if (how === "drop") delete out[key];
        else if (how !== "keep") out[key] = replacement[how];
      }
      return out;
    });

describe("readOpenAIChatCompletion(Chunk) agree with the zod parse functions", () => {
  test.prop([openAIChatCompletionArbitrary], { numRuns: 300 })("valid completions: same value", agree);
  test.prop([corruptedArbitrary(openAIChatCompletionArbitrary)], { numRuns: 400 })("corrupted completions: same verdict, same param", ({ value }) => agree(value));
  test.prop([chunks], { numRuns: 150 })("every chunk of a valid stream: same value", (list) => {
    for (const chunk of list) agreeChunk(chunk);
  });
  test.prop([chunks.filter((list) => list.length > 0).chain((list) => corruptedArbitrary(fc.constantFrom(...list)))], { numRuns: 300 })(
    "corrupted chunks: same verdict, same param",
    ({ value }) => agreeChunk(value),
  );
  test.prop([jsonValueArbitrary], { numRuns: 200 })("any JSON: same verdict", (value) => {
    agree(value);
    agreeChunk(value);
  });

  test.prop([(openAIChatCompletionArbitrary as fc.Arbitrary<Record<string, unknown>>).chain(envelopeVariants)], { numRuns: 200 })(
    "upstream completions with a lenient envelope: same value as parseUpstreamChatCompletion",
    agreeUpstream,
  );
  test.prop([corruptedArbitrary(openAIChatCompletionArbitrary)], { numRuns: 200 })("corrupted upstream completions: same verdict", ({ value }) => agreeUpstream(value));
  test.prop([chunks.filter((list) => list.length > 0).chain((list) => fc.constantFrom(...(list as Array<Record<string, unknown>>))).chain(envelopeVariants)], { numRuns: 200 })(
    "upstream chunks with a lenient envelope: same value as parseUpstreamChatCompletionChunk",
    agreeUpstreamChunk,
  );
  test.prop([jsonValueArbitrary], { numRuns: 100 })("any JSON, upstream: same verdict", (value) => {
    agreeUpstream(value);
    agreeUpstreamChunk(value);
  });

  it("returns the input itself, and a fault is a 502 naming the field", () => {
    const completion = { id: "c", object: "chat.completion", created: 1, model: "m", choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }] };
    expect(readOpenAIChatCompletion(completion)).toBe(completion);
    const error = (() => {
      try {
        readOpenAIChatCompletionChunk({ ...completion, object: "chat.completion.chunk", choices: [{ index: 0, delta: { tool_calls: [{ index: "0" }] } }] });
      } catch (e) {
        return e as GembridgeError;
      }
    })();
    expect([error?.status, error?.code, error?.param]).toEqual([502, "invalid_upstream_response", "choices[0].delta.tool_calls[0].index"]);
  });
});
