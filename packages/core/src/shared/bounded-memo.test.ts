import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo";

describe("boundedMemo", () => {
  it("computes a key once while it is remembered", () => {
    const seen: string[] = [];
    const memo = boundedMemo(2, (key) => {
      seen.push(key);
      return key.length;
    });
    expect([memo("ab"), memo("ab"), memo("abc"), memo("ab")]).toEqual([2, 2, 3, 2]);
    expect(seen).toEqual(["ab", "abc"]);
  });

  it("forgets everything when full, so client-chosen keys cannot grow it", () => {
    const seen: string[] = [];
    const memo = boundedMemo(2, (key) => {
      seen.push(key);
      return key;
    });
    for (const key of ["a", "b", "c", "a"]) memo(key);
    // "c" found the map full and cleared it, so "a" is computed again.
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });
});
