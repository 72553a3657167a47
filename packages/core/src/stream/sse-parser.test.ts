import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createSseDecoder, createSseParser, type SseEvent } from "./sse-parser";

function parseAll(pieces: readonly string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const piece of pieces) parser.feed(piece);
  parser.end();
  return events;
}

function decodeAll(pieces: readonly Uint8Array[]): SseEvent[] {
  const events: SseEvent[] = [];
  const decoder = createSseDecoder((event) => events.push(event));
  for (const piece of pieces) decoder.push(piece);
  decoder.end();
  return events;
}

/** Split `text` at the given (sorted, deduplicated) offsets. */
function splitAt<T extends string | Uint8Array>(value: T, cuts: readonly number[]): T[] {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: T[] = [];
  let start = 0;
  for (const cut of sorted) {
    out.push(value.slice(start, cut) as T);
    start = cut;
  }
  out.push(value.slice(start) as T);
  return out;
}

const SAMPLE =
  ': keep-alive comment\n' +
  'data: {"a":1}\n\n' +
  'event: update\r\nid: 7\r\ndata: first line\r\ndata:second line\r\n\r\n' +
  'data: cr only\rretry: 100\r\r' +
  'data\n\n' +
  'unknown: field\ndata:  two spaces\n\n' +
  'data: ünïcödé 😀 日本\n\n';

const SAMPLE_EVENTS: SseEvent[] = [
  { data: '{"a":1}' },
  { data: "first line\nsecond line", event: "update", id: "7" },
  { data: "cr only" },
  { data: "" },
  { data: " two spaces" },
  { data: "ünïcödé 😀 日本" },
];

describe("createSseParser", () => {
  it("handles LF, CRLF and CR, comments, multi-line data, event/id fields and unknown fields", () => {
    expect(parseAll([SAMPLE])).toEqual(SAMPLE_EVENTS);
  });

  it("gives the same events for every two-piece split, including between CR and LF", () => {
    for (let cut = 0; cut <= SAMPLE.length; cut += 1) expect(parseAll(splitAt(SAMPLE, [cut]))).toEqual(SAMPLE_EVENTS);
  });

  it("gives the same events for one character at a time", () => {
    expect(parseAll([...SAMPLE])).toEqual(SAMPLE_EVENTS);
  });

  it("strips a leading byte-order mark once, and only at the start", () => {
    expect(parseAll(["\uFEFF", "data: x\n\n", "data: \uFEFFy\n\n"])).toEqual([{ data: "x" }, { data: "\uFEFFy" }]);
  });

  it("dispatches an event whose blank line never came, and a last line without a newline, at end()", () => {
    expect(parseAll(["data: a\n\ndata: b\n"])).toEqual([{ data: "a" }, { data: "b" }]);
    expect(parseAll(["data: a\n\ndata: b"])).toEqual([{ data: "a" }, { data: "b" }]);
  });

  it("does not dispatch events without data lines and does not carry event/id into the next event", () => {
    expect(parseAll(["event: ping\nid: 3\n\n: only a comment\n\ndata: x\n\n"])).toEqual([{ data: "x" }]);
  });

  it("ignores an id containing NUL", () => {
    expect(parseAll(["id: a\0b\ndata: x\n\n"])).toEqual([{ data: "x" }]);
  });

  test.prop([fc.array(fc.nat({ max: SAMPLE.length }), { maxLength: 30 })])(
    "chunk boundaries anywhere give identical events",
    (cuts) => {
      expect(parseAll(splitAt(SAMPLE, cuts))).toEqual(SAMPLE_EVENTS);
    },
  );
});

describe("createSseDecoder", () => {
  const bytes = new TextEncoder().encode(SAMPLE);

  it("gives the same events for every two-piece byte split, including inside multi-byte characters", () => {
    for (let cut = 0; cut <= bytes.length; cut += 1) expect(decodeAll(splitAt(bytes, [cut]))).toEqual(SAMPLE_EVENTS);
  });

  it("gives the same events one byte at a time", () => {
    expect(decodeAll([...bytes].map((byte) => Uint8Array.of(byte)))).toEqual(SAMPLE_EVENTS);
  });

  test.prop([fc.array(fc.nat({ max: bytes.length }), { maxLength: 40 })])(
    "byte boundaries anywhere give identical events",
    (cuts) => {
      expect(decodeAll(splitAt(bytes, cuts))).toEqual(SAMPLE_EVENTS);
    },
  );

  it("turns invalid UTF-8 into U+FFFD instead of failing", () => {
    expect(decodeAll([Uint8Array.of(0x64, 0x61, 0x74, 0x61, 0x3a, 0x20, 0xff, 0x0a, 0x0a)])).toEqual([{ data: "\uFFFD" }]);
  });

  it("strips the stream's first BOM, even split across pushes, and keeps a BOM later in the stream", () => {
    const bom = [0xef, 0xbb, 0xbf];
    const data = [...new TextEncoder().encode("data: x")];
    expect(decodeAll([Uint8Array.of(0xef), Uint8Array.of(0xbb, 0xbf, ...data, 0x0a, 0x0a)])).toEqual([{ data: "x" }]);
    expect(decodeAll([Uint8Array.of(...data), Uint8Array.of(...bom, 0x0a, 0x0a)])).toEqual([{ data: "x\uFEFF" }]);
  });

  // Bytes that are mostly UTF-8 trouble: lead bytes of every length, stray continuation bytes, bytes that are never
  // valid, a BOM, and enough "data: " and newlines to make events of them.
  const troubleByte = fc.constantFrom(0x41, 0x0a, 0x0a, 0x0d, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xe0, 0x80, 0xbf, 0xff, 0xf8, 0xef, 0xbb);
  const troubleBytes = fc.array(fc.oneof(troubleByte, fc.constant("data: ")), { maxLength: 60 }).map((items) => {
    const out: number[] = [];
    for (const item of items) {
      if (typeof item === "number") out.push(item);
      else out.push(...new TextEncoder().encode(item));
    }
    return Uint8Array.from(out);
  });

  test.prop([troubleBytes, fc.array(fc.nat({ max: 80 }), { maxLength: 12 })], { numRuns: 3000 })(
    "decodes any bytes, split anywhere, exactly as one streaming TextDecoder pass does",
    (input, cuts) => {
      const reference = parseAll([new TextDecoder("utf-8").decode(input)]);
      expect(decodeAll(splitAt(input, cuts.filter((cut) => cut <= input.length)))).toEqual(reference);
    },
  );
});
