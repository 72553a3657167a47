import { request } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeHandler, replyJson, replySse, startFakeUpstream } from "./helpers/fake-upstream";
import { recorded } from "./helpers/fixtures";
import { chatBody, geminiText, get, post } from "./helpers/raw-http";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";

// Faults and limits, each staged by a scripted upstream (constructed test doubles; error bodies are recorded).
let handler: FakeHandler = (_request, response) => replyJson(response, 200, geminiText("ok"));
const gemini = await startFakeUpstream((request, response, raw) => handler(request, response, raw));
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ geminiBaseUrl: gemini.url, upstreamTimeoutMs: 300, bodyLimitBytes: 4096, models: ["gemini-2.5-flash", "gemini-3.6-flahs"] });
});
afterEach(() => {
  gemini.received.length = 0;
  handler = (_request, response) => replyJson(response, 200, geminiText("ok"));
});
afterAll(async () => {
  await gateway.close();
  await gemini.close();
});
const chat = () => `${gateway.url}/v1/chat/completions`;

describe("client-side faults", () => {
  it("invalid JSON → 400 naming the position, line and column", async () => {
    const response = await post(chat(), '{"model": "gemini-2.5-flash",\n "messages": ]}');
    expect(response.status).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("invalid_json");
    expect(error.type).toBe("invalid_request_error");
    expect(error.message).toMatch(/^Request body is not valid JSON at position 43 \(line 2, column 14\)/);
  });

  it("truncated JSON → 400 at the end of the body", async () => {
    const response = await post(chat(), '{"model": "gemini');
    expect(response.status).toBe(400);
    expect(response.json().error.message).toMatch(/at position 17 \(line 1, column 18\)/);
  });

  it("body over the limit → 413, with content-length and chunked", async () => {
    const big = chatBody({ user: "x".repeat(5000) });
    for (const chunked of [false, true]) {
      const response = await post(chat(), big, {}, chunked);
      expect(response.status).toBe(413);
      expect(response.json().error).toMatchObject({ code: "request_too_large", type: "invalid_request_error" });
    }
    expect(gemini.received).toHaveLength(0);
  });

  it("a GembridgeError from core → its status and OpenAI body (param path kept)", async () => {
    const response = await post(chat(), JSON.stringify({ model: "gemini-2.5-flash", messages: [{ role: "user", content: 42 }] }));
    expect(response.status).toBe(400);
    expect(response.json().error.param).toBe("messages[0].content");
    expect(gemini.received).toHaveLength(0);
  });

  it("model outside the allow-list → 404 model_not_found before any upstream call", async () => {
    const response = await post(chat(), chatBody({ model: "gpt-4o" }));
    expect(response.status).toBe(404);
    expect(response.json().error).toMatchObject({ code: "model_not_found", param: "model" });
    expect(gemini.received).toHaveLength(0);
  });

  it("unknown route → 404 in the client's dialect", async () => {
    const openai = await post(`${gateway.url}/v1/embeddings`, "{}");
    expect(openai.status).toBe(404);
    expect(openai.json().error.type).toBe("invalid_request_error");
    const google = await post(`${gateway.url}/v1beta/models/gemini-2.5-flash:embedContent`, "{}");
    expect(google.status).toBe(404);
    expect(google.json().error).toMatchObject({ code: 404, status: "NOT_FOUND" });
  });

  it("GET /healthz and /v1/models", async () => {
    expect((await get(`${gateway.url}/healthz`)).json()).toEqual({ status: "ok", upstream: "gemini-api" });
    const models = (await get(`${gateway.url}/v1/models`)).json();
    expect(models.data.map((model: { id: string }) => model.id)).toEqual(["gemini-2.5-flash", "gemini-3.6-flahs"]);
  });
});

