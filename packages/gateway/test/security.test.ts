import { GoogleGenAI } from "@google/genai";
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeUpstream, replyJson, startFakeUpstream } from "./helpers/fake-upstream";
import { chatBody, geminiText, get, post, send } from "./helpers/raw-http";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";

// Issue 14 §1: no client steers the upstream URL, client credentials never travel upstream, the gateway's keys
// never reach a log line or an error body; and the optional client keys. Fake upstreams record what they got.
const completion = {
  id: "chatcmpl-constructed-1",
  object: "chat.completion",
  created: 1_741_569_952,
  model: "gpt-4.1",
  choices: [{ index: 0, message: { role: "assistant", content: "Hi", refusal: null }, logprobs: null, finish_reason: "stop" }],
  usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
};
let gemini: FakeUpstream;
let openai: FakeUpstream;
let gateway: TestGateway;
beforeAll(async () => {
  gemini = await startFakeUpstream((_request, response) => replyJson(response, 200, geminiText("Hello")));
  openai = await startFakeUpstream((_request, response) => replyJson(response, 200, completion));
  gateway = await startTestGateway({ geminiBaseUrl: gemini.url, geminiApiKey: "gateway-secret-key", openaiBaseUrl: `${openai.url}/v1`, openaiApiKey: "sk-backend-secret" });
});
afterEach(() => {
  gemini.received.length = 0;
  openai.received.length = 0;
});
afterAll(async () => {
  await gateway.close();
  await gemini.close();
  await openai.close();
});

const clientHeaders = {
  authorization: "Bearer client-secret",
  "x-goog-api-key": "client-goog-secret",
  cookie: "session=client-cookie",
  "x-forwarded-for": "203.0.113.9",
  "x-goog-user-project": "someone-else",
  "x-custom": "client-custom",
};
// What node:http adds itself (host, connection) and what the gateway sets; nothing of the client's.
const ALLOWED_UPSTREAM_HEADERS = new Set(["host", "connection", "content-type", "content-length", "x-goog-api-key", "authorization"]);

function expectNoSecrets(text: string, { echoesClientModel = false } = {}): void {
  const secrets = ["gateway-secret-key", "sk-backend-secret", "client-secret", "client-goog-secret", "hunter2"];
  // A rejected model is named in its 400, so the client's own `?key=k` may come back to it; nothing else may.
  for (const secret of echoesClientModel ? secrets : [...secrets, "key="]) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/\n\s+at /);
}

describe("the client's model never steers the upstream URL", () => {
  it.each([
    "../v1beta/cachedContents#",
    "models/x/../../../evil?key=k#",
    "..%2F..%2Fevil",
    "%2e%2e/x",
    "gemini:countTokens",
    "gemini\r\nx-evil: 1",
    "projects/other/locations/global/publishers/google/models/x",
  ])("chat completions with model %j → 400 param model, nothing sent upstream", async (model) => {
    const response = await post(`${gateway.url}/v1/chat/completions`, chatBody({ model }));
    expect(response.status).toBe(400);
    expect(response.json().error).toMatchObject({ param: "model", type: "invalid_request_error" });
    expect(gemini.received).toHaveLength(0);
    expectNoSecrets(response.text, { echoesClientModel: true });
  });

  it("a valid model reaches exactly the expected path, encoded", async () => {
    await post(`${gateway.url}/v1/chat/completions`, chatBody({ model: "google/models/gemini\u2024x" }));
    expect(gemini.received.map((request) => request.url)).toEqual(["/v1beta/models/gemini%E2%80%A4x:generateContent"]);
  });

  it("Vertex: another project in the model → 400; the configured one is called", async () => {
    const vertex = await startTestGateway({ upstream: "vertex", vertexApiKey: "vertex-express-key", geminiBaseUrl: gemini.url });
    try {
      const other = await post(`${vertex.url}/v1/chat/completions`, chatBody({ model: "projects/victim/locations/us-central1/endpoints/1" }));
      expect(other.status).toBe(400);
      expect(other.json().error.param).toBe("model");
      await post(`${vertex.url}/v1/chat/completions`, chatBody({ model: "publishers/google/models/gemini-2.5-flash" }));
      expect(gemini.received.map((request) => request.url)).toEqual(["/v1/publishers/google/models/gemini-2.5-flash:generateContent"]);
    } finally {
      await vertex.close();
    }
  });

  it("Gemini-dialect routes: an encoded %2F..%2F model does not change the backend URL", async () => {
    const response = await post(`${gateway.url}/v1beta/models/..%2F..%2Fevil%3Fkey%3Dk:generateContent`, JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }));
    expect(response.status).toBe(200);
    expect(openai.received.map((request) => request.url)).toEqual(["/v1/chat/completions"]);
    // The name travels in the body only, as the backend's model string.
    expect(openai.received.map((request) => (request.body as { model: string }).model)).toEqual(["../../evil?key=k"]);
  });

  it("Gemini-dialect route looping back into this gateway: core's rule applies to the URL model", async () => {
    const loop = await startTestGateway({ geminiBaseUrl: gemini.url });
    try {
      const response = await post(`${loop.url}/v1beta/models/..%2Fv1beta%2FcachedContents%23:generateContent`, JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }));
      expect(response.status).toBe(400);
      expect(response.json().error.status).toBe("INVALID_ARGUMENT");
      expect(gemini.received).toHaveLength(0);
    } finally {
      await loop.close();
    }
  });
});

