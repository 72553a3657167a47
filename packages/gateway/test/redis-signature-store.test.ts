import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { toolCallSignatureKey } from "@gembridge/core/internal";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisSignatureBackend } from "../src/signatures/redis-signature-backend";

// A real redis-server, started here on a free port (redis has no "port 0") and killed afterwards.
// CI installs the apt package in .ci/run.
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let redis: ChildProcess;
let url: string;
beforeAll(async () => {
  const port = await freePort();
  redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("redis-server did not start")), 10_000);
    redis.once("error", reject);
    redis.stdout?.on("data", (data: Buffer) => {
      if (data.toString().includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  url = `redis://127.0.0.1:${port}`;
});
afterAll(() => {
  redis?.kill("SIGTERM");
});

const followUp = (id: string) => ({ model: "gemini-3-flash-preview", messages: [{ role: "assistant", tool_calls: [{ id, type: "function", function: { name: "f", arguments: "{}" } }] }] });

describe("Redis signature backend (real redis-server)", () => {
  it("namespaces keep tenants apart: a key stored under one client key is a miss under another", async () => {
    const backend = await createRedisSignatureBackend(url, 60);
    try {
      const a = await backend.open({}, "tenant-a:");
      a.store.set(toolCallSignatureKey("call_ns"), "SIG_A");
      await a.commit();
      expect((await backend.open(followUp("call_ns"), "tenant-a:")).store.get(toolCallSignatureKey("call_ns"))).toBe("SIG_A");
      expect((await backend.open(followUp("call_ns"), "tenant-b:")).store.get(toolCallSignatureKey("call_ns"))).toBeUndefined();
      expect((await backend.open(followUp("call_ns"))).store.get(toolCallSignatureKey("call_ns"))).toBeUndefined();
    } finally {
      await backend.close();
    }
  });

  it("a signature set while answering one request is found by the next, from another backend instance", async () => {
    const writer = await createRedisSignatureBackend(url, 60);
    const reader = await createRedisSignatureBackend(url, 60);
    try {
      const first = await writer.open({ model: "m", messages: [] });
      first.store.set(toolCallSignatureKey("call_r1"), "SIG/with+base64==");
      expect(first.store.get(toolCallSignatureKey("call_r1"))).toBe("SIG/with+base64==");
      await first.commit();
      const second = await reader.open(followUp("call_r1"));
      expect(second.store.get(toolCallSignatureKey("call_r1"))).toBe("SIG/with+base64==");
      const miss = await reader.open(followUp("call_other"));
      expect(miss.store.get(toolCallSignatureKey("call_r1"))).toBeUndefined();
    } finally {
      await writer.close();
      await reader.close();
    }
  });

  it("entries carry the TTL", async () => {
    const backend = await createRedisSignatureBackend(url, 2);
    try {
      const session = await backend.open({});
      session.store.set(toolCallSignatureKey("call_ttl"), "S");
      await session.commit();
      const { createClient } = await import("redis");
      const client = createClient({ url });
      await client.connect();
      const ttl = await client.ttl(`gembridge:sig:${toolCallSignatureKey("call_ttl")}`);
      await client.quit();
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(2);
    } finally {
      await backend.close();
    }
  });
});
