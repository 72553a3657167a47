import type { CaseResult } from "../run-conformance";

/** Pass/fail table plus a diff block per failure. */
export function formatReport(results: readonly CaseResult[], maxDiffs = 12): string {
  const lines: string[] = [];
  const width = Math.max(...results.map((r) => r.direction.length + r.name.length + 1), 10);
  for (const r of results) lines.push(`${r.pass ? "PASS" : "FAIL"}  ${`${r.direction}/${r.name}`.padEnd(width)}`);
  for (const r of results.filter((x) => !x.pass)) {
    lines.push("", `--- ${r.direction}/${r.name}`);
    for (const d of r.diffs.slice(0, maxDiffs)) lines.push(`  ${d}`);
    if (r.diffs.length > maxDiffs) lines.push(`  … ${r.diffs.length - maxDiffs} more`);
  }
  const passed = results.filter((r) => r.pass).length;
  lines.push("", `${passed}/${results.length} cases pass`);
  return lines.join("\n");
}

/** Per-feature score: cases passed / cases tagged with the feature. */
export function featureScores(results: ReadonlyArray<Pick<CaseResult, "features" | "pass">>): Array<{ feature: string; passed: number; total: number }> {
  const rows = new Map<string, { passed: number; total: number }>();
  for (const r of results)
    for (const f of r.features) {
      const row = rows.get(f) ?? { passed: 0, total: 0 };
      row.total++;
      if (r.pass) row.passed++;
      rows.set(f, row);
    }
  return [...rows].map(([feature, v]) => ({ feature, ...v })).sort((a, b) => a.feature.localeCompare(b.feature));
}
