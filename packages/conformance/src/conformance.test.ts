import { readFileSync } from "node:fs";
import * as core from "@gembridge/core";
import { describe, expect, it } from "vitest";
import { caseJsonSchema } from "./case-schema";
import { loadCases } from "./cases/load-cases";
import { validateOfficial } from "@gembridge/testkit";
import { OUTPUT_KIND, outputPayloads } from "./output-kind";
import type { ConformanceImpl } from "./run-conformance";
import { describeConformance } from "./vitest";

const cases = loadCases();

describe("fixtures", () => {
  it("fixtures/case.schema.json is the JSON Schema generated from the zod schema", () => {
    const committed = JSON.parse(readFileSync(new URL("../../../fixtures/case.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(caseJsonSchema());
  });
  it("cover all eight directions", () => {
    expect(new Set(cases.map((c) => c.case.direction)).size).toBe(8);
  });
  for (const loaded of cases) {
    if (loaded.expected === undefined) continue;
    it(`${loaded.case.direction}/${loaded.case.name}: expected output passes the official schema`, () => {
      const c = loaded.case;
      const payloads = outputPayloads(c.direction, loaded.expected);
      const errors = payloads.flatMap((p) => validateOfficial(OUTPUT_KIND[c.direction], p, { dialect: c.dialect }).errors);
      expect(errors).toEqual((c.knownSchemaViolations ?? []).map((v) => v.error));
    });
  }
});

describeConformance(core as unknown as ConformanceImpl, cases, "@gembridge/core passes every fixture case");
