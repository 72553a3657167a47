import type { GatewayConfig } from "../../src/config";
import type { RequestLogEntry } from "../../src/log";
import { createGateway, type Gateway } from "../../src/server";

export interface TestGateway {
  url: string;
  gateway: Gateway;
  /** Parsed log lines, in order. */
  logs: Array<RequestLogEntry & { time: string }>;
  close(): Promise<void>;
}

/** A gateway on a free loopback port, Gemini API dialect pointed at `geminiBaseUrl`, logs collected in memory. */
export async function startTestGateway(overrides: Partial<GatewayConfig> = {}): Promise<TestGateway> {
  const config: GatewayConfig = {
    host: "127.0.0.1",
    port: 0,
    upstream: "gemini",
    geminiApiKey: "test-key",
    vertexLocation: "global",
    signatureMode: "extra_content",
    signatureStore: "memory",
    signatureMaxEntries: 10_000,
    signatureTtlSeconds: 3600,
    upstreamTimeoutMs: 10_000,
    bodyLimitBytes: 20 * 1024 * 1024,
    upstreamBodyLimitBytes: 64 * 1024 * 1024,
    headersTimeoutMs: 60_000,
    shutdownGraceMs: 5_000,
    ...overrides,
  };
  const logs: TestGateway["logs"] = [];
  const gateway = await createGateway(config, { log: (line) => logs.push(JSON.parse(line)) });
  const url = await gateway.listen();
  return { url, gateway, logs, close: () => gateway.close() };
}
