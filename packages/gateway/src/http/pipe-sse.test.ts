import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { pendingAfter } from "./pipe-sse";

/** The definition, spelled the slow way: the last of the three two-byte boundaries, else the carry-over rule. */
function reference(chunk: Buffer, pending: number, previous: number): number {
  const boundary = Math.max(chunk.lastIndexOf("\n\n"), chunk.lastIndexOf("\r\r"), chunk.lastIndexOf("\n\r"));
  if (boundary !== -1) return chunk.length - boundary - 2;
  const first = chunk[0];
  if ((previous === 0x0a && (first === 0x0a || first === 0x0d)) || (previous === 0x0d && first === 0x0d)) return chunk.length - 1;
  return pending + chunk.length;
}

// Mostly line ends, so boundaries, near misses (`\r\n` alone) and runs of them all come up.
const bytes = fc.array(fc.constantFrom(0x0a, 0x0d, 0x0a, 0x0d, 0x61, 0x3a, 0x20), { minLength: 1, maxLength: 40 }).map((values) => Buffer.from(values));

describe("pendingAfter", () => {
  it.each([
    ["data: {}\r\n\r\n", 1],
    ["data: {}\n\n", 0],
    ["data: {}\r\r", 0],
    ["data: {}\n\ndata: {", 7],
    ["data: {}\r\ndata", 14],
    ["\n", 1],
  ])("%j → %i", (text, expected) => {
    expect(pendingAfter(Buffer.from(text), 0, 0)).toBe(expected);
  });

  it("carries a boundary that straddles two chunks", () => {
    expect(pendingAfter(Buffer.from("\ndata"), 100, 0x0a)).toBe(4);
    expect(pendingAfter(Buffer.from("data"), 100, 0x0a)).toBe(104);
  });

  test.prop([bytes, fc.nat(1000), fc.constantFrom(0, 0x0a, 0x0d, 0x61)], { numRuns: 2000 })(
    "agrees with the three-needle definition on any bytes",
    (chunk, pending, previous) => {
      expect(pendingAfter(chunk, pending, previous)).toBe(reference(chunk, pending, previous));
    },
  );
});
