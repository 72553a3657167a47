// `pnpm bench` — every benchmark of issue 11 in one run, results in BENCHMARKS.md (+ SVG charts and JSON in
// scripts/bench/results/). `pnpm bench:smoke` (or `pnpm bench --smoke`): tiny iterations, no Portkey, a few
// seconds, writes nothing into the repo — CI runs it only to prove the harness works; no timing assertions.
//
// Flags: --smoke, --only=size,translation,profile,streaming,e2e,gateway-profile,memory,signature-store, --no-portkey, --out=FILE,
// --report-only (re-render BENCHMARKS.md and the charts from scripts/bench/results/results.json, measuring nothing),
// --dist / --source (translation and e2e against the built dist/ or the sources only; default both, dist first —
// `pnpm build` first; smoke defaults to source). Runs under tsx with the `source` condition, so everything not
// measured against dist/ (streaming, profiles, gateway memory) comes from src/ (decision 0163).

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { assertDistFresh, chooseBuilds } from "./builds.mjs";
import { endToEndDuration, endToEndRounds, runEndToEnd } from "./e2e.mjs";
import { runGatewayProfile } from "./gateway-profile.mjs";
import { runHotSpots } from "./hot-spots.mjs";
import { runMemory } from "./memory.mjs";
import { renderNotes } from "./notes.mjs";
import { freePort, killAllSync, ROOT, startServer, stopAll } from "./processes.mjs";
import { runProfile } from "./profile.mjs";
import { endToEndChart, renderMarkdown, translationChart } from "./report.mjs";
import { runSignatureStore } from "./signature-store.mjs";
import { runSize } from "./size.mjs";
import { runStreaming } from "./streaming.mjs";
import { runTranslation } from "./translation.mjs";

const SECTIONS = ["size", "translation", "profile", "streaming", "e2e", "gateway-profile", "memory", "signature-store"];

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    only: { type: "string" },
    "no-portkey": { type: "boolean", default: false },
    out: { type: "string" },
    "report-only": { type: "boolean", default: false },
    dist: { type: "boolean", default: false },
    source: { type: "boolean", default: false },
  },
});
const smoke = values.smoke;
const builds = chooseBuilds({ dist: values.dist, source: values.source, smoke });
// Smoke skips the gateway profile unless asked: each gateway start from source costs ~5 s, and the translation
// profile already proves the --cpu-prof plumbing.
const only = values.only === undefined ? SECTIONS.filter((name) => !(smoke && name === "gateway-profile")) : values.only.split(",").map((name) => name.trim());
for (const name of only) if (!SECTIONS.includes(name)) throw new Error(`--only: unknown section ${name} (known: ${SECTIONS.join(", ")})`);
const log = (line) => process.stdout.write(`${line}\n`);

// Children never outlive the bench: killed in `finally`, on signals, and synchronously on exit.
process.on("exit", killAllSync);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    log(`\n${signal}: stopping child processes`);
    stopAll().finally(() => process.exit(130));
  });
}

if (values["report-only"]) {
  const saved = JSON.parse(readFileSync(join(ROOT, "scripts/bench/results/results.json"), "utf8"));
  writeReport({ ...saved, outFile: values.out ?? join(ROOT, "BENCHMARKS.md"), chartDir: join(ROOT, "scripts/bench/results") });
  process.exit(0);
}

const machine = {
  cpu: cpus()[0]?.model.trim() ?? "unknown",
  cores: cpus().length,
  memory: totalmem(),
  os: `${type()} ${release()}`,
  node: process.version,
  loadavg: loadavg(),
};
const command = `pnpm bench${smoke ? " --smoke" : ""}${values.only === undefined ? "" : ` --only=${values.only}`}${values["no-portkey"] ? " --no-portkey" : ""}${values.dist ? " --dist" : ""}${values.source ? " --source" : ""}`;
// A stale or missing dist/ is refused before anything is measured.
if (builds.includes("dist") && (only.includes("translation") || only.includes("e2e"))) assertDistFresh();
const startedAt = new Date().toISOString();
const started = performance.now();
const results = {};
const heading = (title) => log(`\n== ${title}${smoke ? " (smoke)" : ""}   [t+${((performance.now() - started) / 1000).toFixed(1)} s]`);

