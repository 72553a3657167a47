import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCases } from "../cases/load-cases";
import { parsePayload } from "../cases/parse-payload";
import { createMockGeminiUpstream, type MockGeminiUpstream } from "./create-mock-gemini-upstream";

const cases = loadCases();
let upstream: MockGeminiUpstream;
beforeAll(async () => {
  upstream = await createMockGeminiUpstream({ cases });
});
afterAll(() => upstream.close());

const post = (path: string, body: unknown) => fetch(`${upstream.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const hello = { contents: [{ role: "user", parts: [{ text: "Hello" }] }] };

describe("mock Gemini upstream", () => {
  it("answers Gemini API generateContent with a recorded response and records the request", async () => {
    const res = await post("/v1beta/models/gemini-2.5-flash:generateContent", hello);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { candidates: unknown[] }).candidates.length).toBeGreaterThan(0);
    const last = upstream.received.at(-1);
    expect(last?.route).toEqual({ dialect: "gemini", model: "gemini-2.5-flash", method: "generateContent", alt: null });
    expect(last?.body).toEqual(hello);
  });
  it("streams the recorded SSE text for alt=sse on the Vertex URL shape", async () => {
    upstream.respondWith("gemini-to-openai-stream/pai-gemini25-pro-google-search-stream");
    const res = await post("/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-pro:streamGenerateContent?alt=sse", hello);
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const recorded = cases.find((c) => c.case.name === "pai-gemini25-pro-google-search-stream" && c.case.direction === "gemini-to-openai-stream");
    expect(await res.text()).toBe(recorded?.inputText);
    expect(upstream.received.at(-1)?.route).toMatchObject({ dialect: "vertex", project: "p", location: "global", model: "gemini-2.5-pro" });
  });
  it("answers a request equal to a case's expected upstream body with that case's response", async () => {
    const c = cases.find((x) => x.case.direction === "openai-to-gemini-request" && x.case.name === "seed-image-generation");
    const expected = c?.expected as { body: unknown } | undefined;
    const res = await post("/v1/projects/p/locations/global/publishers/google/models/gemini-3-pro-image-preview:generateContent", expected?.body);
    expect(res.status).toBe(200);
    expect(upstream.received.at(-1)?.answeredWith).toBe("gemini-to-openai-response/vercel-gemini3-pro-text-thoughtsig");
  });
  it("replays error cases with their recorded status", async () => {
    upstream.respondWith("gemini-to-openai-error/vercel-429-resource-exhausted-retryinfo");
    const res = await post("/v1beta/models/x:generateContent", hello);
    expect(res.status).toBe(429);
    expect(((await res.json()) as { error: { status: string } }).error.status).toBe("RESOURCE_EXHAUSTED");
  });
  it("404s unknown paths", async () => {
    expect((await post("/v1/chat/completions", hello)).status).toBe(404);
  });
});

describe("scripts/record.mjs against the mock upstream", () => {
  const recordModule = new URL("../../../../scripts/record.mjs", import.meta.url).href;
  it("records a stream answer as a new case with provenance and redacted key", async () => {
    const { recordCase } = (await import(/* @vite-ignore */ recordModule)) as { recordCase: (o: Record<string, unknown>) => Promise<string> };
    const tmp = mkdtempSync(join(tmpdir(), "gembridge-record-"));
    try {
      // Copy the request case into a scratch cases dir so nothing is written into fixtures/.
      const { cpSync } = await import("node:fs");
      const src = cases.find((c) => c.case.direction === "openai-to-gemini-request" && c.case.name === "seed-thinking-config");
      cpSync(src?.dir as string, join(tmp, "openai-to-gemini-request/seed-thinking-config"), { recursive: true });
      upstream.respondWith("gemini-to-openai-stream/vercel-gemini3-pro-text-stream");
      const dir = await recordCase({ casesDir: tmp, caseRef: "openai-to-gemini-request/seed-thinking-config", baseUrl: upstream.url, apiKey: "SECRET-KEY-123", name: "rec-test", now: new Date("2026-11-25T00:00:00Z") });
      expect(upstream.received.at(-1)?.headers["x-goog-api-key"]).toBe("SECRET-KEY-123");
      expect(upstream.received.at(-1)?.url).toBe("/v1beta/models/gemini-2.5-flash-preview-04-17:streamGenerateContent?alt=sse");
      const written = JSON.parse(readFileSync(join(dir, "case.json"), "utf8"));
      expect(written).toMatchObject({ direction: "gemini-to-openai-stream", provenance: { kind: "recorded", model: "gemini-2.5-flash-preview-04-17", date: "2026-11-25" }, input: { format: "sse" } });
      const text = readFileSync(join(dir, "input.sse"), "utf8");
      expect(text).not.toContain("SECRET-KEY-123");
      expect((parsePayload(text, "sse") as unknown[]).length).toBeGreaterThan(1);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
  it("redacts secrets and trims big base64", async () => {
    const { redact } = (await import(/* @vite-ignore */ recordModule)) as { redact: (t: string, s: string[]) => string };
    const big = "A".repeat(5000);
    const out = redact(`{"key":"k-1","inlineData":{"data":"${big}"}}`, ["k-1"]);
    expect(out).not.toContain("k-1");
    expect(out).not.toContain(big);
    expect(atob(JSON.parse(out).inlineData.data)).toBe("base64 trimmed by scripts/record.mjs; original length=5000");
  });
  describe("thought-signature rules (Gemini 3)", () => {
    const history = (signature?: string, image = false) => ({
      contents: [
        { role: "user", parts: [{ text: "Weather?" }] },
        { role: "model", parts: [{ functionCall: { name: "get_weather", args: {} }, ...(signature ? { thoughtSignature: signature } : {}) }, { functionCall: { name: "get_time", args: {} } }] },
        { role: "user", parts: [{ functionResponse: { name: "get_weather", response: {} } }, { functionResponse: { name: "get_time", response: {} } }] },
        ...(image ? [{ role: "model", parts: [{ inlineData: { mimeType: "image/png", data: "AAAA" } }] }] : []),
      ],
    });
    it("answers Google's 400 for an unsigned first call of a current-turn step, with the recorded wording per dialect", async () => {
      const res = await post("/v1beta/models/gemini-3-pro-preview:generateContent", history());
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { status: string; message: string } };
      expect(body.error.status).toBe("INVALID_ARGUMENT");
      expect(body.error.message).toContain("Function call is missing a thought_signature in functionCall parts");
      expect(body.error.message).toContain("`default_api:get_weather` , position 2");
      const vertex = await post("/v1/projects/p/locations/global/publishers/google/models/gemini-3-pro-preview:generateContent", history());
      expect(((await vertex.json()) as { error: { message: string } }).error.message).toContain("function call `get_weather` in the 2. content block is missing a `thought_signature`");
    });
    it("accepts a signed first call (the second of the parallel batch unsigned) and the bypass value; 2.5 is not checked", async () => {
      expect((await post("/v1beta/models/gemini-3-pro-preview:generateContent", history("SIG"))).status).toBe(200);
      expect((await post("/v1beta/models/gemini-3-flash-preview:generateContent", history("skip_thought_signature_validator"))).status).toBe(200);
      expect((await post("/v1beta/models/gemini-2.5-flash:generateContent", history())).status).toBe(200);
    });
    it("rejects an unsigned model image part", async () => {
      const res = await post("/v1beta/models/gemini-3-pro-image-preview:generateContent", history("SIG", true));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain("Image part is missing a thought_signature");
    });
    it("rejects an unsigned server-side toolCall part, accepts a signed one", async () => {
      const withTool = (signature?: string) => ({
        contents: [
          { role: "user", parts: [{ text: "News?" }] },
          { role: "model", parts: [{ toolCall: { id: "t1", toolType: "GOOGLE_SEARCH_WEB", args: {} }, ...(signature ? { thoughtSignature: signature } : {}) }] },
        ],
      });
      const res = await post("/v1beta/models/gemini-3-flash-preview:generateContent", withTool());
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain("Tool call part is missing a thought_signature");
      expect((await post("/v1beta/models/gemini-3-flash-preview:generateContent", withTool("SIG"))).status).toBe(200);
    });
  });
});