describe("headers and credentials", () => {
  it("OpenAI route: no client header is copied to Gemini; the gateway's key is the one sent", async () => {
    const response = await post(`${gateway.url}/v1/chat/completions`, chatBody(), clientHeaders);
    expect(response.status).toBe(200);
    const sent = gemini.received[0]?.headers ?? {};
    for (const name of Object.keys(sent)) expect(ALLOWED_UPSTREAM_HEADERS.has(name), name).toBe(true);
    expect(sent["x-goog-api-key"]).toBe("gateway-secret-key");
    expect(sent.authorization).toBeUndefined();
    expect(JSON.stringify(gemini.received[0]?.body)).not.toContain("client");
  });

  it("Gemini route: no client header is copied to the OpenAI backend; its own key is the one sent", async () => {
    const response = await post(`${gateway.url}/v1beta/models/gpt-4.1:generateContent`, JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }), clientHeaders);
    expect(response.status).toBe(200);
    const sent = openai.received[0]?.headers ?? {};
    for (const name of Object.keys(sent)) expect(ALLOWED_UPSTREAM_HEADERS.has(name), name).toBe(true);
    expect(sent.authorization).toBe("Bearer sk-backend-secret");
    expect(sent["x-goog-api-key"]).toBeUndefined();
  });

  it("log lines hold no key, no query string and no client credential", async () => {
    gateway.logs.length = 0;
    await post(`${gateway.url}/v1/chat/completions?key=hunter2`, chatBody(), clientHeaders);
    await post(`${gateway.url}/v1beta/models/gpt-4.1:generateContent?key=hunter2`, JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }), clientHeaders);
    expect(gateway.logs).toHaveLength(2);
    expectNoSecrets(JSON.stringify(gateway.logs));
  });

  it("502 for an unreachable upstream names its origin without userinfo, key or query", async () => {
    const dead = await startFakeUpstream(() => {});
    const deadUrl = dead.url;
    await dead.close();
    const target = deadUrl.replace("http://", "http://admin:hunter2@");
    const broken = await startTestGateway({ geminiBaseUrl: target, geminiApiKey: "gateway-secret-key", openaiBaseUrl: `${target}/v1`, openaiApiKey: "sk-backend-secret" });
    try {
      const forward = await post(`${broken.url}/v1/chat/completions`, chatBody());
      expect(forward.status).toBe(502);
      expect(forward.json().error.message).toContain(deadUrl);
      expectNoSecrets(forward.text);
      expect(forward.text).not.toContain("admin");
      const reverse = await post(`${broken.url}/v1beta/models/gpt-4.1:generateContent`, JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] }));
      expect(reverse.status).toBe(502);
      expect(reverse.json().error.status).toBe("UNAVAILABLE");
      expectNoSecrets(reverse.text);
      expect(reverse.text).not.toContain("admin");
      expectNoSecrets(JSON.stringify(broken.logs));
    } finally {
      await broken.close();
    }
  });

  it("an upstream answering garbage gets an error body without a stack trace", async () => {
    const garbage = await startFakeUpstream((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end("{not json");
    });
    const target = await startTestGateway({ geminiBaseUrl: garbage.url, geminiApiKey: "gateway-secret-key" });
    try {
      const response = await post(`${target.url}/v1/chat/completions`, chatBody());
      expect(response.status).toBe(502);
      expectNoSecrets(response.text);
    } finally {
      await target.close();
      await garbage.close();
    }
  });
});

