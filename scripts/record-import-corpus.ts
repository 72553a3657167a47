/**
 * One-off importer (kept for reproducibility): turns the team's recorded corpus (`/work/shared/recorded`, with
 * SOURCES.md) and the seed page's examples (`packages/core/test/seed`, `packages/core/test/fixtures/response`)
 * into case folders under fixtures/cases/. Writes case.json + input only; expected outputs come from
 * `gembridge-conformance generate` and are then reviewed by hand. Existing case folders are left alone.
 * Usage: npx tsx scripts/record-import-corpus.ts [/path/to/shared]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const repo = new URL("..", import.meta.url).pathname;
const shared = process.argv[2] ?? "/work/shared";
const recorded = join(shared, "recorded");
const out = join(repo, "fixtures/cases");

interface Source { source: string; model?: string; license?: string; exercises: string; real: string }
function readSources(): Map<string, Source> {
  const map = new Map<string, Source>();
  const text = readFileSync(join(recorded, "SOURCES.md"), "utf8");
  for (const block of text.split(/^### /m).slice(1)) {
    const file = /^`([^`]+)`/.exec(block)?.[1];
    const field = (k: string) => new RegExp(`^- ${k}: (.*)$`, "m").exec(block)?.[1]?.trim();
    if (!file) continue;
    map.set(file, {
      source: field("Source") ?? "unknown",
      ...(field("Model") ? { model: field("Model") } : {}),
      ...(field("License") ? { license: field("License") } : {}),
      exercises: field("Exercises") ?? "",
      real: field("Real\\?") ?? "",
    });
  }
  return map;
}

const FEATURE_WORDS: Array<[RegExp, string]> = [
  [/functionCall|tool|function/i, "tools"],
  [/thought|thinking|reasoning/i, "thinking"],
  [/signature/i, "thought-signatures"],
  [/grounding|search|urlContext|url_context/i, "grounding"],
  [/code.?exec/i, "code-execution"],
  [/image|inlineData/i, "images"],
  [/logprobs/i, "logprobs"],
  [/SAFETY|block|armor/i, "safety"],
  [/MAX_TOKENS|finishReason|finish_reason/i, "finish-reason"],
  [/usage|cached|token/i, "usage"],
  [/partialArgs|stream_function_call_arguments/i, "streamed-arguments"],
  [/response_format|json_schema|structured/i, "structured-output"],
  [/file/i, "files"],
  [/audio/i, "audio"],
];
function features(text: string, extra: string[]): string[] {
  const set = new Set(extra);
  for (const [re, f] of FEATURE_WORDS) if (re.test(text)) set.add(f);
  if (set.size === 0) set.add("text");
  return [...set].sort();
}

const slug = (f: string) => basename(f).replace(/\.(json|jsonl|sse)$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-");
const formatOf = (f: string) => (f.endsWith(".sse") ? "sse" : f.endsWith(".jsonl") ? "jsonl" : "json");

const RESPONSE_RULES = {
  volatile: ["$.id", "$.created", "$.choices[*].message.tool_calls[*].id"],
  jsonStrings: ["$.choices[*].message.tool_calls[*].function.arguments"],
};
const STREAM_RULES = { volatile: ["$[*].id", "$[*].created", "$[*].choices[*].delta.tool_calls[*].id"] };

function writeCase(direction: string, name: string, c: Record<string, unknown>, inputFile: string, inputText: string): void {
  const dir = join(out, direction, name);
  if (existsSync(join(dir, "case.json"))) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, inputFile), inputText);
  writeFileSync(join(dir, "case.json"), `${JSON.stringify({ $schema: "../../../case.schema.json", name, direction, ...c }, null, 2)}\n`);
}

function recordedProvenance(src: Source | undefined, note?: string) {
  return {
    kind: "recorded",
    source: src?.source ?? "unknown",
    ...(src?.model ? { model: src.model } : {}),
    ...(src?.license ? { license: src.license } : {}),
    ...(note || src?.real ? { note: [note, src?.real ? `confidence: ${src.real}` : undefined].filter(Boolean).join("; ") } : {}),
  };
}

const sources = readSources();
// Native Gemini responses and streams → gemini-to-openai-response / -stream.
for (const f of readdirSync(join(recorded, "gemini-native"))) {
  const src = sources.get(`gemini-native/${f}`);
  const format = formatOf(f);
  const stream = format !== "json";
  const text = readFileSync(join(recorded, "gemini-native", f), "utf8");
  const isExchange = !stream && "body" in JSON.parse(text) && !("candidates" in JSON.parse(text));
  const inputText = isExchange ? `${JSON.stringify(JSON.parse(text).body, null, 2)}\n` : text;
  const direction = stream ? "gemini-to-openai-stream" : "gemini-to-openai-response";
  writeCase(direction, slug(f), {
    description: `Recorded ${stream ? "stream" : "response"}: ${src?.exercises ?? f}`,
    dialect: /vertex/.test(f) ? "vertex" : "gemini",
    provenance: recordedProvenance(src, isExchange ? "input is the `body` member of the recorded exchange file (status 200; headers dropped)" : undefined),
    features: features(`${f} ${src?.exercises ?? ""}`, stream ? ["stream"] : []),
    input: { file: `input.${format}`, format },
    expected: { file: stream ? "expected.sse" : "expected.json", format: stream ? "sse" : "json" },
    expectedReviewed: false,
    context: { now: 1750000000, ids: "sequential" },
    compare: stream ? STREAM_RULES : RESPONSE_RULES,
  }, `input.${format}`, inputText);
}
// Google errors → gemini-to-openai-error (the compat endpoint's array-wrapped error → openai-to-gemini-error is not
// an OpenAI error; it is kept as a Gemini error body in its array form).
for (const f of readdirSync(join(recorded, "errors"))) {
  const src = sources.get(`errors/${f}`);
  const text = readFileSync(join(recorded, "errors", f), "utf8");
  const body = JSON.parse(text);
  const status = (Array.isArray(body) ? body[0] : body).error.code as number;
  writeCase("gemini-to-openai-error", slug(f), {
    description: `Recorded Google error: ${src?.exercises ?? f}`,
    dialect: /vertex/.test(f) ? "vertex" : "gemini",
    provenance: recordedProvenance(src),
    features: ["errors"],
    input: { file: "input.json", format: "json", status },
    expected: { file: "expected.json", format: "json", status },
    expectedReviewed: false,
  }, "input.json", text);
}
// OpenAI-shaped responses from Google's compat endpoint → the reverse direction (OpenAI backend → Gemini client).
for (const f of readdirSync(join(recorded, "openai-compat"))) {
  const src = sources.get(`openai-compat/${f}`);
  writeCase("openai-to-gemini-response", slug(f), {
    description: `Recorded chat.completion from Google's OpenAI-compatible endpoint: ${src?.exercises ?? f}`,
    dialect: "gemini",
    provenance: recordedProvenance(src),
    features: features(`${f} ${src?.exercises ?? ""}`, []),
    input: { file: "input.json", format: "json" },
    expected: { file: "expected.json", format: "json" },
    expectedReviewed: false,
    context: { now: 1750000000, ids: "sequential" },
  }, "input.json", readFileSync(join(recorded, "openai-compat", f), "utf8"));
}
// OpenAI requests → openai-to-gemini-request.
for (const f of readdirSync(join(recorded, "openai-requests"))) {
  const src = sources.get(`openai-requests/${f}`);
  writeCase("openai-to-gemini-request", slug(f), {
    description: `Recorded Chat Completions request: ${src?.exercises ?? f}`,
    dialect: "gemini",
    provenance: recordedProvenance(src),
    features: features(`${f} ${src?.exercises ?? ""}`, []),
    input: { file: "input.json", format: "json" },
    expected: { file: "expected.json", format: "json" },
    expectedReviewed: false,
    options: { dialect: "gemini" },
  }, "input.json", readFileSync(join(recorded, "openai-requests", f), "utf8"));
}

// The seed page (Google's Vertex AI documentation): recorded requests and responses of Google's endpoint.
const SEED = {
  kind: "recorded",
  source:
    "Google Cloud documentation, Vertex AI \"Call Gemini with the Chat Completions API\" (cloud.google.com/vertex-ai/generative-ai/docs/migrate/openai, Korean edition)",
  license: "Google documentation samples (code samples Apache-2.0, page content CC BY 4.0)",
};
const seedDir = join(repo, "packages/core/test/seed");
for (const f of readdirSync(seedDir).filter((n) => n.endsWith(".request.json"))) {
  const name = `seed-${f.replace(/^openai-seed-/, "").replace(/\.request\.json$/, "")}`;
  const text = readFileSync(join(seedDir, f), "utf8");
  const body = JSON.parse(text);
  const noModel = body.model === undefined;
  writeCase("openai-to-gemini-request", name, {
    description: `Seed request example (${name.slice(5)}) from Google's Vertex AI Chat Completions page`,
    dialect: "vertex",
    provenance: { ...SEED, note: "request body as shown on the page (shell escapes removed)" },
    features: features(`${f} ${text}`, body.stream ? ["stream"] : []),
    input: { file: "input.json", format: "json" },
    expected: noModel
      ? { throws: { status: 400, param: "model" } }
      : { file: "expected.json", format: "json" },
    expectedReviewed: false,
    options: { dialect: "vertex" },
  }, "input.json", text);
}
// Seed responses printed by Google's endpoint → reverse direction inputs (OpenAI backend = Google's endpoint).
for (const f of ["openai-seed-image-generation.response.json", "openai-seed-multimodal-function-response.response.json"]) {
  const name = `seed-${f.replace(/^openai-seed-/, "").replace(/\.response\.json$/, "")}`;
  writeCase("openai-to-gemini-response", name, {
    description: `Seed chat.completion printed by Google's endpoint (${name.slice(5)}) → Gemini response`,
    dialect: "vertex",
    provenance: { ...SEED, note: "response example printed by Google's endpoint on the page" },
    features: features(f, []),
    input: { file: "input.json", format: "json" },
    expected: { file: "expected.json", format: "json" },
    expectedReviewed: false,
    context: { now: 1750000000, ids: "sequential" },
  }, "input.json", readFileSync(join(seedDir, f), "utf8"));
}
{
  // The recorded SSE stream of the stream_function_call_arguments example, as sent (data: lines from the page).
  const page = readFileSync(join(shared, "seed/vertex-chat-completions-ko.txt"), "utf8");
  const start = page.indexOf("data: {", page.indexOf("stream_function_call_arguments 사용"));
  const end = page.indexOf("data: [DONE]", start) + "data: [DONE]".length;
  const sse = `${page.slice(start, end).trim()}\n\n`;
  writeCase("openai-to-gemini-stream", "seed-stream-function-call-arguments", {
    description: "Seed SSE stream printed by Google's endpoint for stream_function_call_arguments → Gemini stream",
    dialect: "vertex",
    provenance: { ...SEED, note: "SSE data lines copied from the page; the inconsistent tool-call index values are Google's" },
    features: ["stream", "streamed-arguments", "thought-signatures", "tools", "usage"],
    input: { file: "input.sse", format: "sse" },
    expected: { file: "expected.sse", format: "sse" },
    expectedReviewed: false,
    context: { now: 1750000000, ids: "sequential" },
  }, "input.sse", sse);
}
// Constructed native responses whose OpenAI rendering Google's endpoint printed on the seed page: expected output is
// recorded truth (Google's profile).
for (const n of ["image-generation", "multimodal-function-response"]) {
  const fx = join(repo, "packages/core/test/fixtures/response");
  const dir = join(out, "gemini-to-openai-response", `seed-${n}-google-profile`);
  if (existsSync(join(dir, "case.json"))) continue;
  writeCase("gemini-to-openai-response", `seed-${n}-google-profile`, {
    description: `Gemini response behind the seed's ${n} example; expected = what Google's endpoint printed (outputProfile google)`,
    dialect: "vertex",
    provenance: {
      kind: "constructed",
      note: "native response reconstructed from the recorded OpenAI output on Google's Vertex AI Chat Completions page (see packages/core/test/fixtures/response/README.md); the expected output is Google's recorded output",
    },
    features: features(n, ["google-profile"]),
    input: { file: "input.json", format: "json" },
    expected: { file: "expected.json", format: "json" },
    expectedReviewed: true,
    context: { model: JSON.parse(readFileSync(join(fx, `seed-${n}.openai.json`), "utf8")).model, outputProfile: "google" },
  }, "input.json", readFileSync(join(fx, `seed-${n}.gemini.json`), "utf8"));
  writeFileSync(join(dir, "expected.json"), readFileSync(join(fx, `seed-${n}.openai.json`), "utf8"));
}
console.log("done");
