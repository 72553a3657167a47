// `pnpm probe:peers` — the conformance probe against our reference gateway and against @portkey-ai/gateway, with the
// same fixture cases and the same mock upstream, written to docs/readme/peer-comparison.md (decision 0125).
//
// Everything listens on 127.0.0.1 only: the mock Gemini upstream, a framing relay in front of it, a fake GCE metadata
// server (tokens for our gateway's Vertex mode), our gateway (twice: Gemini API and Vertex AI upstream) and Portkey
// (`--headless`, forced onto loopback by loopback-only.mjs). Every child is killed at the end, on error and on
// signals; the whole run is bounded by --timeout-ms (default 240000).
//
// Flags: --out FILE (default docs/readme/peer-comparison.md), --no-write, --timeout-ms N, --json.
// Runs under tsx with the `source` condition (the probe and the gateway come from src/, no build needed).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createMockGeminiUpstream, loadCases, probeGateway } from "../../packages/conformance/src/index.ts";
import { startFakeMetadataServer } from "./fake-metadata-server.mjs";
import { startGoogleFramingRelay } from "./google-framing-relay.mjs";
import { renderPeerReport, scoreTable } from "./peer-report.mjs";
import { freePort, killAllSync, startNode, stopAll } from "./processes.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const COMMAND = "pnpm probe:peers";
const { values } = parseArgs({ options: { out: { type: "string" }, "no-write": { type: "boolean", default: false }, "timeout-ms": { type: "string", default: "240000" }, json: { type: "boolean", default: false } } });
const out = values.out ?? join(ROOT, "docs/readme/peer-comparison.md");
const log = (line) => process.stderr.write(`${line}\n`);

process.on("exit", killAllSync);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
const deadline = setTimeout(() => {
  log(`probe:peers: over the time limit (${values["timeout-ms"]} ms), stopping`);
  process.exit(3);
}, Number(values["timeout-ms"]));
deadline.unref();

const version = (path) => JSON.parse(readFileSync(join(ROOT, path), "utf8")).version;
const closers = [];
let exitCode = 0;
try {
  const cases = loadCases();
  const mock = await createMockGeminiUpstream({ cases });
  closers.push(() => mock.close());
  const relay = await startGoogleFramingRelay(mock.url);
  closers.push(relay.close);
  const metadata = await startFakeMetadataServer();
  closers.push(metadata.close);
  const cloudsdk = mkdtempSync(join(tmpdir(), "gembridge-peer-gcloud-"));
  closers.push(() => rmSync(cloudsdk, { recursive: true, force: true }));

  const ours = (extraArgs, env = {}) =>
    startNode("gembridge gateway", ["--conditions=source", "--import", "tsx", "packages/gateway/src/main.ts", "--host", "127.0.0.1", "--port", "0", "--gemini-base-url", relay.url, "--upstream-timeout-ms", "15000", ...extraArgs], {
      cwd: ROOT,
      env,
      ready: (line) => (line.includes('"listening"') ? JSON.parse(line).url : undefined),
    });
  const oursGemini = await ours(["--upstream", "gemini", "--gemini-api-key", "probe-key"]);
  const oursVertex = await ours(["--upstream", "vertex", "--vertex-project", "probe-project", "--vertex-location", "global"], {
    GCE_METADATA_HOST: metadata.host,
    METADATA_SERVER_DETECTION: "assume-present",
    CLOUDSDK_CONFIG: cloudsdk,
  });
  const portkeyPort = await freePort();
  const portkey = await startNode("portkey", ["--import", "./scripts/peer/loopback-only.mjs", "node_modules/@portkey-ai/gateway/build/start-server.js", "--headless", `--port=${portkeyPort}`], { cwd: ROOT, env: { NODE_ENV: "production" }, port: portkeyPort });
  log(`mock ${mock.url} · relay ${relay.url} · ours ${oursGemini.url} (gemini) ${oursVertex.url} (vertex) · portkey ${portkey.url}`);

  const runs = [
    { gateway: "ours", dialect: "gemini", options: { gateway: oursGemini.url, apiKey: "probe-key" } },
    { gateway: "ours", dialect: "vertex", options: { gateway: oursVertex.url, errors: false } },
    // Portkey's documented custom-host routing: provider google (Gemini API), the key in Authorization (sent upstream as ?key=).
    { gateway: "portkey", dialect: "gemini", options: { gateway: portkey.url, headers: { "x-portkey-provider": "google", "x-portkey-custom-host": relay.url, authorization: "Bearer probe-key" } } },
    // Vertex AI: provider vertex-ai with project + region headers and a bearer token; Portkey takes bare model ids
    // (or `google.x`), not the `google/x` ids of Vertex's OpenAI-compatible endpoint that the seed requests use.
    {
      gateway: "portkey",
      dialect: "vertex",
      options: {
        gateway: portkey.url,
        errors: false,
        stripModelPrefix: "google/",
        headers: { "x-portkey-provider": "vertex-ai", "x-portkey-vertex-project-id": "probe-project", "x-portkey-vertex-region": "global", "x-portkey-custom-host": relay.url, authorization: "Bearer probe-access-token" },
      },
    },
  ];
  const results = [];
  for (const run of runs) {
    const report = await probeGateway({ cases, upstream: mock, dialect: run.dialect, timeoutMs: 15_000, ...run.options });
    log(`${run.gateway} ${run.dialect}: ${report.results.filter((r) => r.pass).length}/${report.results.length} checks pass`);
    for (const r of report.results) {
      const expected = r.kind === "request" ? cases.find((c) => `${c.case.direction}/${c.case.name}` === r.caseId)?.expected?.body : undefined;
      results.push({ ...r, gateway: run.gateway, dialect: run.dialect, expected });
    }
  }
  const meta = {
    date: new Date().toISOString().slice(0, 10),
    command: COMMAND,
    versions: { gembridge: version("packages/gateway/package.json"), portkey: version("node_modules/@portkey-ai/gateway/package.json"), node: process.version },
  };
  meta.unreviewed = cases.filter((c) => !c.case.expectedReviewed).length;
  if (values.json) process.stdout.write(`${JSON.stringify({ meta, results }, null, 2)}\n`);
  else process.stdout.write(`${scoreTable(results)}\n`);
  if (!values["no-write"]) {
    writeFileSync(out, renderPeerReport(results, meta));
    log(`wrote ${relative(ROOT, out)}`);
  }
} catch (error) {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  exitCode = 1;
} finally {
  await stopAll();
  for (const close of closers.reverse()) await Promise.resolve().then(close).catch(() => {});
}
process.exit(exitCode);
