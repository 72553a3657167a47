import { collectSignatureKeys, type SignatureStore } from "@gembridge/core";
import { createClient } from "redis";
import type { SignatureBackend, SignatureSession } from "./create-signature-backend";

const PREFIX = "gembridge:sig:";

/**
 * Redis-backed signatures: the keys a request may need are fetched in one MGET before translation, writes made
 * while translating the response are buffered and sent in one MULTI (SET … EX ttl) after it. A Redis failure never
 * fails a chat request: reads fall back to "not found" (the bypass value then applies) and write errors are dropped.
 */
export async function createRedisSignatureBackend(url: string, ttlSeconds: number): Promise<SignatureBackend> {
  const client = createClient({ url });
  client.on("error", () => {
    // reconnects on its own; requests meanwhile see an empty store
  });
  await client.connect();
  return {
    description: "redis",
    async open(request: unknown, namespace = ""): Promise<SignatureSession> {
      const keys = collectSignatureKeys(request);
      const prefix = PREFIX + namespace;
      const found = new Map<string, string>();
      if (keys.length > 0) {
        try {
          const values = await client.mGet(keys.map((key) => prefix + key));
          values.forEach((value, i) => {
            if (typeof value === "string") found.set(keys[i] as string, value);
          });
        } catch {
          // treated as a miss
        }
      }
      const writes = new Map<string, string>();
      const store: SignatureStore = {
        get: (key) => writes.get(key) ?? found.get(key),
        set: (key, signature) => {
          writes.set(key, signature);
        },
      };
      return {
        store,
        async commit() {
          if (writes.size === 0) return;
          const multi = client.multi();
          for (const [key, signature] of writes) multi.set(prefix + key, signature, { EX: ttlSeconds });
          try {
            await multi.exec();
          } catch {
            // the next turn falls back to the bypass value
          }
        },
      };
    },
    async close() {
      await client.quit().catch(() => client.destroy());
    },
  };
}
