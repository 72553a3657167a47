import { readdirSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replyJson, replySse, startFakeUpstream } from "./helpers/fake-upstream";
import { openStream } from "./helpers/open-stream";
import { chatBody, geminiText, post } from "./helpers/raw-http";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";

// Issue 14 §3, the client side: a 100 MB upload, a slow-loris client, and a light load run (the heavy one is
// `pnpm reliability`) that checks open file descriptors and RSS come back to their baseline.

const MB = 1024 * 1024;
const gemini = await startFakeUpstream((request, response) => {
  const model = /models\/([^:]+):/.exec(request.url)?.[1] ?? "";
  if (model.includes("reset")) return void response.socket?.destroy();
  if (model.includes("garbage")) return void response.end("<html>nope</html>");
  if (request.url.includes(":streamGenerateContent")) return replySse(response, [geminiText("a"), geminiText("b")], "gemini");
  replyJson(response, 200, geminiText("ok"));
});
let gateway: TestGateway;
beforeAll(async () => {
  gateway = await startTestGateway({ geminiBaseUrl: gemini.url, bodyLimitBytes: MB, headersTimeoutMs: 400, upstreamTimeoutMs: 2000 });
});
afterAll(async () => {
  await gateway.close();
  await gemini.close();
});

describe("client faults", () => {
  it("a 100 MB chunked upload is refused with 413 while it is still uploading", async () => {
    let written = 0;
    const result = await new Promise<{ status: number; writtenAtResponse: number; body: string }>((resolve, reject) => {
      const outgoing = request(`${gateway.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" } }, (response) => {
        const writtenAtResponse = written;
        let body = "";
        response.on("data", (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, writtenAtResponse, body }));
      });
      outgoing.on("error", (error) => (written >= 100 * MB ? reject(error) : undefined));
      const piece = Buffer.alloc(64 * 1024, "x");
      const pump = () => {
        while (written < 100 * MB && !outgoing.destroyed) {
          written += piece.length;
          if (!outgoing.write(piece)) return void outgoing.once("drain", pump);
        }
        if (!outgoing.destroyed) outgoing.end();
      };
      outgoing.write('{"model": "gemini-2.5-flash", "messages": [{"role": "user", "content": "');
      pump();
    });
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).error).toMatchObject({ code: "request_too_large", type: "invalid_request_error" });
    expect(result.writtenAtResponse).toBeLessThan(50 * MB); // answered early: not after reading all 100 MB
    expect(gemini.received).toHaveLength(0);
  });

  it("slow-loris headers: a client trickling header bytes gets 408 and a closed socket after --headers-timeout-ms", async () => {
    const started = performance.now();
    const { answer, closedAfter } = await new Promise<{ answer: string; closedAfter: number }>((resolve) => {
      const socket = connect(Number(new URL(gateway.url).port), "127.0.0.1");
      let answer = "";
      socket.on("data", (chunk) => {
        answer += chunk.toString();
      });
      socket.on("error", () => {});
      socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n");
      const trickle = setInterval(() => socket.write("X-Slow: y\r\n"), 50); // never the blank line
      socket.on("close", () => {
        clearInterval(trickle);
        resolve({ answer, closedAfter: performance.now() - started });
      });
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfter).toBeGreaterThanOrEqual(350);
    expect(closedAfter).toBeLessThan(10_000); // generous: the machine is shared
    expect((await post(`${gateway.url}/v1/chat/completions`, chatBody())).status).toBe(200);
  });
});

/** Open file descriptors of this process (Linux /proc; the test runs there in CI). */
const openFds = () => readdirSync("/proc/self/fd").length;
const settle = async (baseline: number, tolerance: number) => {
  // Keep-alive sockets to the fake upstream close after its 5 s keepAliveTimeout: poll instead of guessing.
  for (let waited = 0; waited < 15_000 && openFds() > baseline + tolerance; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
  return openFds();
};

describe("load (light; `pnpm reliability` runs 1,000 streams + 200 rounds)", () => {
  it("200 concurrent streams, then 20 rounds of 25 mixed requests with faults: all answered, fds and RSS back near baseline", async () => {
    const url = `${gateway.url}/v1/chat/completions`;
    await Promise.all(Array.from({ length: 20 }, () => openStream(url, chatBody({ stream: true })))); // warm-up
    const baselineFds = await settle(openFds(), 0);
    const baselineRss = process.memoryUsage().rss;

    const streams = await Promise.all(Array.from({ length: 200 }, () => openStream(url, chatBody({ stream: true }))));
    expect(streams.filter((result) => result.status === 200 && result.text.endsWith("data: [DONE]\n\n"))).toHaveLength(200);

    const kinds = ["gemini-2.5-flash", "gemini-reset", "gemini-garbage"] as const;
    for (let round = 0; round < 20; round += 1) {
      const answers = await Promise.all(
        Array.from({ length: 25 }, async (_, index) => {
          const model = kinds[index % kinds.length] as string;
          const stream = index % 2 === 0;
          if (index % 7 === 6) {
            // A client that leaves mid-stream.
            await openStream(url, chatBody({ model, stream: true }), { abortAfterBytes: 1 });
            return "aborted";
          }
          const response = await post(url, chatBody({ model, stream }));
          return `${response.status}`;
        }),
      );
      // Every request got an answer: 200 for healthy ones, 502 for faults (a reset answering a stream before its
      // headers is a 502 too), never a hang or a connection error.
      for (const answer of answers) expect(["200", "502", "aborted"]).toContain(answer);
      expect(answers.filter((answer) => answer === "502").length).toBeGreaterThan(0);
    }
    const fdsAfter = await settle(baselineFds, 5);
    const rssAfter = process.memoryUsage().rss;
    expect(fdsAfter).toBeLessThanOrEqual(baselineFds + 5);
    // In-process RSS (test runner included) is noisy; this bounds gross leaks only. The script measures precisely.
    expect(rssAfter - baselineRss).toBeLessThan(150 * MB);
    expect((await post(url, chatBody())).status).toBe(200);
  }, 60_000);
});
