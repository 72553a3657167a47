import { GoogleGenAI } from "@google/genai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeHandler, replyJson, replySse, startFakeUpstream } from "./helpers/fake-upstream";
import { geminiText, post } from "./helpers/raw-http";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";
import { DEFAULT_MODELS } from "../src/routes/models";

// The official `@google/genai` SDK against the gateway's Gemini-native endpoints, in front of a tiny fake
// OpenAI-compatible backend on loopback (constructed answers, shaped like OpenAI's documented examples).
let backendReply: FakeHandler;
const backend = await startFakeUpstream((request, response, raw) => backendReply(request, response, raw));
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ openaiBaseUrl: `${backend.url}/v1`, openaiApiKey: "sk-test", upstreamTimeoutMs: 300 });
});
afterEach(() => {
  backend.received.length = 0;
});
afterAll(async () => {
  await gateway.close();
  await backend.close();
});

const completion = {
  id: "chatcmpl-constructed-1",
  object: "chat.completion",
  created: 1_741_569_952,
  model: "gpt-4.1-2025-04-14",
  choices: [{ index: 0, message: { role: "assistant", content: "Hello! How can I help?", refusal: null }, logprobs: null, finish_reason: "stop" }],
  usage: { prompt_tokens: 8, completion_tokens: 7, total_tokens: 15 },
};
const chunk = (delta: Record<string, unknown>, finish: string | null, usage?: unknown) => ({
  id: "chatcmpl-constructed-2",
  object: "chat.completion.chunk",
  created: 1_741_569_952,
  model: "gpt-4.1-2025-04-14",
  choices: usage === undefined ? [{ index: 0, delta, logprobs: null, finish_reason: finish }] : [],
  ...(usage === undefined ? {} : { usage }),
});

const genai = () => new GoogleGenAI({ apiKey: "x", httpOptions: { baseUrl: gateway.url } });

