// BENCHMARKS.md and the SVG charts, generated from one run's results. Every number in the file comes from `results`;
// the prose around them explains method and reads the numbers against the goals of issue 11.

import { barChart } from "./chart.mjs";
import { fmtMs, formatSize } from "./translation.mjs";

const MB = 1024 * 1024;
const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const x = (ratio) => `${ratio.toFixed(2)}×`;
const mark = (ok) => (ok ? "✅" : "❌");

const BUILD_NAMES = { dist: "dist", source: "tsx" };
/** Rows of one run split by build, headline (first measured) build first; rows from before builds existed = source. */
function byBuild(rows) {
  const groups = new Map();
  for (const row of rows) {
    const build = row.build ?? "source";
    if (!groups.has(build)) groups.set(build, []);
    groups.get(build).push(row);
  }
  return [...groups];
}

export function translationChart(rows) {
  const builds = byBuild(rows);
  const colors = { dist: ["#4c78a8", "#9ecae9"], source: ["#e45756", "#ff9d98"] };
  const suffix = (build) => (builds.length > 1 ? `, ${BUILD_NAMES[build]}` : "");
  const series = builds.flatMap(([build]) => [
    { name: `with validation${suffix(build)}`, color: colors[build][0] },
    { name: `without validation${suffix(build)}`, color: colors[build][1] },
  ]);
  const names = [...new Set(rows.map((row) => row.name))];
  return barChart({
    title: "Translation time ÷ JSON floor (JSON.parse + JSON.stringify of the same bytes), median; lower is better",
    unit: "×",
    log: true,
    series,
    goals: [
      { value: 1, label: "floor" },
      { value: 1.2, label: "1.2×" },
      { value: 1.5, label: "1.5×" },
    ],
    groups: names.map((name) => ({
      label: name,
      bars: builds.flatMap(([build, buildRows]) => {
        const row = buildRows.find((candidate) => candidate.name === name);
        return row === undefined
          ? []
          : [
              { value: row.withValidationRatio, series: `with validation${suffix(build)}` },
              { value: row.withoutValidationRatio, series: `without validation${suffix(build)}` },
            ];
      }),
    })),
  });
}

const COLORS = { gembridge: "#4c78a8", floor: "#bbbbbb", portkey: "#f58518" };

export function endToEndChart(rows) {
  const keys = [...new Set(rows.map((row) => `${row.mode} · ${row.connections} conn`))];
  const contenders = [...new Set(rows.map((row) => row.contender))];
  return barChart({
    title: "End to end: requests/s through each proxy to the same mock upstream (higher is better)",
    unit: "",
    series: contenders.map((name) => ({ name: rows.find((row) => row.contender === name).label, color: COLORS[name] ?? "#888" })),
    groups: keys.map((key) => ({
      label: key,
      bars: rows
        .filter((row) => `${row.mode} · ${row.connections} conn` === key)
        .map((row) => ({ value: row.requestsPerSecond, series: row.label, text: `${Math.round(row.requestsPerSecond)} req/s` })),
    })),
  });
}

function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

function translationTable(rows) {
  const worstWith = Math.max(...rows.map((row) => row.withValidationRatio));
  const worstWithout = Math.max(...rows.map((row) => row.withoutValidationRatio));
  return [
    table(
      ["case", "input", "floor", "with validation", "ratio", "without validation", "ratio"],
      rows.map((row) => [
        row.name,
        formatSize(row.bytes),
        fmtMs(row.floorMs),
        fmtMs(row.withValidationMs),
        `${x(row.withValidationRatio)} ${mark(row.withValidationRatio <= 1.5)}`,
        fmtMs(row.withoutValidationMs),
        `${x(row.withoutValidationRatio)} ${mark(row.withoutValidationRatio <= 1.2)}`,
      ]),
    ),
    "",
    `Worst case: ${x(worstWith)} with validation, ${x(worstWithout)} without.`,
  ].join("\n");
}

const TRANSLATION_HEADINGS = {
  dist: "### Built `dist/` (tsup) — the headline: what users run",
  source: "### From source (tsx, `--conditions=source`)",
};

