import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MODELS } from "../src/routes/models";
import { errorShapeFor } from "../src/routes/route-request";
import { type FakeHandler, replyJson, replySse, startFakeUpstream } from "./helpers/fake-upstream";
import { chatBody, geminiText, get, post } from "./helpers/raw-http";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";

// The routes the seed's samples and the official SDKs call, against a scripted Gemini upstream (constructed answers).
let handler: FakeHandler = (_request, response) => replyJson(response, 200, geminiText("ok"));
const upstream = await startFakeUpstream((request, response, raw) => handler(request, response, raw));
let gateway: TestGateway;
let vertex: TestGateway;
let allowList: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ geminiBaseUrl: upstream.url });
  vertex = await startTestGateway({ upstream: "vertex", vertexApiKey: "express-key", geminiBaseUrl: upstream.url });
  allowList = await startTestGateway({ geminiBaseUrl: upstream.url, models: ["gemini-2.5-flash", "google/gemini-2.0-flash-001"] });
});
afterEach(() => {
  upstream.received.length = 0;
  handler = (_request, response) => replyJson(response, 200, geminiText("ok"));
});
afterAll(async () => {
  await Promise.all([gateway.close(), vertex.close(), allowList.close()]);
  await upstream.close();
});

const seedBase = (target: TestGateway, version = "v1beta1") => `${target.url}/${version}/projects/seed-project/locations/us-central1/endpoints/openapi`;
const openai = (baseURL: string) => new OpenAI({ apiKey: "unused", baseURL, maxRetries: 0 });

