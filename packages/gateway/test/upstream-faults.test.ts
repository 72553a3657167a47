import type { ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeHandler, replyJson, replySse, startFakeUpstream } from "./helpers/fake-upstream";
import { openStream } from "./helpers/open-stream";
import { chatBody, geminiText, post, type RawResponse } from "./helpers/raw-http";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";

// Issue 14 §3: every upstream fault, staged by scripted upstreams, answered in the caller's dialect — OpenAI error
// JSON on /v1/chat/completions (Gemini upstream), google.rpc.Status on /v1beta/models/…:generateContent (OpenAI-
// compatible backend) — and the gateway keeps serving the next request.

const LIMIT = 1024 * 1024; // --upstream-body-limit-bytes for these tests: 1 MiB
const MB = 1024 * 1024;

let geminiHandler: FakeHandler = (_request, response) => replyJson(response, 200, geminiText("ok"));
let openaiHandler: FakeHandler = (_request, response) => replyJson(response, 200, completion("ok"));
const gemini = await startFakeUpstream((request, response, raw) => geminiHandler(request, response, raw));
const openai = await startFakeUpstream((request, response, raw) => openaiHandler(request, response, raw));
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ geminiBaseUrl: gemini.url, openaiBaseUrl: `${openai.url}/v1`, upstreamTimeoutMs: 400, upstreamBodyLimitBytes: LIMIT });
});
afterEach(async () => {
  geminiHandler = (_request, response) => replyJson(response, 200, geminiText("ok"));
  openaiHandler = (_request, response) => replyJson(response, 200, completion("ok"));
  // No crash: after every fault both routes still answer a healthy request.
  expect((await post(`${gateway.url}/v1/chat/completions`, chatBody())).json().choices[0].message.content).toBe("ok");
  expect((await post(geminiUrl(false), geminiBody())).json().candidates[0].content.parts[0].text).toBe("ok");
});
afterAll(async () => {
  await gateway.close();
  await gemini.close();
  await openai.close();
});

const completion = (content: string) => ({
  id: "chatcmpl-constructed",
  object: "chat.completion",
  created: 1,
  model: "gemini-2.5-flash",
  choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
});
const openaiChunk = (content: string, finish: string | null = null) => ({
  id: "chatcmpl-constructed",
  object: "chat.completion.chunk",
  created: 1,
  model: "gemini-2.5-flash",
  choices: [{ index: 0, delta: { content }, finish_reason: finish }],
});
const geminiChunk = (text: string) => ({ candidates: [{ content: { role: "model", parts: [{ text }] }, index: 0 }] });
const geminiBody = () => JSON.stringify({ contents: [{ role: "user", parts: [{ text: "Hi" }] }] });
const geminiUrl = (stream: boolean) => `${gateway.url}/v1beta/models/gemini-2.5-flash:${stream ? "streamGenerateContent?alt=sse" : "generateContent"}`;

/** google.rpc.Status has no room for our error code: the message tells the faults apart. */
const MESSAGES: Record<string, RegExp> = {
  upstream_unreachable: /^Could not reach the upstream at .* \(ECONNRESET\)/,
  upstream_body_incomplete: /broke off before the response body was complete/,
  upstream_timeout: /^The upstream sent nothing for 400 ms/,
  upstream_malformed_body: /with a body that is not JSON/,
  upstream_error: /502 Bad Gateway/,
  upstream_too_large: /larger than the gateway's limit of 1048576 bytes/,
  upstream_stream_failed: /^The upstream stream failed before it finished/,
  upstream_event_too_large: /SSE event larger than the gateway's limit of 1048576 bytes/,
};

