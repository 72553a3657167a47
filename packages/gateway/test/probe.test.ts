// The conformance probe against our gateway, in-process, on loopback (issue 8; decision 0127): the mock Gemini
// upstream answers from the fixtures, the gateway runs once per dialect pointed at it, and every reviewed case must
// pass. Vertex AI mode needs an OAuth token; Application Default Credentials are replaced by a fixed token here.
import { createMockGeminiUpstream, loadCases, type MockGeminiUpstream, probeGateway } from "@gembridge/conformance";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestGateway, type TestGateway } from "./helpers/start-gateway";

vi.mock("google-auth-library", () => ({
  GoogleAuth: class {
    async getAccessToken() {
      return "probe-access-token";
    }
  },
}));

/** Reviewed cases our gateway is known to fail, each with the reason (empty = everything passes). */
const EXPECTED_FAILURES: Record<string, string> = {};

const cases = loadCases();
let upstream: MockGeminiUpstream;
beforeAll(async () => {
  upstream = await createMockGeminiUpstream({ cases });
});
afterAll(() => upstream.close());

describe.each(["gemini", "vertex"] as const)("probe against the gateway (%s upstream)", (dialect) => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway(
      dialect === "gemini" ? { geminiBaseUrl: upstream.url } : { upstream: "vertex", vertexProject: "probe-project", vertexLocation: "global", geminiBaseUrl: upstream.url },
    );
  });
  afterAll(() => gateway.close());

  it("passes every reviewed case of the dialect", async () => {
    const report = await probeGateway({ gateway: gateway.url, cases, upstream, dialect, reviewedOnly: true, errors: dialect === "gemini", apiKey: "test-key" });
    const failed = report.results.filter((r) => !r.pass && !(r.check in EXPECTED_FAILURES)).map((r) => `${r.check}\n  ${r.diffs.slice(0, 3).join("\n  ")}`);
    expect(failed).toEqual([]);
    // The probe really ran: requests of this dialect reached the mock with the right URL shape.
    expect(report.results.filter((r) => r.kind === "request").length).toBeGreaterThanOrEqual(dialect === "gemini" ? 8 : 10);
    if (dialect === "gemini") expect(report.results.filter((r) => r.kind === "error").length).toBeGreaterThanOrEqual(10);
    expect(upstream.received.some((r) => r.route?.dialect === dialect)).toBe(true);
  });
});
