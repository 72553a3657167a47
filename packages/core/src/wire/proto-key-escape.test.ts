import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseWithSchema } from "./parse-with-schema";
import { escapeProtoKeys, unescapeProtoKeys } from "./proto-key-escape";

const hostile = () => JSON.parse('{"__proto__":{"x":1},"a":1}') as Record<string, unknown>;

describe("proto-key-escape (decision 0151)", () => {
  it("leaves input without `__proto__` keys as is: same reference, no copy", () => {
    const input = { a: [{ b: 1 }], c: { d: "e" } };
    const { value, escaped } = escapeProtoKeys(input);
    expect(escaped).toBe(false);
    expect(value).toBe(input);
  });

  it("round-trips `__proto__` and keys that start with the escape prefix, key order kept, input untouched", () => {
    const input = { list: [hostile(), 2], nested: { "\u0000gembridge-key:x": 1, inner: hostile() } };
    const before = JSON.stringify(input);
    const { value, escaped } = escapeProtoKeys(input);
    expect(escaped).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(value)).not.toContain('"__proto__"');
    const back = unescapeProtoKeys(value) as typeof input;
    expect(JSON.stringify(back)).toBe(before);
    expect(Object.keys(back.nested.inner)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(back.nested.inner)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("walks 100,000 levels without recursion", () => {
    let deep: unknown = hostile();
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const { value, escaped } = escapeProtoKeys(deep);
    expect(escaped).toBe(true);
    let node = unescapeProtoKeys(value) as Record<string, unknown>;
    for (let i = 0; i < 100_000; i++) node = node.a as Record<string, unknown>;
    expect(Object.keys(node)).toEqual(["__proto__", "a"]);
  });

  it("parseWithSchema: records, loose objects and z.unknown keep the key; a bad value under it is named in param", () => {
    const schema = z.looseObject({ map: z.record(z.string(), z.number()), free: z.unknown() });
    const parsed = parseWithSchema(schema, { ...JSON.parse('{"__proto__":1}'), map: JSON.parse('{"__proto__":2,"b":3}'), free: hostile() }, "thing");
    expect(JSON.stringify(parsed)).toBe('{"map":{"__proto__":2,"b":3},"free":{"__proto__":{"x":1},"a":1},"__proto__":1}');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(() => parseWithSchema(schema, { map: JSON.parse('{"__proto__":"no"}') }, "thing")).toThrow(
      expect.objectContaining({ status: 400, param: "map.__proto__", message: "Invalid thing at map.__proto__: Invalid input: expected number, received string" }),
    );
  });
});
