import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { createMemorySignatureStore } from "./create-memory-signature-store";

describe("createMemorySignatureStore", () => {
  it("returns what was set and undefined for unknown keys", () => {
    const store = createMemorySignatureStore();
    store.set("tc:a", "sigA");
    expect(store.get("tc:a")).toBe("sigA");
    expect(store.get("tc:b")).toBeUndefined();
  });

  it("evicts the least recently used entry past maxEntries (a get refreshes)", () => {
    const store = createMemorySignatureStore({ maxEntries: 2 });
    store.set("a", "1");
    store.set("b", "2");
    expect(store.get("a")).toBe("1");
    store.set("c", "3");
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")).toBe("1");
    expect(store.get("c")).toBe("3");
    expect(store.size).toBe(2);
  });

  it("evicts until key + value lengths fit maxBytes, and refuses a single entry above it", () => {
    const store = createMemorySignatureStore({ maxBytes: 10 });
    store.set("a", "1234"); // 5
    store.set("b", "1234"); // 10
    expect(store.bytes).toBe(10);
    store.set("c", "12"); // 13 → evict a
    expect(store.get("a")).toBeUndefined();
    expect(store.bytes).toBe(8);
    store.set("huge", "12345678901");
    expect(store.get("huge")).toBeUndefined();
    expect(store.get("b")).toBe("1234");
  });

  it("replacing a key updates the byte count", () => {
    const store = createMemorySignatureStore();
    store.set("k", "long-signature");
    store.set("k", "s");
    expect(store.bytes).toBe(2);
    expect(store.size).toBe(1);
  });

  it("rejects non-positive caps with a GembridgeError", () => {
    expect(() => createMemorySignatureStore({ maxEntries: 0 })).toThrow(GembridgeError);
    expect(() => createMemorySignatureStore({ maxBytes: 1.5 })).toThrow(GembridgeError);
  });

  it("never exceeds either cap and keeps the most recent entry that fits (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 4, max: 64 }),
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 20 })), { maxLength: 60 }),
        (maxEntries, maxBytes, writes) => {
          const store = createMemorySignatureStore({ maxEntries, maxBytes });
          for (const [key, value] of writes) {
            store.set(key, value);
            expect(store.size).toBeLessThanOrEqual(maxEntries);
            expect(store.bytes).toBeLessThanOrEqual(maxBytes);
            if (key.length + value.length <= maxBytes) expect(store.get(key)).toBe(value);
          }
        },
      ),
    );
  });
});
