import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { pipeThrough, ssePayloads } from "../../test/stream-helpers";
import { geminiSseToOpenAISse } from "./gemini-to-openai-sse";

const encode = (text: string) => new TextEncoder().encode(text);
const HEAD = { id: "r1", object: "chat.completion.chunk", created: 0, model: "m", system_fingerprint: "v1" };
const event = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;
const textChunk = (text: string, extra: Record<string, unknown> = {}) => ({
  responseId: "r1",
  modelVersion: "v1",
  candidates: [{ content: { role: "model", parts: [{ text }] }, ...extra }],
});

async function translate(body: string) {
  const transform = geminiSseToOpenAISse({ model: "m" });
  const payloads = ssePayloads(await pipeThrough(transform, [encode(body)]));
  return { payloads, warnings: transform.warnings };
}

describe("geminiSseToOpenAISse", () => {
  it("translates a CRLF stream with keep-alive comments into OpenAI events ending with [DONE]", async () => {
    const body = `: ping\r\n${event(textChunk("Hé")).replaceAll("\n", "\r\n")}${event(textChunk("llo", { finishReason: "STOP" }))}`;
    const { payloads } = await translate(body);
    expect(payloads).toEqual([
      { ...HEAD, choices: [{ index: 0, delta: { role: "assistant", content: "Hé" }, logprobs: null, finish_reason: null }] },
      { ...HEAD, choices: [{ index: 0, delta: { content: "llo" }, logprobs: null, finish_reason: "stop" }] },
      "[DONE]",
    ]);
  });

  it("ends with an OpenAI error event (no [DONE]) on an in-band error — translated like an HTTP error body — after the chunks already sent", async () => {
    const body = event(textChunk("partial")) + event({ error: { code: 429, message: "Resource exhausted.", status: "RESOURCE_EXHAUSTED" } }) + event(textChunk("ignored"));
    const { payloads } = await translate(body);
    expect(payloads).toEqual([
      { ...HEAD, choices: [{ index: 0, delta: { role: "assistant", content: "partial" }, logprobs: null, finish_reason: null }] },
      {
        error: {
          message: "Resource exhausted.",
          type: "rate_limit_error",
          param: null,
          code: "rate_limit_exceeded",
          extra_content: { google: { status: "RESOURCE_EXHAUSTED" } },
        },
      },
    ]);
    expect(validateOfficial("openai-error", payloads[1]).errors).toEqual([]);
  });

  it("accepts an error body wrapped in a one-element array", async () => {
    const { payloads } = await translate(event([{ error: { code: 500, message: "Internal error.", status: "INTERNAL" } }]));
    expect(payloads).toEqual([
      { error: { message: "Internal error.", type: "server_error", param: null, code: "internal", extra_content: { google: { status: "INTERNAL" } } } },
    ]);
  });

  it("ends with an error event on an event that is not JSON", async () => {
    const { payloads } = await translate(`${event(textChunk("a"))}data: {"candidates": [\n\n`);
    expect(payloads.slice(1)).toEqual([
      { error: { message: "Malformed event in the Gemini stream at chunks[1]: not JSON.", type: "server_error", param: null, code: "upstream_malformed_event" } },
    ]);
  });

  it("ends with an error event on an event that is JSON but not a GenerateContentResponse", async () => {
    const { payloads } = await translate(event({ candidates: "nope" }));
    expect(payloads).toHaveLength(1);
    expect(payloads[0]).toMatchObject({ error: { type: "server_error", code: "upstream_malformed_event", param: "chunks[0].candidates" } });
    expect((payloads[0] as { error: { message: string } }).error.message).toBe("Invalid upstream response: Gemini GenerateContentResponse at chunks[0].candidates: expected an array.");
  });

  it("ends with an error event when the stream stops before a finishReason", async () => {
    const { payloads } = await translate(event(textChunk("cut off")));
    expect(payloads).toEqual([
      { ...HEAD, choices: [{ index: 0, delta: { role: "assistant", content: "cut off" }, logprobs: null, finish_reason: null }] },
      { error: { message: "The Gemini stream ended before every candidate had a finishReason (truncated upstream stream).", type: "server_error", param: null, code: "upstream_stream_truncated" } },
    ]);
  });

  it("processes a last event that lacks its blank line when the body closes", async () => {
    const { payloads } = await translate(`data: ${JSON.stringify(textChunk("x", { finishReason: "STOP" }))}`);
    expect(payloads.at(-1)).toBe("[DONE]");
    expect(payloads).toHaveLength(2);
  });

  it("exposes the translator's warnings", async () => {
    const { warnings } = await translate(event(textChunk("x", { finishReason: "STOP" })) + event(textChunk("late")));
    expect(warnings).toEqual([{ path: "chunks[1].candidates[0]", code: "dropped", message: "candidate chunk after its finishReason ignored" }]);
  });

  it("cancels the upstream after a fault", async () => {
    let cancelled = false;
    const source = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(encode("data: not json\n\n"));
      },
      cancel() {
        cancelled = true;
      },
    });
    const reader = source.pipeThrough(geminiSseToOpenAISse()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^data: \{"error":/);
    expect((await reader.read()).done).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cancelled).toBe(true);
  });
});
