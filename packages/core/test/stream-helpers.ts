// Test-only helpers for the SSE adapters: feed byte pieces through a TransformStream, read the output.
import { readFileSync } from "node:fs";
import type { OpenAIChatCompletion } from "../src/wire/openai";

export async function pipeThrough(
  transform: TransformStream<Uint8Array, Uint8Array>,
  pieces: readonly Uint8Array[],
): Promise<string> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(piece);
      controller.close();
    },
  });
  const reader = input.pipeThrough(transform).getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** `data: …` payloads of an OpenAI SSE body, `[DONE]` kept as the string. */
export function ssePayloads(text: string): unknown[] {
  return text
    .split("\n\n")
    .filter((event) => event !== "")
    .map((event) => {
      if (!event.startsWith("data: ")) throw new Error(`not a data event: ${event}`);
      const data = event.slice(6);
      return data === "[DONE]" ? data : JSON.parse(data);
    });
}

/** A recorded Gemini stream as SSE bytes: `.sse` files as recorded, `.jsonl` lines wrapped as `data:` events. */
export function recordedSseBytes(path: string): Uint8Array {
  const text = readFileSync(path, "utf8");
  if (path.endsWith(".sse")) return new TextEncoder().encode(text);
  const events = text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `data: ${line}\r\n\r\n`);
  return new TextEncoder().encode(events.join(""));
}

/** Split at the given offsets. */
export function splitBytes(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const cut of sorted) {
    out.push(bytes.slice(start, cut));
    start = cut;
  }
  out.push(bytes.slice(start));
  return out;
}

/**
 * Fields where the streamed completion legitimately differs from the non-streamed one (docs/readme/stream.md):
 * - `message.annotations`: they need the whole text to turn grounding byte offsets into character offsets, which
 *   the stream never holds (the raw grounding metadata travels in both);
 * - `message.refusal: null`: the accumulator always sets it, as the openai SDK does; the non-streamed response
 *   omits it in the "google" output profile (Google's endpoint has no refusal field).
 */
export function withoutDocumentedDifferences(completion: OpenAIChatCompletion): OpenAIChatCompletion {
  const copy = structuredClone(completion);
  for (const choice of copy.choices) {
    delete choice.message.annotations;
    if (choice.message.refusal === null) delete choice.message.refusal;
  }
  return copy;
}