/** The two directions: which fake upstream a fault is staged on, how the client calls, how its error reads. */
const dialects = [
  {
    name: "OpenAI client → Gemini upstream",
    stage: (handler: FakeHandler) => {
      geminiHandler = handler;
    },
    call: (stream = false) => post(`${gateway.url}/v1/chat/completions`, chatBody({ stream })),
    stream: () => openStream(`${gateway.url}/v1/chat/completions`, chatBody({ stream: true })),
    chunk: (text: string) => `data: ${JSON.stringify(geminiChunk(text))}\r\n\r\n`,
    /** A clean OpenAI error: `{ error: { message, type, code } }` with the expected code. */
    expectError: (body: unknown, code: string) => {
      expect(body).toMatchObject({ error: { code, type: expect.any(String), message: expect.any(String) } });
    },
    text: (events: unknown[]) => events.map((event) => (event as { choices?: Array<{ delta?: { content?: string } }> }).choices?.[0]?.delta?.content ?? "").join(""),
    done: (text: string) => text.includes("data: [DONE]"),
  },
  {
    name: "Gemini client → OpenAI-compatible backend",
    stage: (handler: FakeHandler) => {
      openaiHandler = handler;
    },
    call: (stream = false) => post(geminiUrl(stream), geminiBody()),
    stream: () => openStream(geminiUrl(true), geminiBody()),
    chunk: (text: string) => `data: ${JSON.stringify(openaiChunk(text))}\n\n`,
    /** A clean google.rpc.Status: `{ error: { code: <http>, message, status } }`; our own code is not in it. */
    expectError: (body: unknown, code: string) => {
      expect(body).toMatchObject({ error: { code: expect.any(Number), message: expect.any(String), status: expect.stringMatching(/^[A-Z_]+$/) } });
      expect((body as { error: { message: string } }).error.message).toMatch(MESSAGES[code] ?? /^$/);
    },
    text: (events: unknown[]) =>
      events.map((event) => (event as { candidates?: Array<{ content?: { parts?: Array<{ text?: string }> } }> }).candidates?.[0]?.content?.parts?.[0]?.text ?? "").join(""),
    done: (text: string) => /"finishReason":"STOP"/.test(text),
  },
] as const;

const statusOf = (response: RawResponse, expected: number) => {
  expect(response.status).toBe(expected);
  if (response.headers["content-type"] === "application/json") expect(response.json().error.code).toBeDefined();
};

/** Headers of a success answer, then whatever `rest` does with the socket. */
function startOk(response: ServerResponse, headers: Record<string, string> = {}) {
  response.writeHead(200, { "content-type": "application/json", ...headers });
}

/** Writes `total` bytes of filler (honouring backpressure) until done or the gateway hangs up; resolves bytes written. */
async function writeFiller(response: ServerResponse, total: number, piece: Buffer): Promise<number> {
  let written = 0;
  let closed = false;
  response.once("close", () => {
    closed = true;
  });
  while (written < total && !closed) {
    written += piece.length;
    if (!response.write(piece))
      await new Promise<void>((resolve) => {
        const go = () => {
          response.off("drain", go);
          response.off("close", go);
          resolve();
        };
        response.once("drain", go);
        response.once("close", go);
      });
  }
  if (!closed) response.end();
  return written;
}

