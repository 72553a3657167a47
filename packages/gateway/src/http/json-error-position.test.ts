import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { jsonErrorPosition } from "./json-error-position";

describe("jsonErrorPosition", () => {
  it.each([
    ['{"a": ]}', 6],
    ['{"model": "x",\n "messages": ]}', 28],
    ['{"a" 1}', 5],
    ["[1, 2,]", 6],
    ['{"a": 1,}', 8],
    ["[1 2]", 3],
    ['{"a": tru}', 9],
    ["", 0],
    ['{"a": "b', 8],
    ["[[[[", 4],
    ['"\u0001"', 1],
    ["1 2", 2],
    ["{}", -1],
    [' [1, {"a": [true, null, -1.5e3]}, "x"] ', -1],
  ])("%j → %i", (text, position) => {
    expect(jsonErrorPosition(text)).toBe(position);
  });

  it("does not recurse: 100k nested arrays", () => {
    expect(jsonErrorPosition("[".repeat(100_000))).toBe(100_000);
  });

  test.prop([fc.json()])("valid JSON → -1", (text) => {
    expect(jsonErrorPosition(text)).toBe(-1);
  });

  test.prop([fc.json(), fc.nat(), fc.constantFrom("]", "}", ",", ":", "x", '"')])("agrees with V8 when V8 names a position", (text, at, junk) => {
    const broken = text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1));
    let v8: number | undefined;
    try {
      JSON.parse(broken);
      v8 = -1;
    } catch (error) {
      const match = /position (\d+)/.exec((error as Error).message);
      if (match !== null) v8 = Number(match[1]);
    }
    if (v8 !== undefined) expect(jsonErrorPosition(broken)).toBe(v8);
    else expect(jsonErrorPosition(broken)).not.toBe(-1);
  });
});