describe("client keys (GEMBRIDGE_API_KEYS)", () => {
  let locked: TestGateway;
  beforeAll(async () => {
    locked = await startTestGateway({ geminiBaseUrl: gemini.url, apiKeys: ["key-one", "a-much-longer-second-key"] });
  });
  afterAll(() => locked.close());
  const geminiBody = JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] });

  it("off by default: no key needed", async () => {
    expect((await post(`${gateway.url}/v1/chat/completions`, chatBody())).status).toBe(200);
  });

  it("/healthz stays open", async () => {
    expect((await get(`${locked.url}/healthz`)).status).toBe(200);
  });

  it.each([
    ["no key", {}],
    ["wrong key, same length", { authorization: "Bearer key-two" }],
    ["wrong key, other length", { authorization: "Bearer k" }],
    ["a prefix of a key", { "x-goog-api-key": "a-much-longer" }],
    ["a key plus a suffix", { authorization: "Bearer key-one-and-more" }],
    ["not a bearer scheme", { authorization: "Basic key-one" }],
  ])("%s → 401 in each dialect, nothing sent upstream", async (_, headers: Record<string, string>) => {
    const openaiRoute = await post(`${locked.url}/v1/chat/completions`, chatBody(), headers);
    expect(openaiRoute.status).toBe(401);
    expect(openaiRoute.json().error).toMatchObject({ type: "authentication_error", code: "invalid_api_key" });
    const models = await send(`${locked.url}/v1/models`, "GET", headers);
    expect(models.status).toBe(401);
    const geminiRoute = await post(`${locked.url}/v1beta/models/gemini-2.5-flash:generateContent`, geminiBody, headers);
    expect(geminiRoute.status).toBe(401);
    expect(geminiRoute.json().error).toMatchObject({ code: 401, status: "UNAUTHENTICATED" });
    expect(gemini.received).toHaveLength(0);
  });

  it("?key= in the query is not accepted (decision 0171)", async () => {
    expect((await post(`${locked.url}/v1beta/models/gemini-2.5-flash:generateContent?key=key-one`, geminiBody)).status).toBe(401);
  });

  it("either header with any configured key passes (raw HTTP)", async () => {
    expect((await post(`${locked.url}/v1/chat/completions`, chatBody(), { authorization: "Bearer key-one" })).status).toBe(200);
    expect((await post(`${locked.url}/v1/chat/completions`, chatBody(), { "x-goog-api-key": "a-much-longer-second-key" })).status).toBe(200);
    // The client's key is checked, never forwarded.
    for (const request of gemini.received) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers["x-goog-api-key"]).toBe("test-key");
    }
  });

  it("the openai SDK: right key answers, wrong key is an AuthenticationError", async () => {
    const good = new OpenAI({ apiKey: "key-one", baseURL: `${locked.url}/v1`, maxRetries: 0 });
    const result = await good.chat.completions.create({ model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }] });
    expect(result.choices[0]?.message.content).toBe("Hello");
    const bad = new OpenAI({ apiKey: "nope", baseURL: `${locked.url}/v1`, maxRetries: 0 });
    await expect(bad.chat.completions.create({ model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }] })).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it("the @google/genai SDK (x-goog-api-key): right key answers through the loop-back, wrong key is a 401", async () => {
    const good = new GoogleGenAI({ apiKey: "a-much-longer-second-key", httpOptions: { baseUrl: locked.url } });
    const result = await good.models.generateContent({ model: "gemini-2.5-flash", contents: "Hi" });
    expect(result.text).toBe("Hello");
    const bad = new GoogleGenAI({ apiKey: "nope", httpOptions: { baseUrl: locked.url } });
    await expect(bad.models.generateContent({ model: "gemini-2.5-flash", contents: "Hi" })).rejects.toMatchObject({ status: 401 });
  });
});
