import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { request } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeUpstream } from "./helpers/fake-upstream";
import { chatBody, post } from "./helpers/raw-http";
import { PACKAGE_ROOT, startMain } from "./helpers/start-main";

// `src/main.ts` as a real process (what `pnpm start` runs), stopped with SIGTERM in the middle of a stream.

const slowStream = await startFakeUpstream(async (_request, response) => {
  response.writeHead(200, { "content-type": "text/event-stream" });
  for (const text of ["one ", "two ", "three ", "four ", "five"]) {
    response.write(`data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [{ text }] }, index: 0 }] })}\r\n\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  response.end(`data: ${JSON.stringify({ candidates: [{ content: { role: "model", parts: [] }, finishReason: "STOP", index: 0 }] })}\r\n\r\n`);
});
afterAll(() => slowStream.close());

describe("graceful shutdown", () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill("SIGKILL"));

  it("SIGTERM lets an in-flight stream finish, refuses new connections, exits 0", async () => {
    const main = await startMain({ GEMINI_API_KEY: "test-key", GEMINI_BASE_URL: slowStream.url });
    child = main.child;
    const exited = once(main.child, "exit");
    const streamed = new Promise<string>((resolve, reject) => {
      const outgoing = request(`${main.url}/v1/chat/completions`, { method: "POST", headers: { "content-type": "application/json" } }, (response) => {
        let text = "";
        response.once("data", () => main.child.kill("SIGTERM")); // first bytes are out: now stop the gateway
        response.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on("end", () => resolve(text));
      });
      outgoing.on("error", reject);
      outgoing.end(chatBody({ stream: true }));
    });
    const text = await streamed;
    const content = text
      .split("\n\n")
      .filter((event) => event.startsWith("data: {"))
      .map((event) => JSON.parse(event.slice(6)).choices?.[0]?.delta?.content ?? "")
      .join("");
    expect(content).toBe("one two three four five");
    expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
    const [code] = await exited;
    expect(code).toBe(0);
    await expect(post(`${main.url}/v1/chat/completions`, chatBody())).rejects.toThrow(/ECONNREFUSED/);
    expect(main.lines.map((line) => line.event ?? line.path)).toEqual(["listening", "stopping", "/v1/chat/completions", "stopped"]);
  });

  it("--help prints the settings table and exits 0", async () => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/main.ts", "--help"], { cwd: PACKAGE_ROOT });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(out).toContain("--upstream-timeout-ms <value>");
    expect(out).toContain("GEMINI_API_KEY");
  });
});