describe("upstream faults", () => {
  it("upstream 404 (recorded) → 404 model_not_found", async () => {
    handler = (_request, response) => replyJson(response, 404, recorded("errors/pai-404-model-not-found.json"));
    const response = await post(chat(), chatBody({ model: "gemini-3.6-flahs" }));
    expect(response.status).toBe(404);
    expect(response.json().error.code).toBe("model_not_found");
  });

  it("upstream 429 with RetryInfo (recorded) → 429 rate_limit_error with retry-after", async () => {
    handler = (_request, response) => replyJson(response, 429, recorded("errors/vercel-429-resource-exhausted-retryinfo.json"));
    const response = await post(chat(), chatBody());
    expect(response.status).toBe(429);
    expect(response.headers["retry-after"]).toBe("35");
    expect(response.headers["retry-after-ms"]).toBe("34400");
    expect(response.json().error).toMatchObject({ type: "rate_limit_error", message: "You exceeded your current quota, please check your plan." });
  });

  it("upstream 503 with a retry-after header → 503 server_error, header kept", async () => {
    handler = (_request, response) =>
      replyJson(response, 503, { error: { code: 503, message: "The model is overloaded.", status: "UNAVAILABLE" } }, { "retry-after": "7" });
    const response = await post(chat(), chatBody());
    expect(response.status).toBe(503);
    expect(response.headers["retry-after"]).toBe("7");
    expect(response.json().error).toMatchObject({ type: "server_error", message: "The model is overloaded." });
  });

  it("upstream body that is not JSON → 502 saying so", async () => {
    handler = (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html>proxy error</html>");
    };
    const response = await post(chat(), chatBody());
    expect(response.status).toBe(502);
    expect(response.json().error.message).toBe('The upstream (gemini-api) answered HTTP 200 with a body that is not JSON: "<html>proxy error</html>"');
  });

  it("upstream JSON of the wrong shape → 502 with the path", async () => {
    handler = (_request, response) => replyJson(response, 200, { candidates: "none" });
    const response = await post(chat(), chatBody());
    expect(response.status).toBe(502);
    expect(response.json().error).toMatchObject({ code: "upstream_malformed_body", type: "server_error" });
    expect(response.json().error).toMatchObject({ param: "candidates" });
    expect(response.json().error.message).toBe("Invalid upstream response: Gemini GenerateContentResponse at candidates: expected an array.");
  });

  it("upstream silent past the timeout → 504 in OpenAI's shape", async () => {
    handler = () => {}; // never answers
    const started = performance.now();
    const response = await post(chat(), chatBody());
    expect(response.status).toBe(504);
    expect(response.json().error).toMatchObject({ code: "upstream_timeout", type: "server_error" });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("upstream unreachable → 502", async () => {
    const down = await startTestGateway({ geminiBaseUrl: "http://127.0.0.1:1" });
    const response = await post(`${down.url}/v1/chat/completions`, chatBody());
    await down.close();
    expect(response.status).toBe(502);
    expect(response.json().error.code).toBe("upstream_unreachable");
  });

  it("stream cut mid-way by the upstream → a final error event and no [DONE]", async () => {
    handler = (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write(`data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "Hel" }] }, index: 0 }] })}\r\n\r\n`);
      setTimeout(() => response.socket?.destroy(), 50);
    };
    const response = await post(chat(), chatBody({ stream: true }));
    expect(response.status).toBe(200);
    const events = response.text.trim().split("\n\n");
    expect(events[0]).toContain('"content":"Hel"');
    expect(events.at(-1)).toMatch(/^data: \{"error":\{/);
    expect(response.text).not.toContain("[DONE]");
  });

  it("stream idle past the timeout → error event with upstream_timeout", async () => {
    handler = (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write(`data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "Hel" }] }, index: 0 }] })}\r\n\r\n`);
    };
    const response = await post(chat(), chatBody({ stream: true }));
    expect(JSON.parse(response.text.trim().split("\n\n").at(-1)?.slice(6) ?? "")).toMatchObject({ error: { code: "upstream_timeout" } });
  });
});

describe("connections", () => {
  it("client disconnect aborts the upstream request", async () => {
    const upstreamClosed = new Promise<void>((resolve) => {
      handler = (_request, response) => {
        response.on("close", () => resolve());
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.write(`data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "a" }] }, index: 0 }] })}\r\n\r\n`);
      };
    });
    const slow = await startTestGateway({ geminiBaseUrl: gemini.url, upstreamTimeoutMs: 60_000 });
    const client = request(`${slow.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" } }, (response) => {
      response.once("data", () => client.destroy());
    });
    client.on("error", () => {});
    client.end(chatBody({ stream: true }));
    await upstreamClosed; // would hang (test timeout) if the gateway kept the upstream call open
    await new Promise((resolve) => setTimeout(resolve, 50));
    await slow.close();
    expect(slow.logs.at(-1)).toMatchObject({ error: "client_closed", stream: true });
  });

  it("concurrent requests do not share state", async () => {
    handler = (request, response) => {
      const text = (request.body as { contents: Array<{ parts: Array<{ text: string }> }> }).contents[0]?.parts[0]?.text ?? "";
      const answer = geminiText(`echo ${text}`);
      const stream = request.url.includes(":streamGenerateContent");
      setTimeout(() => (stream ? replySse(response, [answer], "gemini") : replyJson(response, 200, answer)), Math.random() * 30);
    };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        post(chat(), JSON.stringify({ model: "gemini-2.5-flash", messages: [{ role: "user", content: `n${index}` }], stream: index % 2 === 0 })),
      ),
    );
    results.forEach((response, index) => {
      const content =
        index % 2 === 0
          ? response.text.split("\n\n").flatMap((event) => (event.startsWith("data: {") ? [JSON.parse(event.slice(6)).choices?.[0]?.delta?.content ?? ""] : [])).join("")
          : response.json().choices[0].message.content;
      expect(content).toBe(`echo n${index}`);
    });
  });

  it("backpressure: a client that stops reading stops the upstream", async () => {
    const event = `data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "x".repeat(16 * 1024) }] }, index: 0 }] })}\r\n\r\n`;
    const total = 4000; // ~64 MB of text: far more than all socket buffers on the way (loopback autotunes to MBs)
    let written = 0;
    let resumeClient = () => {};
    handler = async (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      for (let index = 0; index < total; index += 1) {
        written += 1;
        if (!response.write(event)) await new Promise((resolve) => response.once("drain", resolve));
      }
      response.end(`data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [] }, finishReason: "STOP", index: 0 }] })}\r\n\r\n`);
    };
    const received = new Promise<string>((resolve) => {
      const client = request(chat(), { method: "POST", headers: { "content-type": "application/json" } }, (response) => {
        response.pause(); // a client that is not reading
        resumeClient = () => response.resume();
        let tail = "";
        let bytes = 0;
        response.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          tail = (tail + chunk.toString("latin1")).slice(-64);
        });
        response.on("end", () => resolve(`${bytes}|${tail}`));
      });
      client.end(chatBody({ stream: true }));
    });
    // Wait until the upstream is blocked (buffers on the way are full), then check it stays blocked. The stall lasts
    // longer than the gateway's 300 ms upstream idle timeout: a slow client is not an idle upstream.
    let stalledAt = -1;
    for (let waited = 0; waited < 10_000 && written !== stalledAt; waited += 300) {
      stalledAt = written;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(written).toBe(stalledAt); // the upstream is blocked, not buffered into the gateway's memory
    expect(written).toBeLessThan(total / 2);
    resumeClient();
    const [bytes, tail] = (await received).split("|");
    expect(written).toBe(total);
    expect(Number(bytes)).toBeGreaterThan(total * 16 * 1024);
    expect(tail).toContain("data: [DONE]");
  });

  it("one JSON log line per request with method, path, upstream, status, latency and tokens", async () => {
    const before = gateway.logs.length;
    await post(chat(), chatBody());
    const line = gateway.logs.slice(before);
    expect(line).toHaveLength(1);
    expect(line[0]).toMatchObject({
      method: "POST",
      path: "/v1/chat/completions",
      upstream: "gemini-api",
      model: "gemini-2.5-flash",
      stream: false,
      status: 200,
      tokens: { prompt: 3, completion: 2, total: 5 },
      error: null,
    });
    expect(line[0]?.latency_ms).toBeGreaterThan(0);
  });

  it("streams log their tokens too (from the last upstream event)", async () => {
    handler = (_request, response) => replySse(response, [geminiText("streamed")], "gemini");
    const before = gateway.logs.length;
    await post(chat(), chatBody({ stream: true }));
    expect(gateway.logs.slice(before)).toMatchObject([{ stream: true, status: 200, tokens: { prompt: 3, completion: 2, total: 5 } }]);
  });
});