function translationSection(rows) {
  const builds = byBuild(rows);
  const dist = builds.find(([build]) => build === "dist")?.[1];
  const source = builds.find(([build]) => build === "source")?.[1];
  const comparison =
    dist === undefined || source === undefined
      ? []
      : [
          "Same cases, built vs source (without validation, time from source ÷ time built; > 1 means tsx is slower):",
          `${source.map((row) => { const built = dist.find((candidate) => candidate.name === row.name); return built === undefined ? "" : `${row.name} ${x(row.withoutValidationMs / built.withoutValidationMs)}`; }).filter((text) => text !== "").join("; ")}.`,
          "The built numbers are the headline because that is what users run (decision 0163); under tsx, esbuild's",
          "keep-names also wraps every closure created at run time in `__name(…)` (decision 0145), which the build does not.",
          "",
        ];
  return [
    "## Pure translation vs the JSON floor",
    "",
    "Each case starts from the bytes a gateway receives and ends with the bytes it sends on. **Floor** = `JSON.parse` +",
    "`JSON.stringify` of the same input bytes. **With validation** = `JSON.parse` → `readOpenAIChatRequest` /",
    "`readGeminiResponse` (the one-pass readers the gateway uses, no zod, decision 0242) → `openaiToGeminiRequest` /",
    "`geminiToOpenAIResponse` → `JSON.stringify`. **Without validation** skips the reader (the translators also read",
    "their input defensively). Times are medians of batched samples taken in interleaved rounds (floor, with, without);",
    "a ratio is the median of the per-round ratios, so a slow spell of the shared machine slows a round's three alike.",
    "Goals: ≤ 1.5× with validation, ≤ 1.2× without.",
    "",
    ...builds.flatMap(([build, buildRows]) => [TRANSLATION_HEADINGS[build] ?? `### ${build}`, "", translationTable(buildRows), ""]),
    ...comparison,
    "",
    "![translation ratios](scripts/bench/results/translation.svg)",
  ].join("\n");
}

/** Issue 16: the memory signature store stays bounded over many conversations (scripts/bench/signature-store.mjs). */
function signatureStoreSection(result) {
  const MB = 1024 * 1024;
  const flat = Math.abs(result.secondHalfGrowthMB) < 1;
  return [
    "## Signature store: memory over many conversations",
    "",
    `${result.conversations.toLocaleString("en-US")} two-turn tool conversations through core (\`openaiToGeminiRequest\` → \`geminiToOpenAIResponse\` →`,
    `a follow-up whose client dropped \`extra_content\`), all sharing one \`createMemorySignatureStore\` capped at`,
    `${result.maxEntries.toLocaleString("en-US")} entries; live heap after a forced GC every tenth of the run. Restored from the store:`,
    `${result.restored.toLocaleString("en-US")}/${result.conversations.toLocaleString("en-US")} follow-ups, in ${result.seconds.toFixed(1)} s.`,
    "",
    table(
      ["conversations", "heap above start", "entries", "bytes in the store"],
      result.samples.map((sample) => [sample.conversations.toLocaleString("en-US"), `${(sample.heapBytes / MB).toFixed(1)} MB`, sample.entries.toLocaleString("en-US"), `${(sample.storeBytes / MB).toFixed(1)} MB`]),
    ),
    "",
    `Heap change over the second half: ${result.secondHalfGrowthMB.toFixed(1)} MB ${flat ? "✅ flat (the LRU evicts; memory is bounded by the cap)" : "❌ grows"}.`,
  ].join("\n");
}