for (const dialect of dialects) {
  describe(`${dialect.name}: unary`, () => {
    it("reset before headers → 502", async () => {
      dialect.stage((_request, response) => {
        response.socket?.destroy();
      });
      const response = await dialect.call();
      statusOf(response, 502);
      dialect.expectError(response.json(), "upstream_unreachable");
    });

    it("reset in the middle of the body → 502 upstream_body_incomplete (not a 500)", async () => {
      dialect.stage((_request, response) => {
        startOk(response, { "content-length": "1000" });
        response.write('{"candidates": [');
        setTimeout(() => response.socket?.destroy(), 30);
      });
      const response = await dialect.call();
      statusOf(response, 502);
      dialect.expectError(response.json(), "upstream_body_incomplete");
    });

    it("stall before headers → 504", async () => {
      dialect.stage(() => {});
      const response = await dialect.call();
      statusOf(response, 504);
      dialect.expectError(response.json(), "upstream_timeout");
    });

    it("stall in the middle of the body → 504", async () => {
      dialect.stage((_request, response) => {
        startOk(response);
        response.write('{"candidates": [');
      });
      const response = await dialect.call();
      statusOf(response, 504);
      dialect.expectError(response.json(), "upstream_timeout");
    });

    it("a body that trickles in for longer than the timeout, never idle that long, is answered (an idle timeout, not a deadline)", async () => {
      const answer = Buffer.from(JSON.stringify(dialect.name.startsWith("OpenAI") ? geminiText("slow but steady") : completion("slow but steady")));
      dialect.stage(async (_request, response) => {
        await new Promise((resolve) => setTimeout(resolve, 250)); // headers late, within the 400 ms
        startOk(response, { "content-length": String(answer.length) });
        const step = Math.ceil(answer.length / 4);
        for (let start = 0; start < answer.length; start += step) {
          response.write(answer.subarray(start, start + step));
          await new Promise((resolve) => setTimeout(resolve, 250)); // 4 × 250 ms: 1 s of body, 250 ms gaps
        }
        response.end();
      });
      const response = await dialect.call();
      expect(response.status).toBe(200);
      expect(response.text).toContain("slow but steady");
    });

    it("200 with a body that is not JSON, or truncated JSON → 502 upstream_malformed_body", async () => {
      for (const body of ["Service temporarily unavailable", '{"candidates": [{"content": {"parts": [{"text": "Hel']) {
        dialect.stage((_request, response) => {
          startOk(response);
          response.end(body);
        });
        const response = await dialect.call();
        statusOf(response, 502);
        dialect.expectError(response.json(), "upstream_malformed_body");
      }
    });

    it("an HTML 502 page from a proxy → 502 in the client's dialect", async () => {
      dialect.stage((_request, response) => {
        response.writeHead(502, { "content-type": "text/html" });
        response.end("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>");
      });
      const response = await dialect.call();
      statusOf(response, 502);
      expect(response.headers["content-type"]).toBe("application/json");
      dialect.expectError(response.json(), "upstream_error");
      expect(response.json().error.message).toMatch(/502 Bad Gateway/); // the proxy's page is quoted, not passed through as the body
    });

    it("a multibyte character split across body chunks is reassembled", async () => {
      const answer = Buffer.from(JSON.stringify(dialect.name.startsWith("OpenAI") ? geminiText("héllo 😀 世界") : completion("héllo 😀 世界")));
      const cut = answer.indexOf(Buffer.from("😀")) + 2;
      dialect.stage(async (_request, response) => {
        startOk(response, { "content-length": String(answer.length) });
        response.write(answer.subarray(0, cut));
        await new Promise((resolve) => setTimeout(resolve, 30));
        response.end(answer.subarray(cut));
      });
      const response = await dialect.call();
      expect(response.status).toBe(200);
      expect(response.text).toContain("héllo 😀 世界");
      expect(response.text).not.toContain("\uFFFD");
    });

    it("100 MB body, chunked → 502 upstream_too_large once past the limit; the upstream is cut off, not drained", async () => {
      let written: Promise<number> = Promise.resolve(0);
      dialect.stage((_request, response) => {
        startOk(response);
        written = writeFiller(response, 100 * MB, Buffer.alloc(64 * 1024, "x"));
      });
      const response = await dialect.call();
      statusOf(response, 502);
      dialect.expectError(response.json(), "upstream_too_large");
      expect(await written).toBeLessThan(40 * MB); // socket buffers on the way hold a few MB at most
    });

    it("100 MB declared content-length → 502 upstream_too_large before reading it", async () => {
      let written: Promise<number> = Promise.resolve(0);
      dialect.stage((_request, response) => {
        startOk(response, { "content-length": String(100 * MB) });
        written = writeFiller(response, 100 * MB, Buffer.alloc(64 * 1024, "x"));
      });
      const response = await dialect.call();
      statusOf(response, 502);
      dialect.expectError(response.json(), "upstream_too_large");
      expect(await written).toBeLessThan(40 * MB);
    });
  });

  describe(`${dialect.name}: streams`, () => {
    const sse = (response: ServerResponse) => response.writeHead(200, { "content-type": "text/event-stream" });

    it("reset mid-stream → a final error event in the client's dialect, no normal ending", async () => {
      dialect.stage((_request, response) => {
        sse(response);
        response.write(dialect.chunk("Hel"));
        setTimeout(() => response.socket?.destroy(), 30);
      });
      const result = await dialect.stream();
      expect(result.status).toBe(200);
      expect(dialect.text(result.events)).toBe("Hel");
      dialect.expectError(result.events.at(-1), "upstream_stream_failed");
      expect(dialect.done(result.text)).toBe(false);
    });

    it("stall mid-stream → a final upstream_timeout error event", async () => {
      dialect.stage((_request, response) => {
        sse(response);
        response.write(dialect.chunk("Hel"));
      });
      const result = await dialect.stream();
      dialect.expectError(result.events.at(-1), "upstream_timeout");
      expect(JSON.stringify(result.events.at(-1))).toMatch(/400 ms/);
    });

    it("a multibyte character split across SSE chunks is reassembled (no U+FFFD)", async () => {
      const event = Buffer.from(dialect.chunk("héllo 😀 世界"));
      const cut = event.indexOf(Buffer.from("😀")) + 1; // inside the 4-byte emoji
      const cut2 = event.indexOf(Buffer.from("世")) + 2; // inside a 3-byte character
      dialect.stage(async (_request, response) => {
        sse(response);
        for (const piece of [event.subarray(0, cut), event.subarray(cut, cut2), event.subarray(cut2)]) {
          response.write(piece);
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
        response.end(dialect.name.startsWith("OpenAI") ? `data: ${JSON.stringify({ ...geminiText(""), candidates: [{ content: { role: "model", parts: [{ text: "" }] }, finishReason: "STOP", index: 0 }] })}\r\n\r\n` : `data: ${JSON.stringify(openaiChunk("", "stop"))}\n\ndata: [DONE]\n\n`);
      });
      const result = await dialect.stream();
      expect(dialect.text(result.events)).toBe("héllo 😀 世界");
      expect(result.text).not.toContain("\uFFFD");
      expect(dialect.done(result.text)).toBe(true);
    });

    it("genuinely invalid UTF-8 → U+FFFD (the SSE decoding rule), the stream still completes", async () => {
      const [before, after] = dialect.chunk("a__b").split("__") as [string, string];
      dialect.stage((_request, response) => {
        sse(response);
        response.write(Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xc3]), Buffer.from(after)]));
        response.end(dialect.name.startsWith("OpenAI") ? `data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "" }] }, finishReason: "STOP", index: 0 }] })}\r\n\r\n` : `data: ${JSON.stringify(openaiChunk("", "stop"))}\n\ndata: [DONE]\n\n`);
      });
      const result = await dialect.stream();
      expect(dialect.text(result.events)).toBe("a\uFFFD\uFFFDb");
      expect(dialect.done(result.text)).toBe(true);
    });

    it("an endless event with no newline → a final upstream_event_too_large error; the upstream is torn down", async () => {
      let written: Promise<number> = Promise.resolve(0);
      dialect.stage((_request, response) => {
        sse(response);
        response.write(dialect.chunk("Hel"));
        response.write('data: {"candidates": [{"content": {"parts": [{"text": "');
        written = writeFiller(response, 100 * MB, Buffer.alloc(16 * 1024, "x"));
      });
      const result = await dialect.stream();
      expect(dialect.text(result.events)).toBe("Hel");
      dialect.expectError(result.events.at(-1), "upstream_event_too_large");
      expect(await written).toBeLessThan(40 * MB);
    });

    it("many small events are not mistaken for one big event", async () => {
      dialect.stage(async (_request, response) => {
        sse(response);
        const piece = "y".repeat(1000);
        for (let index = 0; index < 1500; index += 1) if (!response.write(dialect.chunk(piece))) await new Promise((resolve) => response.once("drain", resolve));
        response.end(dialect.name.startsWith("OpenAI") ? `data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text: "" }] }, finishReason: "STOP", index: 0 }] })}\r\n\r\n` : `data: ${JSON.stringify(openaiChunk("", "stop"))}\n\ndata: [DONE]\n\n`);
      });
      const result = await dialect.stream();
      expect(dialect.text(result.events).length).toBe(1500 * 1000); // 1.5 MB in all, over the 1 MiB event limit
      expect(dialect.done(result.text)).toBe(true);
    });

    it("the client aborts an endless stream → the upstream request is torn down", async () => {
      let upstreamClosed: () => void = () => {};
      const closed = new Promise<void>((resolve) => {
        upstreamClosed = resolve;
      });
      dialect.stage((_request, response) => {
        sse(response);
        response.on("close", () => upstreamClosed());
        const timer = setInterval(() => response.write(dialect.chunk("tick ")), 20); // endless, never idle
        response.on("close", () => clearInterval(timer));
      });
      const result = await openStream(dialect.name.startsWith("OpenAI") ? `${gateway.url}/v1/chat/completions` : geminiUrl(true), dialect.name.startsWith("OpenAI") ? chatBody({ stream: true }) : geminiBody(), { abortAfterBytes: 1 });
      expect(result.aborted).toBe(true);
      await closed; // would hang until the test timeout if the gateway kept the upstream call open
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(gateway.logs.at(-1)).toMatchObject({ error: "client_closed", stream: true });
    });
  });
}

