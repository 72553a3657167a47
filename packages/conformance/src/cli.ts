/**
 * gembridge-conformance — check a translator against the fixtures, serve a mock Gemini upstream, probe a gateway.
 *   check [--impl module] [--cases dir] [--filter text] [--json]
 *   generate [--impl module] [--cases dir] [--filter text] [--force]
 *   upstream [--port n] [--cases dir]
 *   probe --gateway URL [--upstream-port n] [--dialect gemini|vertex] [--header name:value]… [--api-key k]
 *         [--strip-model-prefix p] [--no-errors] [--cases dir] [--json]
 */
import { loadCases } from "./cases/load-cases";
import { generateExpected } from "./cli/generate";
import { loadImpl, parseArgs } from "./cli/load-impl";
import { probeGateway } from "./cli/probe";
import { featureScores, formatReport } from "./cli/report";
import { createMockGeminiUpstream } from "./mock-upstream/create-mock-gemini-upstream";
import { runConformance } from "./run-conformance";

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { flags } = parseArgs(rest);
  const str = (name: string) => (typeof flags.get(name) === "string" ? (flags.get(name) as string) : undefined);
  const filter = str("filter");
  const cases = () => loadCases(str("cases")).filter((c) => !filter || `${c.case.direction}/${c.case.name}`.includes(filter));
  switch (command) {
    case "check": {
      const results = runConformance(await loadImpl(str("impl")), cases());
      if (flags.has("json")) console.log(JSON.stringify({ results: results.map(({ actual: _a, ...r }) => r), features: featureScores(results) }, null, 2));
      else console.log(formatReport(results));
      return results.every((r) => r.pass) ? 0 : 1;
    }
    case "generate": {
      const written = generateExpected(await loadImpl(str("impl")), cases(), flags.has("force"));
      console.log(written.length ? `wrote expected output of:\n  ${written.join("\n  ")}\nReview each one, then set expectedReviewed: true.` : "nothing to generate");
      return 0;
    }
    case "upstream": {
      const port = Number(str("port") ?? 8787);
      const upstream = await createMockGeminiUpstream({ cases: cases(), port, log: (line) => console.log(line) });
      console.log(`mock Gemini upstream on ${upstream.url} (Gemini API: ${upstream.url}/v1beta/models/{m}:generateContent; Vertex: ${upstream.url}/v1/projects/{p}/locations/{l}/publishers/google/models/{m}:generateContent)`);
      return await new Promise<number>(() => {});
    }
    case "probe": {
      const gateway = str("gateway");
      if (!gateway) {
        console.error("probe needs --gateway URL (the gateway's base URL, pointed at the mock upstream)");
        return 2;
      }
      const report = await probeGateway({
        gateway,
        cases: cases(),
        upstreamPort: Number(str("upstream-port") ?? 0),
        dialect: str("dialect") === "vertex" ? "vertex" : "gemini",
        headers: repeatedHeaders(rest),
        errors: !flags.has("no-errors"),
        ...(str("api-key") ? { apiKey: str("api-key") as string } : {}),
        ...(str("strip-model-prefix") ? { stripModelPrefix: str("strip-model-prefix") as string } : {}),
      });
      if (flags.has("json")) console.log(JSON.stringify(report, null, 2));
      else console.log(report.text);
      return report.results.every((r) => r.pass) ? 0 : 1;
    }
    default:
      console.error("usage: gembridge-conformance <check|generate|upstream|probe> [options]  (see src/cli.ts header)");
      return 2;
  }
}

/** Every `--header name:value` (repeatable; the generic flag parser keeps only the last value of a flag). */
function repeatedHeaders(argv: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  argv.forEach((arg, i) => {
    const value = arg === "--header" ? argv[i + 1] : arg.startsWith("--header=") ? arg.slice("--header=".length) : undefined;
    if (value === undefined) return;
    const colon = value.indexOf(":");
    if (colon <= 0) throw new Error(`--header needs name:value, got '${value}'`);
    headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
  });
  return headers;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(2);
  },
);
