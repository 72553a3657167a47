import { GembridgeError } from "../errors/gembridge-error";
import type { SignatureStore } from "./signature-store";

export interface MemorySignatureStoreOptions {
  /** Most entries kept; the least recently used go first. Default 10 000. */
  maxEntries?: number;
  /** Most UTF-16 code units kept over keys and values (≈ bytes for base64 signatures). Default 64 MiB. */
  maxBytes?: number;
}

export interface MemorySignatureStore extends SignatureStore {
  /** Entries held now. */
  readonly size: number;
  /** Key + value length held now, in the unit of `maxBytes`. */
  readonly bytes: number;
}

const DEFAULT_MAX_ENTRIES = 10_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * An in-memory LRU signature store: a `Map` kept in recency order (a hit re-inserts the entry at the end), evicting
 * from the front until both caps hold. A single entry larger than `maxBytes` is not stored at all, so one huge image
 * signature cannot flush the whole store. Pure data structure: no timers, no I/O.
 *
 * @example
 * const store = createMemorySignatureStore({ maxEntries: 1000 });
 * store.set("tc:call_1", "EjQK"); store.get("tc:call_1") // "EjQK"
 */
export function createMemorySignatureStore(options: MemorySignatureStoreOptions = {}): MemorySignatureStore {
  const maxEntries = cap(options.maxEntries, DEFAULT_MAX_ENTRIES, "maxEntries");
  const maxBytes = cap(options.maxBytes, DEFAULT_MAX_BYTES, "maxBytes");
  return new MemoryStore(maxEntries, maxBytes);
}

function cap(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new GembridgeError(`'${name}' must be a positive integer.`, { status: 400, code: "invalid_option", param: name });
  }
  return value;
}

class MemoryStore implements MemorySignatureStore {
  private readonly entries = new Map<string, string>();
  private held = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.held;
  }

  get(key: string): string | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, signature: string): void {
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.held -= key.length + previous.length;
    }
    const weight = key.length + signature.length;
    if (weight > this.maxBytes) return;
    this.entries.set(key, signature);
    this.held += weight;
    while (this.entries.size > this.maxEntries || this.held > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.held -= oldest.length + (this.entries.get(oldest) as string).length;
      this.entries.delete(oldest);
    }
  }
}