describe("Vertex AI OpenAI-compatible base URL (the seed's)", () => {
  it.each(["v1", "v1beta1"])("/%s/projects/{p}/locations/{l}/endpoints/openapi/chat/completions with google/gemini-2.0-flash-001", async (version) => {
    const completion = await openai(seedBase(gateway, version)).chat.completions.create({
      model: "google/gemini-2.0-flash-001",
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(completion.choices[0]?.message.content).toBe("ok");
    expect(completion.model).toBe("google/gemini-2.0-flash-001");
    expect(upstream.received[0]?.url).toBe("/v1beta/models/gemini-2.0-flash-001:generateContent");
  });

  it("the client's project and location never steer the upstream: the configured Vertex target is used", async () => {
    await openai(`${vertex.url}/v1/projects/someone-else/locations/europe-west4/endpoints/openapi`).chat.completions.create({
      model: "google/gemini-2.0-flash-001",
      messages: [{ role: "user", content: "Hi" }],
    });
    const sent = upstream.received[0];
    expect(sent?.url).not.toContain("someone-else");
    expect(sent?.url).not.toContain("europe-west4");
    expect(sent?.url).toMatch(/\/publishers\/google\/models\/gemini-2\.0-flash-001:generateContent$/);
    expect(sent?.headers["x-goog-api-key"]).toBe("express-key");
  });

  it("streams, and answers errors in OpenAI's shape (n: 0 → 400 on n, nothing sent upstream)", async () => {
    handler = (_request, response) => replySse(response, [geminiText("streamed")], "gemini");
    const stream = await openai(seedBase(gateway)).chat.completions.create({ model: "google/gemini-2.0-flash-001", messages: [{ role: "user", content: "Hi" }], stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe("streamed");
    upstream.received.length = 0;

    const bad = await post(`${seedBase(gateway)}/chat/completions`, chatBody({ n: 0 }));
    expect(bad.status).toBe(400);
    expect(bad.json().error).toMatchObject({ type: "invalid_request_error", param: "n", code: "value_below_minimum" });
    const sdk = await openai(seedBase(gateway))
      .chat.completions.create({ model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }], temperature: 2.5 })
      .catch((error: unknown) => error);
    expect(sdk).toBeInstanceOf(OpenAI.BadRequestError);
    expect((sdk as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("temperature");
    expect(upstream.received).toHaveLength(0);
  });

  it("GET …/endpoints/openapi/models lists models in OpenAI's shape", async () => {
    const page = await openai(seedBase(gateway)).models.list();
    expect(page.data.map((model) => model.id)).toEqual([...DEFAULT_MODELS]);
  });
});

describe("OpenAI GET /v1/models/{id} (models.retrieve)", () => {
  it("a served id, including one with a slash, in OpenAI's shape", async () => {
    const client = openai(`${gateway.url}/v1`);
    expect(await client.models.retrieve("gemini-2.5-pro")).toMatchObject({ id: "gemini-2.5-pro", object: "model", created: 0, owned_by: "google" });
    expect(await client.models.retrieve("google/gemini-2.0-flash-001")).toMatchObject({ id: "google/gemini-2.0-flash-001", object: "model" });
  });

  it("unknown or outside the allow-list → 404 in OpenAI's shape", async () => {
    const unknown = await openai(`${gateway.url}/v1`).models.retrieve("gpt-4o").catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    const raw = await get(`${allowList.url}/v1/models/gemini-2.5-pro`);
    expect(raw.status).toBe(404);
    expect(raw.json().error).toMatchObject({ type: "invalid_request_error", code: "model_not_found", param: "model" });
    expect((await get(`${allowList.url}/v1/models/gemini-2.0-flash-001`)).status).toBe(200);
    // The allow-list's `google/…` spelling serves chat under either spelling too.
    expect((await post(`${allowList.url}/v1/chat/completions`, chatBody({ model: "gemini-2.0-flash-001" }))).status).toBe(200);
    expect((await post(`${allowList.url}/v1/chat/completions`, chatBody({ model: "gemini-2.5-pro" }))).status).toBe(404);
  });
});

describe("Gemini GET /v1beta/models and /v1beta/models/{model}", () => {
  it("pages through every served model with pageSize / nextPageToken", async () => {
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const response = await get(`${gateway.url}/v1beta/models?pageSize=3${token === undefined ? "" : `&pageToken=${token}`}`);
      expect(response.status).toBe(200);
      const body = response.json();
      expect(body.models.length).toBeLessThanOrEqual(3);
      names.push(...body.models.map((model: { name: string }) => model.name));
      token = body.nextPageToken;
      pages++;
    } while (token !== undefined);
    expect(names).toEqual(DEFAULT_MODELS.map((id) => `models/${id}`));
    expect(pages).toBe(Math.ceil(DEFAULT_MODELS.length / 3));
  });

  it("a model resource has Gemini's fields; token limits where Google documents them", async () => {
    const model = (await get(`${gateway.url}/v1beta/models/gemini-2.5-flash`)).json();
    expect(model).toEqual({
      name: "models/gemini-2.5-flash",
      baseModelId: "gemini-2.5-flash",
      displayName: "Gemini 2.5 Flash",
      inputTokenLimit: 1_048_576,
      outputTokenLimit: 65_536,
      supportedGenerationMethods: ["generateContent", "countTokens"],
      thinking: true,
    });
    expect((await get(`${gateway.url}/v1beta/models/gemini-2.0-flash-001`)).json().thinking).toBe(false);
  });

  it("unknown, not allowed, or a bad page token → Gemini's error shape", async () => {
    const missing = await get(`${allowList.url}/v1beta/models/gemini-2.5-pro`);
    expect(missing.status).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 404, status: "NOT_FOUND" });
    expect((await get(`${allowList.url}/v1beta/models`)).json().models.map((model: { name: string }) => model.name)).toEqual([
      "models/gemini-2.5-flash",
      "models/gemini-2.0-flash-001",
    ]);
    const token = await get(`${gateway.url}/v1beta/models?pageToken=bm9wZQ`);
    expect(token.status).toBe(400);
    expect(token.json().error).toMatchObject({ code: 400, status: "INVALID_ARGUMENT" });
    expect((await get(`${gateway.url}/v1beta/models?pageSize=-1`)).status).toBe(400);
  });

  it("/v1/models answers in Gemini's shape to Google's clients (x-goog-* headers), OpenAI's to everyone else", async () => {
    const google = (await get(`${gateway.url}/v1/models?pageSize=2`, { "x-goog-api-key": "k" })).json();
    expect(google.models).toHaveLength(2);
    expect(typeof google.nextPageToken).toBe("string");
    expect((await get(`${gateway.url}/v1/models/gemini-2.5-pro`, { "x-goog-api-client": "google-genai-sdk/3" })).json().name).toBe("models/gemini-2.5-pro");
    expect((await get(`${gateway.url}/v1/models`)).json().object).toBe("list");
  });
});

describe("countTokens", () => {
  const body = JSON.stringify({ contents: [{ role: "user", parts: [{ text: "How many tokens is this?" }] }] });

  it("forwarded to the Gemini API's countTokens when the Gemini-native side reaches Gemini", async () => {
    handler = (_request, response) => replyJson(response, 200, { totalTokens: 7, promptTokensDetails: [{ modality: "TEXT", tokenCount: 7 }] });
    const response = await post(`${gateway.url}/v1beta/models/gemini-2.5-flash:countTokens`, body);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ totalTokens: 7, promptTokensDetails: [{ modality: "TEXT", tokenCount: 7 }] });
    expect(response.headers["x-gembridge-token-count"]).toBe("upstream");
    expect(upstream.received[0]?.url).toBe("/v1beta/models/gemini-2.5-flash:countTokens");
    expect(upstream.received[0]?.headers["x-goog-api-key"]).toBe("test-key");
    expect(upstream.received[0]?.body).toEqual(JSON.parse(body));
  });

  it("a system instruction goes in Gemini's generateContentRequest form; Vertex gets the flat form", async () => {
    handler = (_request, response) => replyJson(response, 200, { totalTokens: 9 });
    const withSystem = { contents: JSON.parse(body).contents, systemInstruction: { parts: [{ text: "Be brief." }] } };
    await post(`${gateway.url}/v1beta/models/gemini-2.5-flash:countTokens`, JSON.stringify(withSystem));
    expect(upstream.received[0]?.body).toEqual({ generateContentRequest: { model: "models/gemini-2.5-flash", ...withSystem } });
    await post(`${vertex.url}/v1beta1/publishers/google/models/gemini-2.5-flash:countTokens`, JSON.stringify(withSystem));
    expect(upstream.received[1]?.url).toMatch(/\/publishers\/google\/models\/gemini-2\.5-flash:countTokens$/);
    expect(upstream.received[1]?.body).toEqual(withSystem);
  });

  it("an upstream error comes back as Google sent it", async () => {
    handler = (_request, response) => replyJson(response, 400, { error: { code: 400, message: "bad contents", status: "INVALID_ARGUMENT" } });
    const response = await post(`${gateway.url}/v1beta/models/gemini-2.5-flash:countTokens`, body);
    expect(response.status).toBe(400);
    expect(response.json().error).toMatchObject({ code: 400, status: "INVALID_ARGUMENT", message: "bad contents" });
  });

  it("a model that is not a plain id (encoded slashes, dots) is never forwarded with the gateway's key", async () => {
    for (const model of ["..%2F..%2FcachedContents", "x%3Fkey%3Dk", ".hidden"]) {
      const response = await post(`${gateway.url}/v1beta/models/${model}:countTokens`, body);
      expect(response.status).toBe(400);
      expect(response.json().error.status).toBe("INVALID_ARGUMENT");
    }
    expect(upstream.received).toHaveLength(0);
  });

  it("not a JSON object, or contents not an array → 400 INVALID_ARGUMENT, nothing sent", async () => {
    expect((await post(`${gateway.url}/v1beta/models/gemini-2.5-flash:countTokens`, "[]")).status).toBe(400);
    const bad = await post(`${gateway.url}/v1beta/models/gemini-2.5-flash:countTokens`, JSON.stringify({ contents: "Hi" }));
    expect(bad.status).toBe(400);
    expect(bad.json().error.status).toBe("INVALID_ARGUMENT");
    expect(upstream.received).toHaveLength(0);
  });
});

