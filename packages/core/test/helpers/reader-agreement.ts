// Test-only: what a reader or a zod parse function says of one input, in a form two of them can be compared by.
import { expect } from "vitest";
import { GembridgeError } from "../../src/errors/gembridge-error";

export type Verdict = { ok: true; value: unknown } | { ok: false; param: string | null };

/** The value `read` returns, or the `param` of the `GembridgeError` it throws (anything else fails the test). */
export function verdict(read: () => unknown): Verdict {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (!(error instanceof GembridgeError)) throw error;
    return { ok: false, param: error.param ?? null };
  }
}

/** The reader and the zod parse function accept and reject alike, with the same value and the same `param`. */
export function expectAgreement(reader: (input: unknown) => unknown, parse: (input: unknown) => unknown, input: unknown): void {
  expect(verdict(() => reader(input))).toEqual(verdict(() => parse(input)));
}

/** proto3 JSON spellings Google's parsers accept: snake_case names and `null` for unset, anywhere. */
export function protoSpellings(value: unknown, seed: number): unknown {
  let n = seed;
  const next = () => {
    n = (n * 1103515245 + 12345) & 0x7fffffff;
    return n;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== "object" || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) {
      const roll = next() % 6;
      const snake = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      Object.defineProperty(out, roll === 0 ? snake : key, { value: walk(item), enumerable: true, writable: true, configurable: true });
      if (roll === 1) out[`${key}Extra`] = null;
    }
    if (next() % 5 === 0) out.finishMessage = null;
    return out;
  };
  return walk(value);
}
