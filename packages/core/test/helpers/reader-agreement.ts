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
