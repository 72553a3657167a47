// Streaming: Gemini SSE bytes in → OpenAI SSE bytes out through `geminiSseToOpenAISse`, vs a floor TransformStream
// that only splits events, JSON.parses and re-serializes each one. Both run through the same Web-streams plumbing
// (ReadableStream.from → pipeThrough → reader), fed in 16 KB network-sized pieces, so the ratio isolates the
// translation itself. Then one 100 MB stream through ours with heap sampled throughout (memory must stay flat); the
// time of that long stream includes the forced GCs, so it is not a throughput figure.

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Bench } from "tinybench";
import { geminiSseToOpenAISse } from "../../packages/core/src/sse.ts";
import { sseEvent, streamFinalChunk, streamTextChunk } from "./fixtures.mjs";

const PIECE = 16 * 1024;
const CONTEXT = { model: "gemini-2.5-flash", now: () => 1_700_000_000, newId: (kind, index) => (kind === "completion" ? "chatcmpl-bench" : `call_bench_${index}`) };

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

/** The floor: split SSE events, parse and re-serialize each; nothing else. */
function floorTransform() {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let buffer = "";
  const emit = (event, controller) => {
    const start = event.indexOf("data: ");
    if (start === -1) return;
    controller.enqueue(encoder.encode(`data: ${JSON.stringify(JSON.parse(event.slice(start + 6)))}\n\n`));
  };
  return new TransformStream({
    transform(bytes, controller) {
      buffer += decoder.decode(bytes, { stream: true });
      let end = buffer.indexOf("\r\n\r\n");
      while (end !== -1) {
        emit(buffer.slice(0, end), controller);
        buffer = buffer.slice(end + 4);
        end = buffer.indexOf("\r\n\r\n");
      }
    },
    flush(controller) {
      if (buffer.trim() !== "") emit(buffer, controller);
      controller.enqueue(encoder.encode("data: [DONE]\n\n"));
    },
  });
}

function pieces(bytes) {
  const out = [];
  for (let offset = 0; offset < bytes.length; offset += PIECE) out.push(bytes.subarray(offset, offset + PIECE));
  return out;
}

async function drain(readable) {
  let bytes = 0;
  for await (const chunk of readable) bytes += chunk.byteLength;
  return bytes;
}

export async function runStreaming({ smoke, log }) {
  const eventCount = smoke ? 200 : 10_000;
  let text = "";
  for (let i = 0; i < eventCount; i++) text += sseEvent(streamTextChunk(i));
  text += sseEvent(streamFinalChunk(eventCount));
  const input = pieces(new TextEncoder().encode(text));
  const inputBytes = input.reduce((sum, piece) => sum + piece.byteLength, 0);

  const ours = async () => drain(ReadableStream.from(input).pipeThrough(geminiSseToOpenAISse(CONTEXT)));
  const floor = async () => drain(ReadableStream.from(input).pipeThrough(floorTransform()));
  const outputBytes = { ours: await ours(), floor: await floor() };

  const bench = new Bench(smoke ? { time: 20, warmupTime: 5, iterations: 2, warmupIterations: 1 } : { time: 3000, warmupTime: 500, iterations: 10 });
  bench.add("floor", floor).add("geminiSseToOpenAISse", ours);
  await bench.run();
  const [floorMs, oursMs] = bench.tasks.map((task) => {
    if (task.result.state !== "completed") throw new Error(`streaming / ${task.name}: ${task.result.state} ${task.result.error ?? ""}`);
    return task.result.latency.p50;
  });
  const rate = (ms) => ({ mbPerS: inputBytes / 1024 / 1024 / (ms / 1000), chunksPerS: (eventCount + 1) / (ms / 1000) });
  const result = {
    inputBytes,
    events: eventCount + 1,
    outputBytes,
    floor: { ms: floorMs, ...rate(floorMs) },
    ours: { ms: oursMs, ...rate(oursMs) },
    ratio: oursMs / floorMs,
  };
  log(`  ${(inputBytes / 1024 / 1024).toFixed(1)} MB, ${result.events} events: floor ${result.floor.mbPerS.toFixed(1)} MB/s ${Math.round(result.floor.chunksPerS)} chunks/s; ours ${result.ours.mbPerS.toFixed(1)} MB/s ${Math.round(result.ours.chunksPerS)} chunks/s (${result.ratio.toFixed(2)}× the floor's time)`);
  result.memory = await streamMemory({ totalBytes: smoke ? 2 * 1024 * 1024 : 100 * 1024 * 1024, log });
  return result;
}

/** One long stream generated on the fly (never held in memory), heap sampled every 64 input pieces. */
async function streamMemory({ totalBytes, log }) {
  const block = new TextEncoder().encode(Array.from({ length: 40 }, (_, i) => sseEvent(streamTextChunk(i))).join(""));
  const final = new TextEncoder().encode(sseEvent(streamFinalChunk(1)));
  let sent = 0;
  let pulls = 0;
  const memory = () => process.memoryUsage();
  gc();
  const before = memory();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  // Peak heap alone mixes garbage with retained data; a forced GC every 512 pieces shows what is really live.
  let peakLive = before.heapUsed;
  const source = new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.enqueue(final);
        controller.close();
        return;
      }
      controller.enqueue(block);
      sent += block.byteLength;
      pulls += 1;
      if (pulls % 64 === 0) {
        const now = memory();
        peakHeap = Math.max(peakHeap, now.heapUsed);
        peakRss = Math.max(peakRss, now.rss);
      }
      if (pulls % 512 === 0) {
        gc();
        peakLive = Math.max(peakLive, memory().heapUsed);
      }
    },
  });
  const started = performance.now();
  const outputBytes = await drain(source.pipeThrough(geminiSseToOpenAISse(CONTEXT)));
  const seconds = (performance.now() - started) / 1000;
  const during = memory();
  gc();
  const after = memory();
  const result = {
    inputBytes: sent + final.byteLength,
    outputBytes,
    seconds,
    heapBefore: before.heapUsed,
    heapPeak: Math.max(peakHeap, during.heapUsed),
    liveHeapPeak: peakLive,
    heapAfter: after.heapUsed,
    rssBefore: before.rss,
    rssPeak: Math.max(peakRss, during.rss),
    rssAfter: after.rss,
  };
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  log(`  ${mb(result.inputBytes)} stream in ${seconds.toFixed(1)} s: heap before ${mb(result.heapBefore)}, peak ${mb(result.heapPeak)} (live after GC: ${mb(result.liveHeapPeak)}), after ${mb(result.heapAfter)}; rss peak ${mb(result.rssPeak)}`);
  return result;
}