function streamingSection(result) {
  const memory = result.memory;
  return [
    "## Streaming: SSE bytes in → SSE bytes out",
    "",
    `Input: ${mb(result.inputBytes)} of Gemini \`alt=sse\` events (${result.events} events, ~${Math.round(result.inputBytes / result.events)} bytes each), fed in 16 KB pieces`,
    "through `ReadableStream.from(pieces).pipeThrough(transform)`. **Ours** = `geminiSseToOpenAISse` (SSE parser,",
    "`JSON.parse`, `createGeminiToOpenAIStream` reading each event with `readGeminiResponse` — no zod, decision 0242 — serializer;",
    "one enqueue per input piece). **Floor** = a `TransformStream` that splits events, `JSON.parse`s and",
    "re-`JSON.stringify`s each one (one enqueue per event). Goal: ≤ 1.5× the floor's time.",
    "",
    table(
      ["", "time (median)", "MB/s in", "chunks/s in", "bytes out", "ratio"],
      [
        ["floor", fmtMs(result.floor.ms), result.floor.mbPerS.toFixed(1), Math.round(result.floor.chunksPerS).toLocaleString("en-US"), mb(result.outputBytes.floor), "1.00×"],
        ["geminiSseToOpenAISse", fmtMs(result.ours.ms), result.ours.mbPerS.toFixed(1), Math.round(result.ours.chunksPerS).toLocaleString("en-US"), mb(result.outputBytes.ours), `${x(result.ratio)} ${mark(result.ratio <= 1.5)}`],
      ],
    ),
    "",
    `**Memory over one long stream** (${mb(memory.inputBytes)} in, ${mb(memory.outputBytes)} out, ${memory.seconds.toFixed(1)} s, generated on the fly and`,
    "never held whole; heap sampled every 64 pieces, and after a forced GC every 512 pieces — the *live* heap — and",
    "before and after the stream):",
    "",
    table(
      ["", "before", "peak", "after"],
      [
        ["heap used (live, after GC)", mb(memory.heapBefore), mb(memory.liveHeapPeak), mb(memory.heapAfter)],
        ["heap used (incl. garbage)", mb(memory.heapBefore), mb(memory.heapPeak), mb(memory.heapAfter)],
        ["RSS", mb(memory.rssBefore), mb(memory.rssPeak), mb(memory.rssAfter)],
      ],
    ),
    "",
    `Live heap peak − before = ${mb(memory.liveHeapPeak - memory.heapBefore)} over a ${mb(memory.inputBytes)} stream: ${memory.liveHeapPeak - memory.heapBefore < 16 * MB ? "flat ✅ (the higher unforced peak is garbage awaiting collection)" : "NOT flat ❌ — something is retained while the stream runs"}; after − before = ${mb(memory.heapAfter - memory.heapBefore)}.`,
  ].join("\n");
}

