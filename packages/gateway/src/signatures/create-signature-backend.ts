import { createMemorySignatureStore, type SignatureStore } from "@gembridge/core";
import type { GatewayConfig } from "../config";

/** One exchange's synchronous view of the store (core is synchronous), and how to persist what it collected. */
export interface SignatureSession {
  readonly store: SignatureStore;
  commit(): Promise<void>;
}

/**
 * Where the gateway keeps thought signatures between turns (docs/decisions/0192-gateway-signature-store.md):
 * in process memory (LRU, default) or in Redis with a TTL so several gateway instances share one store.
 */
export interface SignatureBackend {
  readonly description: string;
  /** Fetches the keys `request` may need (Redis: one MGET) before core translates it. */
  open(request: unknown): Promise<SignatureSession>;
  close(): Promise<void>;
}

export async function createSignatureBackend(config: GatewayConfig): Promise<SignatureBackend | undefined> {
  if (config.signatureStore === "off") return undefined;
  if (config.signatureRedisUrl !== undefined) {
    const { createRedisSignatureBackend } = await import("./redis-signature-backend");
    return createRedisSignatureBackend(config.signatureRedisUrl, config.signatureTtlSeconds);
  }
  const store = createMemorySignatureStore({ maxEntries: config.signatureMaxEntries });
  const session: SignatureSession = { store, commit: async () => {} };
  return { description: `memory (${config.signatureMaxEntries} entries)`, open: async () => session, close: async () => {} };
}
