import { describe, expect, it } from "vitest";
import { z } from "zod";
import { unionByJsonType } from "./json-type-union";

const schema = z.object({
  value: unionByJsonType({ string: z.string(), array: z.array(z.number()), object: z.object({ url: z.string() }) }),
});

describe("unionByJsonType", () => {
  it.each([["s"], [[1, 2]], [{ url: "u" }]])("accepts %j unchanged", (value) => {
    expect(schema.parse({ value })).toEqual({ value });
  });

  it("reports issues inside the chosen branch at their own path", () => {
    const result = schema.safeParse({ value: [1, "two"] });
    expect(result.error?.issues.map((issue) => [issue.path, issue.code])).toEqual([[["value", 1], "invalid_type"]]);
    const nested = schema.safeParse({ value: { url: 5 } });
    expect(nested.error?.issues.map((issue) => issue.path)).toEqual([["value", "url"]]);
  });

  it("names the accepted kinds when none matches, including null and a missing key", () => {
    for (const input of [{ value: 3 }, { value: null }, {}]) {
      const issue = schema.safeParse(input).error?.issues[0];
      expect(issue?.path).toEqual(["value"]);
      expect(issue?.message).toMatch(/^Invalid input: expected string or array or object, received (number|null|undefined)$/);
    }
  });
});
