import { describe, expect, it } from "vitest";
import { snakeToCamel, snakeToCamelKeys } from "./snake-to-camel-keys";

describe("snakeToCamelKeys", () => {
  it("converts Google field names and leaves user data alone", () => {
    const input = {
      google_search: { time_range_filter: { start_time: "a" } },
      function_declarations: [{ name: "f", parameters: { properties: { user_id: { type: "string" } } } }],
      labels: { cost_center: "x" },
      alreadyCamel: 1,
    };
    expect(snakeToCamelKeys(input)).toEqual({
      googleSearch: { timeRangeFilter: { startTime: "a" } },
      functionDeclarations: [{ name: "f", parameters: { properties: { user_id: { type: "string" } } } }],
      labels: { cost_center: "x" },
      alreadyCamel: 1,
    });
    expect(input.google_search.time_range_filter.start_time).toBe("a");
  });

  it("copies instead of sharing, and survives 100,000 levels of nesting", () => {
    let deep: unknown = { leaf_value: 1 };
    for (let i = 0; i < 100_000; i++) deep = { next_level: deep };
    let out = snakeToCamelKeys(deep) as Record<string, unknown>;
    let depth = 0;
    while (out.nextLevel !== undefined) {
      out = out.nextLevel as Record<string, unknown>;
      depth++;
    }
    expect([depth, out]).toEqual([100_000, { leafValue: 1 }]);
    expect(snakeToCamel("a_b_c1")).toBe("aBC1");
  });
});