describe("error bodies inside an SSE stream", () => {
  it("Gemini upstream sends data: {error: google.rpc.Status} → one OpenAI error event, then the stream ends", async () => {
    geminiHandler = (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write(`data: ${JSON.stringify(geminiChunk("Hel"))}\r\n\r\n`);
      response.end(`data: ${JSON.stringify({ error: { code: 429, message: "Resource has been exhausted (e.g. check quota).", status: "RESOURCE_EXHAUSTED" } })}\r\n\r\n`);
    };
    const result = await openStream(`${gateway.url}/v1/chat/completions`, chatBody({ stream: true }));
    expect(dialects[0].text(result.events)).toBe("Hel");
    expect(result.events.at(-1)).toMatchObject({ error: { type: "rate_limit_error", message: "Resource has been exhausted (e.g. check quota)." } });
    expect(result.text).not.toContain("[DONE]");
  });

  // An in-band error carries no HTTP status; core's reverse stream reports it as 500 INTERNAL with the message kept.
  it("OpenAI-compatible backend sends data: {error: …} → one google.rpc.Status error event", async () => {
    openaiHandler = (_request, response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write(`data: ${JSON.stringify(openaiChunk("Hel"))}\n\n`);
      response.end(`data: ${JSON.stringify({ error: { message: "Rate limit reached.", type: "rate_limit_error", code: "rate_limit_exceeded" } })}\n\n`);
    };
    const result = await openStream(geminiUrl(true), geminiBody());
    expect(dialects[1].text(result.events)).toBe("Hel");
    expect(result.events.at(-1)).toMatchObject({ error: { code: 500, status: "INTERNAL", message: "Rate limit reached." } });
    expect(result.text).not.toContain('"finishReason"');
  });

  it("a healthy stream through both fakes still ends normally (control)", async () => {
    geminiHandler = (_request, response) => replySse(response, [geminiText("fine")], "gemini");
    const forward = await openStream(`${gateway.url}/v1/chat/completions`, chatBody({ stream: true }));
    expect(dialects[0].text(forward.events)).toBe("fine");
    expect(forward.text).toContain("data: [DONE]");
    openaiHandler = (_request, response) => replySse(response, [openaiChunk("fine"), openaiChunk("", "stop")], "openai");
    const reverse = await openStream(geminiUrl(true), geminiBody());
    expect(dialects[1].text(reverse.events)).toBe("fine");
  });
});
