// CPU profile of the hottest translation bench: `node --cpu-prof` on a child that loops the case, then the
// .cpuprofile is folded into self time per function and per area (zod, core, JSON, GC, other).

import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./processes.mjs";

const run = promisify(execFile);

function area(frame) {
  const { url, functionName } = frame.callFrame;
  if (/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(url)) return "zod";
  if (url.includes("/packages/core/src/")) return "core translators";
  if (url.includes("/packages/gateway/src/")) return "gateway";
  if (url.startsWith("node:internal/webstreams")) return "Web streams (node)";
  if (url.startsWith("node:")) return "node internals (http, net, streams)";
  if (functionName === "(garbage collector)") return "GC";
  if (functionName === "(program)" || functionName === "(idle)") return "runtime";
  if (url === "" && /^(parse|stringify)$/.test(functionName)) return "JSON";
  // JSON.parse/JSON.stringify are builtins that V8 attributes to the calling frame: the bench's own lambda.
  if (url.includes("/scripts/bench/")) return "JSON.parse/stringify (bench frame)";
  if (url === "") return "native (syscalls such as writev, builtins)";
  return "other";
}

function shortUrl(url) {
  return url.replace(/^file:\/\//, "").replace(/^.*packages\/core\/src\//, "core/").replace(/^.*packages\/gateway\/src\//, "gateway/").replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(ROOT, "");
}

/**
 * Self time per function and per area, in ms, from a V8 .cpuprofile. `startWhen(callFrame)`: samples before the first
 * one whose stack holds a matching frame are dropped (start-up of a server profiled under load).
 */
export function summarizeProfile(profile, startWhen) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inStack = (id) => {
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current)?.callFrame;
      if (frame !== undefined && startWhen(frame)) return true;
    }
    return false;
  };
  const first = startWhen === undefined ? 0 : Math.max(0, profile.samples.findIndex((id) => inStack(id)));
  const selfMicros = new Map();
  const deltas = profile.timeDeltas;
  for (let i = first; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (deltas[i] ?? 0));
  }
  const functions = new Map();
  const areas = new Map();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id);
    // Idle time (start-up, waiting) is not part of the work being profiled.
    if (node === undefined || node.callFrame.functionName === "(idle)") continue;
    // Module loading (tsx transpiling the sources) happens once before the loop: start-up, not the case.
    if (/^node:internal\/(modules|deps\/cjs-module-lexer)|\/tsx\/|\/esbuild\//.test(node.callFrame.url)) continue;
    total += micros;
    const { functionName, url } = node.callFrame;
    // Line numbers are left out: under tsx they point into the transpiled code, not the source.
    const key = `${functionName || "(anonymous)"} ${url === "" ? "" : shortUrl(url)}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + micros);
    const name = area(node);
    areas.set(name, (areas.get(name) ?? 0) + micros);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, top: sorted(functions).slice(0, 12), areas: sorted(areas) };
}

export async function runProfile({ caseName, variant, ms, smoke, log }) {
  const dir = mkdtempSync(join(tmpdir(), "gembridge-cpuprof-"));
  try {
    const args = ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", "--conditions=source", "scripts/bench/profile-target.mjs", caseName, variant, String(ms), smoke ? "smoke" : "full"];
    const { stdout } = await run(process.execPath, args, { cwd: ROOT, timeout: ms + 60_000 });
    const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
    if (file === undefined) throw new Error("node --cpu-prof wrote no profile");
    const summary = summarizeProfile(JSON.parse(readFileSync(join(dir, file), "utf8")));
    const result = { caseName, variant, iterations: JSON.parse(stdout.trim().split("\n").pop()).iterations, ...summary };
    log(`  ${caseName} / ${variant}: ${result.iterations} iterations; ${result.areas.map((row) => `${row.name} ${(row.share * 100).toFixed(0)}%`).join(", ")}`);
    for (const row of result.top.slice(0, 6)) log(`    ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.name}`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