function endToEndSection(rows, options) {
  if (rows.length === 0) return "## End to end\n\n(skipped)";
  const find = (contender, mode, connections) => rows.find((row) => row.contender === contender && row.mode === mode && row.connections === connections);
  const summary = [];
  const cpu = [];
  const micros = (value) => (value == null ? "–" : `${Math.round(value)} µs`);
  for (const mode of ["unary", "stream"]) {
    for (const connections of [...new Set(rows.map((row) => row.connections))]) {
      for (const gateway of ["gembridge", "gembridge-source"]) {
        const ours = find(gateway, mode, connections);
        const floor = find("floor", mode, connections);
        const portkey = find("portkey", mode, connections);
        if (ours === undefined) continue;
        summary.push([
          ours.label,
          mode,
          String(connections),
          floor === undefined ? "–" : `${Math.round((100 * ours.requestsPerSecond) / floor.requestsPerSecond)}% ${mark(ours.requestsPerSecond >= 0.7 * floor.requestsPerSecond)}`,
          portkey === undefined ? "–" : `${(ours.requestsPerSecond / portkey.requestsPerSecond).toFixed(1)}× ${mark(ours.requestsPerSecond >= 5 * portkey.requestsPerSecond)}`,
          portkey === undefined ? "–" : `${ours.p99} vs ${portkey.p99} ms ${mark(ours.p99 < portkey.p99)}`,
          floor === undefined ? "–" : `${ours.p99} vs ${floor.p99} ms ${mark(ours.p99 <= 1.5 * Math.max(floor.p99, 1))}`,
        ]);
        if (floor !== undefined && ours.cpuMicrosPerRequest != null && floor.cpuMicrosPerRequest != null) {
          cpu.push([ours.label, mode, String(connections), micros(ours.cpuMicrosPerRequest), micros(floor.cpuMicrosPerRequest), `${(ours.cpuMicrosPerRequest / floor.cpuMicrosPerRequest).toFixed(2)}×`, `${micros(ours.mockCpuMicrosPerRequest)} vs ${micros(floor.mockCpuMicrosPerRequest)}`]);
        }
      }
    }
  }
  return [
    "## End to end: gembridge gateway vs Portkey vs the floor proxy",
    "",
    "Every server runs in its own process on 127.0.0.1, in front of the same mock upstream process",
    "(`scripts/bench/mock-upstream.mjs`: a fixed ~1.5 KB text answer; streams of 10 text chunks + a final chunk).",
    "All contenders are started, sanity-checked (one unary and one streamed request must return the mock's text, and",
    "the mock must see both calls) and warmed up (2 s); only the one being measured is under load. Each cell (mode ×",
    `connections) is measured in ${options.rounds ?? 1} round(s) of ${options.duration} s; within a round the contenders take turns, in an order`,
    "rotated from round to round, so a drift of the machine hits them alike. A row is the contender's median round by",
    "req/s (its latencies and CPU with it; requests and errors summed over the rounds). Load: autocannon",
    "(programmatic), the one-line chat request.",
    "",
    placementLine(rows),
    "",
    "Contenders:",
    "",
    "- **gembridge gateway**: the built CLI, `node packages/gateway/dist/main.js --upstream gemini --gemini-base-url",
    "  <mock>` (core from `packages/core/dist`), as users run it — the headline; its JSON request log goes to stdout →",
    "  /dev/null. **gembridge gateway (tsx)**, where measured: the same from source, `packages/gateway/src/main.ts`",
    "  under tsx with `--conditions=source` (as `pnpm start` runs it).",
    "- **floor proxy**: `scripts/bench/floor-proxy.mjs` — parses the OpenAI body, sends a trivial Gemini body over a",
    "  keep-alive pool, re-serializes a minimal answer (one minimal chunk per SSE event). No validation, no mapping.",
    "- **Portkey**: `@portkey-ai/gateway` 1.15.2 from npm, `node build/start-server.js --headless --port=N`, headers",
    "  `x-portkey-provider: google`, `x-portkey-custom-host: <mock>`, `authorization: Bearer …` (127.0.0.1 is on",
    "  its default trusted custom-host list).",
    "",
    table(
      ["proxy", "mode", "connections", "req/s", "req/s per round", "proxy core busy", "p50 ms", "p99 ms", "mean ms", "requests", "non-2xx / errors"],
      rows.map((row) => [
        row.label,
        row.mode,
        String(row.connections),
        Math.round(row.requestsPerSecond).toLocaleString("en-US"),
        row.roundRequestsPerSecond === undefined ? "–" : row.roundRequestsPerSecond.map((value) => Math.round(value).toLocaleString("en-US")).join(" / "),
        coreBusy(row),
        String(row.p50),
        String(row.p99),
        row.mean.toFixed(2),
        row.total.toLocaleString("en-US"),
        `${row.non2xx} / ${row.errors}`,
      ]),
    ),
    "",
    "Against the goals (≥ 70% of the floor proxy's throughput, ≥ 5× Portkey's, lower p99 than Portkey; issue 17: p99",
    "≤ 1.5× the floor's, whole milliseconds, a 0 ms floor counted as 1 ms):",
    "",
    table(["gateway", "mode", "connections", "gembridge ÷ floor", "gembridge ÷ Portkey", "p99 gembridge vs Portkey", "p99 gembridge vs floor"], summary),
    "",
    ...(cpu.length === 0
      ? []
      : [
          "CPU time per request (user + system, from `/proc/<pid>/stat` before and after each cell, ÷ requests served).",
          "With the proxy alone on its core, req/s is mostly 1 ÷ this, and it moves much less than req/s when other",
          "work shares the machine. The mock's CPU per request is shown too: it is the same work for every contender,",
          "yet cheaper per request at higher throughput (more requests per event-loop turn).",
          "",
          table(["gateway", "mode", "connections", "gembridge CPU/req", "floor CPU/req", "gembridge ÷ floor", "mock CPU/req (gembridge vs floor run)"], cpu),
          "",
        ]),
    "autocannon records latency in whole milliseconds, so sub-millisecond p50s show as 0; the mean column is exact.",
    "",
    "![end to end](scripts/bench/results/e2e.svg)",
  ].join("\n");
}

/** How the processes were placed on the CPUs (rows from older runs carry no placement). */
function placementLine(rows) {
  const placement = rows.find((row) => row.placement !== undefined)?.placement;
  if (placement === undefined) return "CPU placement: not recorded (a run before placement was introduced).";
  if (placement === null) return "CPU placement: none (fewer than 2 CPUs or no `taskset`); proxies, mock and autocannon shared the cores.";
  return `CPU placement (\`taskset\`): each proxy alone on CPU ${placement.proxy}; the mock upstream and autocannon on CPU ${placement.load}. "Proxy core busy" = CPU time per request × req/s: near 100% means the proxy, not the load generator or the mock, set the pace.`;
}

