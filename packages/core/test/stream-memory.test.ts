// Memory: 100 MB of Gemini SSE through geminiSseToOpenAISse with a flat heap. The translator must hold only open
// tool calls and counters — never the text — so heap use after GC stays flat however long the answer is.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, it } from "vitest";
import { geminiSseToOpenAISse } from "../src/sse";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const encoder = new TextEncoder();
const MB = 1024 * 1024;

/** One ~1 MB block of identical events, repeated; read in prime-sized pieces so cuts fall anywhere. */
function repeated(event: string, blockTarget: number, total: number) {
  const count = Math.max(1, Math.floor(blockTarget / event.length));
  const block = encoder.encode(event.repeat(count));
  return { block, blocks: Math.ceil(total / block.length) };
}

function source(parts: Array<Uint8Array | { block: Uint8Array; blocks: number }>, onProgress: (bytes: number) => void) {
  const PIECE = 65_521;
  let part = 0;
  let offset = 0; // within the current part (virtual length for repeated blocks)
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const current = parts[part];
      if (current === undefined) return controller.close();
      const source = current instanceof Uint8Array ? { block: current, blocks: 1 } : current;
      const length = source.block.length * source.blocks;
      const size = Math.min(PIECE, length - offset);
      const piece = new Uint8Array(size);
      for (let filled = 0; filled < size; ) {
        const at = (offset + filled) % source.block.length;
        const take = Math.min(size - filled, source.block.length - at);
        piece.set(source.block.subarray(at, at + take), filled);
        filled += take;
      }
      offset += size;
      sent += size;
      if (offset === length) {
        part += 1;
        offset = 0;
      }
      onProgress(sent);
      controller.enqueue(piece);
    },
  });
}

it("passes a 100 MB stream (text deltas, then a 50 MB streamed argument) with flat heap", async () => {
  const head = { responseId: "mem", modelVersion: "gemini-3-pro" };
  const chunk = (parts: unknown[], extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ ...head, candidates: [{ content: { role: "model", parts }, ...extra }] })}\r\n\r\n`;
  const text = chunk([{ text: "Ünïcödé 😀 日本語 — streaming text. ".repeat(30) }]);
  const piece = chunk([{ functionCall: { partialArgs: [{ jsonPath: "$.doc.pages[0]", stringValue: 'quote " and \\ and é😀 '.repeat(40), willContinue: true }], willContinue: true } }]);
  const input = source(
    [
      repeated(text, MB, 50 * MB),
      encoder.encode(chunk([{ functionCall: { name: "write", willContinue: true }, thoughtSignature: "U0lH" }])),
      repeated(piece, MB, 50 * MB),
      encoder.encode(chunk([{ functionCall: {} }], { finishReason: "STOP" })),
    ],
    (bytes) => {
      if (bytes >= nextSample) {
        nextSample += 10 * MB;
        gc();
        samples.push(process.memoryUsage().heapUsed);
      }
    },
  );
  const samples: number[] = [];
  let nextSample = 10 * MB;
  const started = performance.now();
  const reader = input.pipeThrough(geminiSseToOpenAISse({ includeUsage: true })).getReader();
  let outputBytes = 0;
  let tail: Uint8Array = new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    outputBytes += value.length;
    tail = value;
  }
  const seconds = (performance.now() - started) / 1000;
  const growth = Math.max(...samples) - Math.min(...samples);
  console.log(
    `100 MB stream: ${outputBytes} output bytes in ${seconds.toFixed(1)} s; heapUsed after GC every 10 MB (MB): ${samples.map((sample) => (sample / MB).toFixed(1)).join(", ")}; spread ${(growth / MB).toFixed(1)} MB`,
  );
  expect(new TextDecoder().decode(tail).endsWith("data: [DONE]\n\n")).toBe(true);
  expect(outputBytes).toBeGreaterThan(100 * MB);
  expect(samples.length).toBeGreaterThanOrEqual(9);
  expect(growth).toBeLessThan(16 * MB);
}, 60_000);