describe("@google/genai SDK → gateway → OpenAI-compatible backend", () => {
  it("generateContent (unary)", async () => {
    backendReply = (_request, response) => replyJson(response, 200, completion);
    const result = await genai().models.generateContent({
      model: "gpt-4.1",
      contents: "Say hello",
      config: { systemInstruction: "Be brief.", temperature: 0.2, maxOutputTokens: 50 },
    });
    expect(result.text).toBe("Hello! How can I help?");
    expect(result.candidates?.[0]?.finishReason).toBe("STOP");
    expect(result.usageMetadata).toMatchObject({ promptTokenCount: 8, candidatesTokenCount: 7, totalTokenCount: 15 });
    const sent = backend.received[0];
    expect(sent?.url).toBe("/v1/chat/completions");
    expect(gateway.logs.at(-1)?.path).toMatch(/^\/v1(beta)?\/models\/gpt-4\.1:generateContent$/);
    expect(sent?.headers.authorization).toBe("Bearer sk-test");
    expect(sent?.body).toMatchObject({
      model: "gpt-4.1",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Say hello" },
      ],
      temperature: 0.2,
      max_completion_tokens: 50,
    });
  });

  it("generateContentStream", async () => {
    backendReply = (_request, response) =>
      replySse(
        response,
        [
          chunk({ role: "assistant", content: "" }, null),
          chunk({ content: "Hello" }, null),
          chunk({ content: " there" }, null),
          chunk({}, "stop"),
          chunk({}, null, { prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 }),
        ],
        "openai",
      );
    const stream = await genai().models.generateContentStream({ model: "gpt-4.1", contents: "Say hello" });
    let text = "";
    let last: Awaited<ReturnType<typeof stream.next>>["value"];
    for await (const response of stream) {
      text += response.text ?? "";
      last = response;
    }
    expect(text).toBe("Hello there");
    expect(last?.candidates?.[0]?.finishReason).toBe("STOP");
    expect(last?.usageMetadata?.totalTokenCount).toBe(6);
    expect(backend.received[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("a backend 429 reaches the SDK as RESOURCE_EXHAUSTED with retry-after kept", async () => {
    backendReply = (_request, response) =>
      replyJson(response, 429, { error: { message: "Rate limit reached", type: "requests", param: null, code: "rate_limit_exceeded" } }, { "retry-after": "3" });
    const raw = await post(`${gateway.url}/v1beta/models/gpt-4.1:generateContent`, JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }));
    expect(raw.status).toBe(429);
    expect(raw.headers["retry-after"]).toBe("3");
    expect(raw.json().error).toMatchObject({ code: 429, status: "RESOURCE_EXHAUSTED", message: "Rate limit reached" });
    await expect(genai().models.generateContent({ model: "gpt-4.1", contents: "Hi" })).rejects.toMatchObject({ status: 429 });
  });

  it("backend silent past the timeout → 504 DEADLINE_EXCEEDED", async () => {
    backendReply = () => {};
    const raw = await post(`${gateway.url}/v1beta/models/gpt-4.1:generateContent`, JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }));
    expect(raw.status).toBe(504);
    expect(raw.json().error).toMatchObject({ code: 504, status: "DEADLINE_EXCEEDED" });
  });

  it("invalid request → 400 INVALID_ARGUMENT with the path; Vertex path shape is routed", async () => {
    const bad = await post(`${gateway.url}/v1/projects/p/locations/global/publishers/google/models/gpt-4.1:generateContent`, JSON.stringify({ contents: "Hi" }));
    expect(bad.status).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 400, status: "INVALID_ARGUMENT" });
    expect(bad.json().error.message).toContain("contents");
    backendReply = (_request, response) => replyJson(response, 200, completion);
    const good = await post(
      `${gateway.url}/v1/projects/p/locations/global/publishers/google/models/gpt-4.1:generateContent`,
      JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }),
    );
    expect(good.status).toBe(200);
    expect(good.json().createTime).toBe("2025-03-10T01:25:52.000Z"); // Vertex responses carry createTime
  });

  it("a backend reply without id/created/object is translated; one of the wrong shape → 502 with the path", async () => {
    const body = JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] });
    const { id: _id, created: _created, object: _object, ...bare } = completion;
    backendReply = (_request, response) => replyJson(response, 200, bare);
    const ok = await post(`${gateway.url}/v1beta/models/gpt-4.1:generateContent`, body);
    expect(ok.status).toBe(200);
    expect(ok.json().candidates[0].content.parts).toEqual([{ text: "Hello! How can I help?" }]);

    backendReply = (_request, response) => replyJson(response, 200, { ...completion, choices: "none" });
    const bad = await post(`${gateway.url}/v1beta/models/gpt-4.1:generateContent`, body);
    expect(bad.status).toBe(502);
    expect(bad.json().error.message).toContain("choices");
  });

  it("without OPENAI_BASE_URL the Gemini endpoints loop through the gateway's own /v1 (both directions)", async () => {
    const gemini = await startFakeUpstream((_request, response) => replyJson(response, 200, geminiText("round trip")));
    const selfGateway = await startTestGateway({ geminiBaseUrl: gemini.url });
    const client = new GoogleGenAI({ apiKey: "x", httpOptions: { baseUrl: selfGateway.url } });
    const result = await client.models.generateContent({ model: "gemini-2.5-flash", contents: "Hi" });
    await selfGateway.close();
    await gemini.close();
    expect(result.text).toBe("round trip");
    expect(gemini.received[0]?.url).toBe("/v1beta/models/gemini-2.5-flash:generateContent");
    expect(selfGateway.logs.map((line) => [line.path, line.upstream])).toEqual([
      ["/v1/chat/completions", "gemini-api"],
      [expect.stringMatching(/^\/v1(beta)?\/models\/gemini-2\.5-flash:generateContent$/), "self"],
    ]);
  });

  it("Vertex express mode (vertexai: true + apiKey): /v1beta1/publishers/google/models/{m}:generateContent and :streamGenerateContent", async () => {
    const express = new GoogleGenAI({ vertexai: true, apiKey: "express-key", httpOptions: { baseUrl: gateway.url } });
    backendReply = (_request, response) => replyJson(response, 200, completion);
    const result = await express.models.generateContent({ model: "gemini-2.5-flash", contents: "Say hello" });
    expect(result.text).toBe("Hello! How can I help?");
    expect(gateway.logs.at(-1)?.path).toBe("/v1beta1/publishers/google/models/gemini-2.5-flash:generateContent");
    expect(gateway.logs.at(-1)?.status).toBe(200);

    backendReply = (_request, response) => replySse(response, [chunk({ content: "Hi" }, null), chunk({}, "stop")], "openai");
    let text = "";
    for await (const response of await express.models.generateContentStream({ model: "gemini-2.5-flash", contents: "Say hello" })) text += response.text ?? "";
    expect(text).toBe("Hi");
    expect(gateway.logs.at(-1)?.path).toBe("/v1beta1/publishers/google/models/gemini-2.5-flash:streamGenerateContent");
  });

  it("models.list() pages through the served models and models.get() returns one (Gemini's model resource)", async () => {
    const names: string[] = [];
    for await (const model of await genai().models.list({ config: { pageSize: 2 } })) names.push(model.name ?? "");
    expect(names).toEqual(DEFAULT_MODELS.map((id) => `models/${id}`));
    const model = await genai().models.get({ model: "gemini-2.5-pro" });
    expect(model).toMatchObject({ name: "models/gemini-2.5-pro", displayName: "Gemini 2.5 Pro", inputTokenLimit: 1_048_576, outputTokenLimit: 65_536 });
    await expect(genai().models.get({ model: "no-such-model" })).rejects.toMatchObject({ status: 404 });
  });

  it("countTokens in front of an OpenAI-compatible backend: an estimate, flagged as one", async () => {
    const contents = "Twenty characters..";
    const counted = await genai().models.countTokens({ model: "gpt-4.1", contents });
    expect(counted.totalTokens).toBe(Math.ceil(contents.length / 4));
    const raw = await post(`${gateway.url}/v1beta/models/gpt-4.1:countTokens`, JSON.stringify({ contents: [{ role: "user", parts: [{ text: contents }] }] }));
    expect(raw.headers["x-gembridge-token-count"]).toBe("estimate");
    expect(backend.received).toHaveLength(0);
  });
});