/** CPU time per request × req/s: the share of its one core the proxy used (only meaningful when pinned). */
function coreBusy(row) {
  if (!row.placement || row.cpuMicrosPerRequest == null) return "–";
  return `${Math.round((row.cpuMicrosPerRequest * row.requestsPerSecond) / 10_000)}%`;
}

function memorySection(result) {
  if (result === null) return "## Memory under 1,000 concurrent streams\n\n(skipped)";
  const first = result.rows[0];
  const last = result.rows[result.rows.length - 1];
  const growth = last.heapAfter - first.heapAfter;
  return [
    `## Memory under ${first.streams.toLocaleString("en-US")} concurrent streams`,
    "",
    `The gateway (\`scripts/bench/gateway-server.mjs\`: the same \`loadConfig\` + \`createGateway\` as \`pnpm start\`, plus an IPC`,
    `hook that reports \`process.memoryUsage()\` after a forced GC) serves ${first.streams.toLocaleString("en-US")} streams at once, each 50 chunks 20 ms apart`,
    "from the mock; RSS is sampled from /proc every 50 ms, and 1 s after each round both RSS and the post-GC heap are read.",
    `Baseline before round 1 (after a 50-stream warm-up): RSS ${mb(result.baseline)}, heap ${mb(result.baselineHeap)}. RSS includes tsx`,
    "(the gateway runs from source), so read it as relative.",
    "",
    table(
      ["round", "streams complete", "round time", "RSS peak", "RSS after", "heap after GC"],
      result.rows.map((row) => [String(row.round), `${row.ok}/${row.streams}`, `${row.seconds.toFixed(1)} s`, mb(row.rssPeak), mb(row.rssAfter), mb(row.heapAfter)]),
    ),
    "",
    `Heap after GC, last round − first round: ${mb(growth)} ${mark(Math.abs(growth) < 5 * MB)} (no growth means nothing is retained per stream).`,
  ].join("\n");
}

function sizeSection(rows) {
  const translatorsOnly = rows[0];
  const reverseAndReaders = rows.find((row) => row.name === "reverse translators + readers");
  const lines = [
    "## Size: what a bundler keeps of `@gembridge/core`",
    "",
    "esbuild (the one tsup ships with) bundles a one-line entry from the core sources: minified, tree-shaken, ESM,",
    "platform neutral, every dependency inlined (so zod's weight shows). gzip level 9.",
    "",
    table(
      ["entry imports", "min", "min+gzip", "zod in bundle"],
      rows.map((row) => [`${row.name}: \`${row.imports.join(", ")}\``, kb(row.minBytes), kb(row.gzipBytes), row.zodBytes > 0 ? `yes, ${kb(row.zodBytes)} min` : "no"]),
    ),
    "",
    `Goal — the translation path does not pull zod in: ${mark(translatorsOnly.zodBytes === 0)} for the translators imported from \`@gembridge/core\`${reverseAndReaders === undefined ? "" : `; ${mark(reverseAndReaders.zodBytes === 0)} for the reverse translators and the one-pass readers`}.`,
    "",
  ];
  for (const row of rows.filter((candidate) => candidate.zodChain !== null)) {
    lines.push(`- **${row.name}** pulls zod in through \`${row.zodChain.join(" → ")}\`; core modules importing zod in that bundle: ${row.zodImporters.map((path) => `\`${path}\``).join(", ")}.`);
  }
  return lines.join("\n");
}

function profileSection(profiles, hotSpots) {
  const lines = [
    "## Profile of the hottest translation bench",
    "",
    "`node --cpu-prof` on a child process looping the case with the highest ratio (`scripts/bench/profile-target.mjs`);",
    "self time folded per function and per area. Module loading before the loop and idle time are left out; line",
    "numbers are omitted because under tsx they point into transpiled code. `JSON.parse`/`JSON.stringify` are V8",
    "builtins and are charged to the bench's own lambda (\"bench frame\").",
    "",
  ];
  for (const profile of profiles) {
    lines.push(`### ${profile.caseName} — ${profile.variant === "withValidation" ? "with validation" : "without validation"} (${profile.iterations.toLocaleString("en-US")} iterations, ${(profile.totalMs / 1000).toFixed(1)} s sampled)`);
    lines.push("");
    lines.push(`By area: ${profile.areas.map((row) => `${row.name} ${(row.share * 100).toFixed(0)}%`).join(", ")}.`);
    lines.push("");
    lines.push(table(["self time", "function (file)"], profile.top.map((row) => [`${(row.share * 100).toFixed(1)}%`, `\`${row.name}\``])));
    lines.push("");
  }
  if (hotSpots.length > 0) {
    lines.push("Hot-spot check behind decision 0140 (same run):");
    lines.push("");
    lines.push(table(["check", "before 0140", "now", "speed-up"], hotSpots.map((row) => [row.name, `${row.currentUs.toFixed(2)} µs`, `${row.proposedUs.toFixed(2)} µs`, `${row.speedup.toFixed(1)}×`])));
  }
  return lines.join("\n");
}

