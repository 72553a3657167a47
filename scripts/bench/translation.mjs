// Pure translation vs the JSON floor. Each case starts from the bytes a gateway receives and ends with the bytes
// it sends on; the floor is JSON.parse + JSON.stringify of the same input bytes (the least any JSON proxy does).
//   with validation    = JSON.parse → the one-pass reader the gateway uses (readOpenAIChatRequest /
//                        readGeminiResponse, no zod) → translate → stringify
//   without validation = JSON.parse → translate → stringify (the translators read their input defensively)
// Ratios use medians (p50) of tinybench samples, which resist noise from other processes better than means.
// `core` is the @gembridge/core module of the build being measured (builds.mjs: dist/ or source through tsx).

import { Bench } from "tinybench";
import { importCore } from "./builds.mjs";
import { agentConversation, imageRequest, imageResponse, oneLineChat, parallelToolCallsResponse, textResponse } from "./fixtures.mjs";

/** A fixed context: the benches measure translation, not id generation. */
const CONTEXT = { model: "gemini-2.5-flash", now: () => 1_700_000_000, newId: (kind, index) => (kind === "completion" ? "chatcmpl-bench" : `call_bench_${index}`) };

export function translationCases({ smoke, core }) {
  const imageSize = smoke ? 64 * 1024 : 5 * 1024 * 1024;
  const responseImageSize = smoke ? 64 * 1024 : 1024 * 1024;
  return [
    requestCase("request: one-line chat", oneLineChat(), core),
    requestCase("request: 50-turn agent, 20 tools, signatures", agentConversation(), core),
    requestCase(`request: ${formatSize(imageSize)} base64 image`, imageRequest(imageSize), core),
    responseCase("response: text", textResponse(), core),
    responseCase("response: 4 parallel tool calls", parallelToolCallsResponse(), core),
    responseCase(`response: ${formatSize(responseImageSize)} image`, imageResponse(responseImageSize), core),
  ];
}

function requestCase(name, payload, { openaiToGeminiRequest, readOpenAIChatRequest }) {
  const bytes = JSON.stringify(payload);
  return {
    name,
    kind: "request",
    bytes: bytes.length,
    floor: () => JSON.stringify(JSON.parse(bytes)),
    withValidation: () => JSON.stringify(openaiToGeminiRequest(readOpenAIChatRequest(JSON.parse(bytes))).value.body),
    withoutValidation: () => JSON.stringify(openaiToGeminiRequest(JSON.parse(bytes)).value.body),
  };
}

function responseCase(name, payload, { geminiToOpenAIResponse, readGeminiResponse }) {
  const bytes = JSON.stringify(payload);
  return {
    name,
    kind: "response",
    bytes: bytes.length,
    floor: () => JSON.stringify(JSON.parse(bytes)),
    withValidation: () => JSON.stringify(geminiToOpenAIResponse(readGeminiResponse(JSON.parse(bytes)), CONTEXT).value),
    withoutValidation: () => JSON.stringify(geminiToOpenAIResponse(JSON.parse(bytes), CONTEXT).value),
  };
}

/** Runs every case's three variants back to back against one build; returns one row per case. */
export async function runTranslation({ smoke, log, build }) {
  const rows = [];
  const core = await importCore(build);
  for (const testCase of translationCases({ smoke, core })) {
    // Fail loudly before timing anything if a translator rejects the fixture.
    for (const variant of ["floor", "withValidation", "withoutValidation"]) testCase[variant]();
    const bench = new Bench(smoke ? { time: 20, warmupTime: 5, iterations: 3, warmupIterations: 1 } : { time: 1500, warmupTime: 300, iterations: 20 });
    bench.add("floor", testCase.floor).add("with validation", testCase.withValidation).add("without validation", testCase.withoutValidation);
    await bench.run();
    const [floor, withValidation, withoutValidation] = bench.tasks.map((task) => {
      if (task.result.state !== "completed") throw new Error(`${testCase.name} / ${task.name}: ${task.result.state} ${task.result.error ?? ""}`);
      return task.result.latency.p50;
    });
    const row = {
      name: testCase.name,
      build,
      kind: testCase.kind,
      bytes: testCase.bytes,
      floorMs: floor,
      withValidationMs: withValidation,
      withoutValidationMs: withoutValidation,
      withValidationRatio: withValidation / floor,
      withoutValidationRatio: withoutValidation / floor,
    };
    rows.push(row);
    log(`  ${row.name.padEnd(48)} floor ${fmtMs(floor)}  with ${fmtMs(withValidation)} (${row.withValidationRatio.toFixed(2)}×)  without ${fmtMs(withoutValidation)} (${row.withoutValidationRatio.toFixed(2)}×)`);
  }
  return rows;
}

export function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
  return `${bytes} B`;
}

export function fmtMs(ms) {
  return ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}
