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
  /**
   * Fetches the keys `request` may need (Redis: one MGET) before core translates it. `namespace` (a digest of
   * the client's key when `GEMBRIDGE_API_KEYS` is set, else "") prefixes every key the session reads and writes.
   */
  open(request: unknown, namespace?: string): Promise<SignatureSession>;
  close(): Promise<void>;
}

export async function createSignatureBackend(config: GatewayConfig): Promise<SignatureBackend | undefined> {
  if (config.signatureStore === "off") return undefined;
  if (config.signatureRedisUrl !== undefined) {
    const { createRedisSignatureBackend } = await import("./redis-signature-backend");
    return createRedisSignatureBackend(config.signatureRedisUrl, config.signatureTtlSeconds);
  }
  const store = createMemorySignatureStore({ maxEntries: config.signatureMaxEntries });
  const shared: SignatureSession = { store, commit: async () => {} };
  return {
    description: `memory (${config.signatureMaxEntries} entries)`,
    open: async (_request, namespace = "") => (namespace === "" ? shared : { store: prefixedStore(store, namespace), commit: shared.commit }),
    close: async () => {},
  };
}

/** A view of `store` whose keys all start with `prefix` (one tenant's part of a shared store). */
export function prefixedStore(store: SignatureStore, prefix: string): SignatureStore {
  return { get: (key) => store.get(prefix + key), set: (key, signature) => store.set(prefix + key, signature) };
}
