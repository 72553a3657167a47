import { describe, expect, it } from "vitest";
import { type OfficialKind, validateOfficial } from "@gembridge/testkit";
import { coreTestDir, listFiles, readJson, readSseData, repoRoot } from "../../../test/openai-fixtures";
import { openAIChatCompletionChunkSchema } from "./chunk";
import { openAIErrorResponseSchema } from "./error";
import { openAIChatRequestSchema } from "./request";
import { openAIChatCompletionSchema } from "./response";

// Our schemas against the official ones (ajv over fixtures/spec): every fixture payload the official schema
// accepts, we accept; every one it rejects (the hand-made `.bad` files), we reject too.
const ours = {
  "openai-request": openAIChatRequestSchema,
  "openai-response": openAIChatCompletionSchema,
  "openai-chunk": openAIChatCompletionChunkSchema,
  "openai-error": openAIErrorResponseSchema,
} as const;
type OpenAIKind = keyof typeof ours & OfficialKind;

const testdata = `${repoRoot}fixtures/specvalidate-testdata/`;
const payloads: [string, OpenAIKind, unknown][] = [];
for (const name of listFiles(testdata, (n) => n.startsWith("openai-"))) {
  if (name.endsWith(".sse")) {
    for (const [i, chunk] of readSseData(testdata + name).entries()) payloads.push([`${name}#${i}`, "openai-chunk", chunk]);
  } else if (name.endsWith(".json")) {
    const kind: OpenAIKind = name.includes("request")
      ? "openai-request"
      : name.includes("error")
        ? "openai-error"
        : "openai-response";
    payloads.push([name, kind, readJson(testdata + name)]);
  }
}
for (const name of listFiles(`${repoRoot}fixtures/recorded/openai-requests/`, (n) => n.endsWith(".json"))) {
  payloads.push([name, "openai-request", readJson(`${repoRoot}fixtures/recorded/openai-requests/${name}`)]);
}
for (const name of listFiles(`${coreTestDir}seed/`, (n) => n.startsWith("openai-seed-") && n.endsWith(".request.json"))) {
  payloads.push([name, "openai-request", readJson(`${coreTestDir}seed/${name}`)]);
}

/**
 * Payloads the official schema rejects and we accept on purpose: Google's documented requests (no `model`,
 * `modalities: ["image"]`, bare-string `image_url`, MIME `input_audio.format`; decisions 0012–0013) and OpenAI's own
 * logprobs example, whose `system_fingerprint: null` contradicts its schema (we accept null: decision 0010).
 */
const OFFICIALLY_INVALID = new Set([
  "openai-doc-logprobs.response.json",
  "openai-seed-image-generation.request.json",
  "openai-seed-image-url-string.request.json",
  "openai-seed-input-audio-uri.request.json",
  "openai-seed-python-image-url-string.request.json",
  "openai-seed-self-deployed-stream.request.json",
  "openai-seed-self-deployed.request.json",
]);

describe("agreement with the official OpenAI schema", () => {
  it.each(payloads)("%s (%s)", (_name, kind, payload) => {
    // OpenAI's own response examples omit fields its schema marks required (`refusal`): check types only there.
    const official = validateOfficial(kind, payload, { required: kind === "openai-request" });
    const mine = ours[kind].safeParse(payload).success;
    // Google's documented deviations (decisions 0012, 0013) are accepted by us and rejected officially.
    if (_name.includes(".bad.")) expect({ official: official.valid, mine }).toEqual({ official: false, mine: false });
    else if (OFFICIALLY_INVALID.has(_name)) expect({ official: official.valid, mine }).toEqual({ official: false, mine: true });
    else expect({ official: official.errors, mine }).toEqual({ official: [], mine: true });
  });

  it("covers the .bad files and at least one file of each kind", () => {
    expect(payloads.filter(([name]) => name.includes(".bad.")).length).toBeGreaterThanOrEqual(3);
    const kinds = new Set(payloads.map(([, kind]) => kind));
    expect([...kinds].sort()).toEqual(["openai-chunk", "openai-error", "openai-request", "openai-response"]);
  });
});
