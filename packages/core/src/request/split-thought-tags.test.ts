import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitThoughtTags } from "./split-thought-tags";

describe("splitThoughtTags", () => {
  it("splits tagged thoughts from answer text", () => {
    expect(splitThoughtTags("<think>a</think>b<think></think>c<think>d", "think")).toEqual([
      { text: "a", thought: true },
      { text: "b", thought: false },
      { text: "c<think>d", thought: false },
    ]);
  });

  it("loses no text: thoughts plus answer equal the input without the tags", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom("<t>", "</t>"))), (pieces) => {
        const text = pieces.join("");
        const joined = splitThoughtTags(text, "t").map((s) => s.text).join("");
        expect(joined.length).toBeLessThanOrEqual(text.length);
        expect(text.replaceAll("<t>", "").replaceAll("</t>", "")).toContain(joined.replaceAll("<t>", "").replaceAll("</t>", ""));
      }),
    );
  });

  it("is linear on a megabyte of unmatched tags", () => {
    const text = "<t>".repeat(300_000);
    const started = performance.now();
    expect(splitThoughtTags(text, "t")).toEqual([{ text, thought: false }]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
