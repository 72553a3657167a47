// Pure translation vs the JSON floor. Each case starts from the bytes a gateway receives and ends with the bytes
// it sends on; the floor is JSON.parse + JSON.stringify of the same input bytes (the least any JSON proxy does).
//   with validation    = JSON.parse → the one-pass reader the gateway uses (readOpenAIChatRequest /
//                        readGeminiResponse, no zod) → translate → stringify
//   without validation = JSON.parse → translate → stringify (the translators read their input defensively)
// The three variants are sampled in interleaved rounds (floor, with, without, then again), each sample a batch of
// calls long enough for the timer (≥ 0.2 ms), and a ratio is the median of the per-round ratios: this machine is a
// shared VM whose slow spells last longer than a round, so a spell slows all three variants of a round alike
// instead of one variant's whole run (which once printed "without validation" 1.45× slower than "with").
// `core` is the @gembridge/core module of the build being measured (builds.mjs: dist/ or source through tsx).

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

/** Runs every case's three variants in interleaved rounds against one build; returns one row per case. */
export async function runTranslation({ smoke, log, build }) {
  const rows = [];
  const core = await importCore(build);
  for (const testCase of translationCases({ smoke, core })) {
    // Fail loudly before timing anything if a translator rejects the fixture.
    const variants = ["floor", "withValidation", "withoutValidation"].map((name) => testCase[name]);
    for (const variant of variants) variant();
    const { times, ratios } = sampleInterleaved(variants, smoke ? { warmupMs: 5, budgetMs: 20, minRounds: 3 } : { warmupMs: 300, budgetMs: 4500, minRounds: 20 });
    const [floor, withValidation, withoutValidation] = times;
    const row = {
      name: testCase.name,
      build,
      kind: testCase.kind,
      bytes: testCase.bytes,
      floorMs: floor,
      withValidationMs: withValidation,
      withoutValidationMs: withoutValidation,
      withValidationRatio: ratios[1],
      withoutValidationRatio: ratios[2],
    };
    rows.push(row);
    log(`  ${row.name.padEnd(48)} floor ${fmtMs(floor)}  with ${fmtMs(withValidation)} (${row.withValidationRatio.toFixed(2)}×)  without ${fmtMs(withoutValidation)} (${row.withoutValidationRatio.toFixed(2)}×)`);
  }
  return rows;
}

/** Calls per sample: doubled until one batch takes ≥ 0.2 ms, so the timer's resolution and cost do not count. */
function batchSize(fn) {
  for (let calls = 1; ; calls *= 2) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn();
    if (performance.now() - start >= 0.2 || calls >= 1 << 20) return calls;
  }
}

/**
 * Median ms per call of each variant, and the median over rounds of each variant's time ÷ the first's in that round.
 * A round samples every variant once, in an order rotated per round so none always runs right after the warm-up
 * or the garbage of another.
 */
export function sampleInterleaved(variants, { warmupMs, budgetMs, minRounds }) {
  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd) for (const fn of variants) fn();
  const calls = variants.map(batchSize);
  const samples = variants.map(() => []);
  const end = performance.now() + budgetMs;
  for (let round = 0; round < minRounds || performance.now() < end; round++) {
    for (let k = 0; k < variants.length; k++) {
      const index = (round + k) % variants.length;
      const fn = variants[index];
      const n = calls[index];
      const start = performance.now();
      for (let i = 0; i < n; i++) fn();
      samples[index].push((performance.now() - start) / n);
    }
  }
  const ratios = samples.map((own) => median(own.map((time, round) => time / samples[0][round])));
  return { times: samples.map(median), ratios };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
  return `${bytes} B`;
}

export function fmtMs(ms) {
  return ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}