log(`gembridge bench — ${machine.cpu} × ${machine.cores}, ${(machine.memory / 2 ** 30).toFixed(1)} GB, Node ${machine.node}, load ${machine.loadavg.map((value) => value.toFixed(2)).join(" ")}`);
try {
  if (only.includes("size")) {
    heading("size (esbuild, min+gzip)");
    results.size = await runSize({ log });
  }
  if (only.includes("translation")) {
    heading("pure translation vs JSON floor (median)");
    // One row list, headline build first (report.mjs splits it by `build`).
    results.translation = [];
    for (const build of builds) {
      log(`  [${build}]`);
      results.translation.push(...(await runTranslation({ smoke, log, build })));
    }
  }
  if (only.includes("profile") && results.translation !== undefined) {
    heading("CPU profile of the hottest translation case");
    // Hottest by ratio (with and without validation), plus the agent conversation (the heaviest realistic request;
    // absolute differences on the 5 MB image are within noise); duplicates profiled once.
    const sourceRows = results.translation.filter((row) => row.build === "source");
    const profiled = sourceRows.length > 0 ? sourceRows : results.translation;
    const hottest = (score) => profiled.reduce((worst, row) => (score(row) > score(worst) ? row : worst));
    const targets = [
      [hottest((row) => row.withValidationRatio).name, "withValidation"],
      [hottest((row) => row.withoutValidationRatio).name, "withoutValidation"],
      [(profiled.find((row) => row.name.includes("agent")) ?? profiled[0]).name, "withoutValidation"],
    ].filter(([name, variant], index, all) => all.findIndex((other) => other[0] === name && other[1] === variant) === index);
    results.profiles = [];
    for (const [caseName, variant] of smoke ? targets.slice(0, 1) : targets) {
      results.profiles.push(await runProfile({ caseName, variant, ms: smoke ? 300 : 4000, smoke, log }));
    }
    results.hotSpots = await runHotSpots({ smoke, log });
  }
  if (only.includes("streaming")) {
    heading("streaming: SSE bytes in → SSE bytes out");
    results.streaming = await runStreaming({ smoke, log });
  }
  if (only.includes("signature-store")) {
    heading("signature store: memory over many conversations");
    results.signatureStore = await runSignatureStore({ smoke, log });
  }
  if (only.includes("e2e") || only.includes("gateway-profile") || only.includes("memory")) {
    const port = await freePort();
    const mock = await startServer("mock upstream", ["scripts/bench/mock-upstream.mjs", "--port", String(port)], port);
    log(`\nmock upstream at ${mock.url} (pid ${mock.pid})`);
    if (only.includes("e2e")) {
      heading("end to end (autocannon)");
      const gateways = builds.map((build) => (build === "dist" ? "gembridge" : "gembridge-source"));
      const contenders = smoke || values["no-portkey"] ? ["floor", ...gateways] : ["floor", ...gateways, "portkey"];
      results.e2e = await runEndToEnd({ smoke, log, upstream: mock.url, upstreamPid: mock.pid, contenders });
    }
    if (only.includes("gateway-profile")) {
      heading("CPU profile of the gateway under load (16 connections)");
      results.gatewayProfiles = await runGatewayProfile({ smoke, log, upstream: mock.url });
    }
    if (only.includes("memory")) {
      heading("gateway memory under concurrent streams");
      results.memory = await runMemory({ smoke, log, upstream: mock.url });
    }
  }
} finally {
  await stopAll();
}

const seconds = (performance.now() - started) / 1000;
// Smoke runs never touch the repo: their output goes to the temp dir unless --out says otherwise.
const outFile = values.out ?? (smoke ? join(tmpdir(), "gembridge-bench-smoke", "BENCHMARKS.md") : join(ROOT, "BENCHMARKS.md"));
// Charts and raw JSON go next to an explicit --out; a full run without --out refreshes scripts/bench/results/.
const chartDir = values.out !== undefined ? join(outFile, "..") : smoke ? join(tmpdir(), "gembridge-bench-smoke") : join(ROOT, "scripts/bench/results");
writeReport({ machine, command, startedAt, seconds, smoke, results, outFile, chartDir });
log(`\nwrote ${outFile} and ${chartDir}/ in ${seconds.toFixed(0)} s`);

function writeReport({ machine, command, startedAt, seconds, smoke = false, results, outFile, chartDir }) {
  const markdown = renderMarkdown({ machine, command, startedAt, seconds, options: { duration: endToEndDuration(smoke), rounds: endToEndRounds(smoke) }, results, notes: renderNotes(results) });
  mkdirSync(chartDir, { recursive: true });
  mkdirSync(join(outFile, ".."), { recursive: true });
  if (results.translation !== undefined) writeFileSync(join(chartDir, "translation.svg"), translationChart(results.translation));
  if (results.e2e !== undefined && results.e2e.length > 0) writeFileSync(join(chartDir, "e2e.svg"), endToEndChart(results.e2e));
  writeFileSync(join(chartDir, "results.json"), `${JSON.stringify({ machine, command, startedAt, seconds, smoke, results }, null, 2)}\n`);
  writeFileSync(outFile, markdown);
}