describe("x-request-id", () => {
  const id = (response: { headers: Record<string, string | string[] | undefined> }) => response.headers["x-request-id"] as string;

  it("on successes, errors, streams and unknown routes; unique per request and in the log line", async () => {
    const ok = await post(`${gateway.url}/v1/chat/completions`, chatBody());
    const bad = await post(`${gateway.url}/v1/chat/completions`, chatBody({ top_p: 3 }));
    const missing = await get(`${gateway.url}/nowhere`);
    handler = (_request, response) => replySse(response, [geminiText("s")], "gemini");
    const stream = await post(`${gateway.url}/v1/chat/completions`, chatBody({ stream: true }));
    expect(stream.headers["content-type"]).toBe("text/event-stream");
    const ids = [ok, bad, missing, stream].map(id);
    for (const value of ids) expect(value).toMatch(/^req_[0-9a-f]{32}$/);
    expect(new Set(ids).size).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gateway.logs.map((line) => line.request_id)).toEqual(expect.arrayContaining(ids));
  });

  it("a client's short safe token is echoed; anything else is replaced", async () => {
    expect(id(await post(`${gateway.url}/v1/chat/completions`, chatBody(), { "x-request-id": "trace-42.a:b_c" }))).toBe("trace-42.a:b_c");
    const unsafe = ["a b", "x".repeat(129), "id\"quote", "é"];
    for (const sent of unsafe) expect(id(await post(`${gateway.url}/v1/chat/completions`, chatBody(), { "x-request-id": sent }))).toMatch(/^req_/);
  });

  it("the openai SDK exposes it as _request_id and on errors as requestID", async () => {
    const client = openai(`${gateway.url}/v1`);
    const completion = await client.chat.completions.create({ model: "gemini-2.5-flash", messages: [{ role: "user", content: "Hi" }] });
    expect(completion._request_id).toMatch(/^req_/);
    const error = await client.models.retrieve("nope").catch((caught: unknown) => caught);
    expect((error as InstanceType<typeof OpenAI.APIError>).requestID).toMatch(/^req_/);
  });
});

describe("errorShapeFor", () => {
  it.each([
    ["/v1/chat/completions", {}, "openai"],
    ["/v1/projects/p/locations/l/endpoints/openapi/chat/completions", {}, "openai"],
    ["/v1beta1/projects/p/locations/l/endpoints/openapi/models", {}, "openai"],
    ["/v1/projects/p/locations/l/publishers/google/models/m:generateContent", {}, "gemini"],
    ["/v1beta1/publishers/google/models/m:generateContent", {}, "gemini"],
    ["/v1/publishers/google/models/m:streamGenerateContent", {}, "gemini"],
    ["/v1/models/m:countTokens", {}, "gemini"],
    ["/v1/models/google/gemini-2.0-flash-001", {}, "openai"],
    ["/v1/models/gemini-2.5-flash", { "x-goog-api-key": "k" }, "gemini"],
    ["/v1beta/models", {}, "gemini"],
    ["/v1/embeddings", {}, "openai"],
  ] as const)("%s %j → %s", (path, headers, shape) => {
    expect(errorShapeFor(path, headers)).toBe(shape);
  });
});
