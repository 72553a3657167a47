import { featureScores } from "./report";

interface Scored {
  readonly check: string;
  readonly features: readonly string[];
  readonly covers: readonly string[];
  readonly pass: boolean;
  readonly diffs: readonly string[];
}

export type Score = { feature: string; passed: number; total: number };

/** Checks passed / checks per feature tag of the case the expectation came from. */
export function probeScores(results: readonly Scored[]): Score[] {
  return featureScores(results);
}

/** Checks passed / checks per README mapping-table row (`covers` of the case); empty when no case has `covers`. */
export function rowScores(results: readonly Scored[]): Score[] {
  return featureScores(results.map((r) => ({ features: r.covers, pass: r.pass })));
}

/** Human report: one line per check (first diffs under failures), the feature table, the total. */
export function formatProbeText(results: readonly Scored[], upstreamUrl: string, notes: readonly string[] = []): string {
  const lines = results.map((r) => `${r.pass ? "PASS" : "FAIL"}  ${r.check}${r.pass ? "" : `\n        ${r.diffs.slice(0, 5).join("\n        ")}`}`);
  const features = probeScores(results);
  lines.push("", "feature                 score", ...features.map((f) => `${f.feature.padEnd(22)}  ${f.passed}/${f.total}`));
  const rows = rowScores(results);
  if (rows.length > 0) lines.push("", "mapping-table row                         score", ...rows.map((f) => `${f.feature.padEnd(40)}  ${f.passed}/${f.total}`));
  lines.push("", `${results.filter((r) => r.pass).length}/${results.length} checks pass (mock upstream was ${upstreamUrl})`, ...notes.map((n) => `note: ${n}`));
  return lines.join("\n");
}
