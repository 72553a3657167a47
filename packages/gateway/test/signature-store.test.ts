import { createMockGeminiUpstream, loadCases, type MockGeminiUpstream } from "@gembridge/conformance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";

// "Done when" of issue 16: a two-turn tool conversation through the gateway against the mock upstream that enforces
// Gemini 3's thought-signature rules, from a client that strips `extra_content` and cuts the tool-call ids' suffix.
const cases = loadCases();
const parallelCalls = cases.find((c) => c.case.name === "pai-gemini3-flash-parallel-function-calls" && c.case.direction === "gemini-to-openai-response");
const recordedSignature = (parallelCalls?.input as { candidates?: Array<{ content: { parts: Array<{ thoughtSignature?: string }> } }> } | undefined)?.candidates?.[0]?.content.parts[0]?.thoughtSignature;
const MODEL = "gemini-3-flash-preview";

let upstream: MockGeminiUpstream;
let withStore: TestGateway;
let withoutStore: TestGateway;
let withKeys: TestGateway;
beforeAll(async () => {
  upstream = await createMockGeminiUpstream({ cases });
  const common = { geminiBaseUrl: upstream.url, signatureMode: "tool_call_id" as const, signatureBypass: "off" as const };
  withStore = await startTestGateway(common);
  withoutStore = await startTestGateway({ ...common, signatureStore: "off" });
  withKeys = await startTestGateway({ ...common, apiKeys: ["key-a", "key-b"] });
});
afterAll(async () => {
  await withStore.close();
  await withoutStore.close();
  await withKeys.close();
  await upstream.close();
});

const post = (gateway: TestGateway, body: unknown, key?: string) =>
  fetch(`${gateway.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key === undefined ? {} : { authorization: `Bearer ${key}` }) },
    body: JSON.stringify(body),
  });

type ToolCall = { id: string; type: string; function: { name: string; arguments: string }; extra_content?: unknown };

/** Turn 1, then turn 2 built the way a lossy client does: typed objects (no extra_content), ids cut to their prefix. */
async function twoTurns(gateway: TestGateway, stream: boolean, keys: { first?: string; second?: string } = {}): Promise<Response> {
  if (parallelCalls === undefined) throw new Error("recorded case missing");
  upstream.respondWith(parallelCalls);
  const question = { role: "user", content: "Three topics, please." };
  const first = await post(gateway, { model: MODEL, messages: [question], stream: false }, keys.first);
  expect(first.status).toBe(200);
  const calls = ((await first.json()) as { choices: Array<{ message: { tool_calls: ToolCall[] } }> }).choices[0]?.message.tool_calls ?? [];
  expect(calls).toHaveLength(3);
  expect(calls[0]?.id.startsWith("gbts1_")).toBe(true);
  const cut = calls.map((call) => {
    // gbts1_<len>_<id><mode><payload> → gbts1_<len>_<id>: the signature suffix is gone
    const [, length = "0"] = /^gbts1_([0-9a-z]+)_/.exec(call.id) ?? [];
    return call.id.startsWith("gbts1_") ? call.id.slice(0, 7 + length.length + Number.parseInt(length, 36)) : call.id;
  });
  const assistant = { role: "assistant", content: null, tool_calls: calls.map((call, i) => ({ id: cut[i], type: "function", function: call.function })) };
  const results = cut.map((id) => ({ role: "tool", tool_call_id: id, content: "a topic" }));
  return post(gateway, { model: MODEL, stream, messages: [question, assistant, ...results] }, keys.second);
}

describe("thought-signature store through the gateway (enforcing mock upstream, gemini-3)", () => {
  it("the second turn succeeds: the first call's signature comes back from the store, unchanged", async () => {
    const second = await twoTurns(withStore, false);
    expect(second.status).toBe(200);
    const sent = upstream.received.at(-1)?.body as { contents: Array<{ role: string; parts: Array<{ thoughtSignature?: string; functionCall?: { id?: string } }> }> };
    const model = sent.contents.find((content) => content.role === "model");
    expect(model?.parts[0]?.thoughtSignature).toBe(recordedSignature);
    expect(model?.parts[1]?.thoughtSignature).toBeUndefined();
    expect(model?.parts[0]?.functionCall?.id?.startsWith("gbts1_")).toBe(false);
  });

  it("streamed second turn works too", async () => {
    const second = await twoTurns(withStore, true);
    expect(second.status).toBe(200);
    expect(await second.text()).toContain("data: [DONE]");
  });

  it("without the store the same conversation gets Google's 400 (the store does the work)", async () => {
    const second = await twoTurns(withoutStore, false);
    expect(second.status).toBe(400);
    const body = (await second.json()) as { error: { message: string } };
    expect(body.error.message).toContain("Function call is missing a thought_signature");
  });

  it("with client keys, the store is per key: the same key gets its signature back, another key gets a miss", async () => {
    expect((await twoTurns(withKeys, false, { first: "key-a", second: "key-a" })).status).toBe(200);
    const other = await twoTurns(withKeys, false, { first: "key-a", second: "key-b" });
    expect(other.status).toBe(400);
    expect(((await other.json()) as { error: { message: string } }).error.message).toContain("Function call is missing a thought_signature");
  });
});
