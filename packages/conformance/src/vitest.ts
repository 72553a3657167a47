/**
 * Vitest helper: one test per fixture case. Import from `@gembridge/conformance/vitest` in a gateway's test suite:
 *   describeConformance(myImpl);            // all cases in fixtures/cases
 *   describeConformance(myImpl, loadCases().filter(...), "subset");
 */
import { describe, expect, it } from "vitest";
import { type LoadedCase, loadCases } from "./cases/load-cases";
import { type ConformanceImpl, runCase } from "./run-conformance";

export function describeConformance(impl: ConformanceImpl, cases: readonly LoadedCase[] = loadCases(), title = "gembridge conformance"): void {
  describe(title, () => {
    for (const loaded of cases) {
      it(`${loaded.case.direction}/${loaded.case.name}`, () => {
        const result = runCase(impl, loaded);
        expect(result.diffs, `case folder: ${loaded.dir}`).toEqual([]);
      });
    }
  });
}