function gatewayProfileSection(profiles) {
  const lines = [
    "## Profile of the gateway under load",
    "",
    "`node --cpu-prof` on the gateway process (`scripts/bench/gateway-server.mjs`) while autocannon drives 16",
    "connections; samples before the first request reaches a route are dropped (start-up). Throughput is lower than",
    "in the table above because the profiler itself costs CPU on the same 2 cores.",
    "",
  ];
  for (const profile of profiles) {
    lines.push(`### ${profile.mode} (${Math.round(profile.requestsPerSecond).toLocaleString("en-US")} req/s while profiled)`);
    lines.push("");
    lines.push(`By area: ${profile.areas.map((row) => `${row.name} ${(row.share * 100).toFixed(0)}%`).join(", ")}.`);
    lines.push("");
    lines.push(table(["self time", "function (file)"], profile.top.map((row) => [`${(row.share * 100).toFixed(1)}%`, `\`${row.name}\``])));
    lines.push("");
  }
  return lines.join("\n");
}

export function renderMarkdown({ machine, command, startedAt, seconds, options, results, notes }) {
  return [
    "# Benchmarks",
    "",
    "Generated by `scripts/bench/run.mjs` — do not edit by hand; re-run the bench instead. Method and decisions:",
    "`docs/decisions/0100-bench-floors.md`, `0101-bench-process-layout.md`, `0163-bench-measures-the-build.md`.",
    "",
    "## Machine and command",
    "",
    table(
      ["", ""],
      [
        ["CPU", `${machine.cpu} × ${machine.cores} cores`],
        ["memory", `${(machine.memory / 1024 / 1024 / 1024).toFixed(1)} GB`],
        ["OS", machine.os],
        ["Node.js", machine.node],
        ["load average at start (1/5/15 min)", machine.loadavg.map((value) => value.toFixed(2)).join(" / ")],
        ["date", startedAt],
        ["bench wall time", `${Math.round(seconds)} s`],
      ],
    ),
    "",
    "```sh",
    command,
    "```",
    "",
    buildNote(results),
    "",
    results.translation ? translationSection(results.translation) : "",
    "",
    results.streaming ? streamingSection(results.streaming) : "",
    "",
    results.e2e ? endToEndSection(results.e2e, options) : "",
    "",
    results.gatewayProfiles ? gatewayProfileSection(results.gatewayProfiles) : "",
    "",
    results.memory !== undefined ? memorySection(results.memory) : "",
    "",
    results.signatureStore !== undefined ? signatureStoreSection(results.signatureStore) : "",
    "",
    results.size ? sizeSection(results.size) : "",
    "",
    results.profiles ? profileSection(results.profiles, results.hotSpots ?? []) : "",
    "",
    "## Notes: what was optimized, what the profile showed",
    "",
    notes,
    "",
  ].join("\n");
}

/** Which build each section measured (decision 0163). */
function buildNote(results) {
  const builds = new Set([...(results.translation ?? []), ...(results.e2e ?? [])].map((row) => row.build).filter((build) => build !== undefined));
  const rest = "Streaming, the CPU profiles and the gateway memory bench run core and the gateway from their TypeScript sources (`tsx --conditions=source`).";
  if (builds.has("dist") && builds.has("source")) {
    return `Translation and end-to-end numbers are measured twice: against the built \`dist/\` (\`pnpm build\`, tsup) — the headline, since that is what users run — and from source through tsx. ${rest}`;
  }
  if (builds.has("dist")) return `Translation and end-to-end numbers are measured against the built \`dist/\` (\`pnpm build\`, tsup). ${rest}`;
  return "Core and gateway run from their TypeScript sources (`tsx --conditions=source`), not from `dist/` (`--dist` measures the build).";
}
