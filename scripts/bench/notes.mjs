// The "notes" section of BENCHMARKS.md: findings read off this run's numbers (nothing hard-coded but the method and
// the known causes found by reading the code), so a re-run on an idle machine updates them too.

const pct = (share) => `${(share * 100).toFixed(0)}%`;

function shareOf(profile, needle) {
  return profile?.top.filter((row) => row.name.includes(needle)).reduce((sum, row) => sum + row.share, 0) ?? 0;
}

export function renderNotes(results) {
  const notes = [];
  const translation = results.translation ?? [];
  const agent = translation.find((row) => row.name.includes("agent"));
  const oneLine = translation.find((row) => row.name.includes("one-line"));
  const without =
    results.profiles?.find((profile) => profile.variant === "withoutValidation" && profile.caseName.includes("agent")) ??
    results.profiles?.find((profile) => profile.variant === "withoutValidation");
  const withValidation = results.profiles?.find((profile) => profile.variant === "withValidation");
  const hotSpot = results.hotSpots?.[0];

  notes.push("**Nothing in core was changed by the bench work** (core belongs to other engineers); the findings below are");
  notes.push("proposals with the numbers that back them. The bench harness itself was kept honest rather than fast: the");
  notes.push("floor does the same framing work as ours (same Web-streams plumbing for SSE, same keep-alive pooling for the");
  notes.push("proxy), and every contender is sanity-checked before it is timed.");
  notes.push("");
  if (oneLine !== undefined) {
    notes.push(`- **Small requests are dominated by fixed costs.** The one-line chat costs ${oneLine.withoutValidationRatio.toFixed(1)}× the floor without`);
    notes.push("  validation: the floor is ~1 µs, so model-capability lookup, schema-target choice, option defaults and the");
    notes.push("  warnings array are visible. In absolute terms it is microseconds — invisible next to a network round trip — but");
    notes.push("  the ratio goal cannot be met by a translator that builds a new object tree on a body this small.");
  }
  if (agent !== undefined) {
    notes.push(`- **The 50-turn agent request is the hottest case** (${agent.withValidationRatio.toFixed(1)}× with validation, ${agent.withoutValidationRatio.toFixed(1)}× without). Part of that is`);
    notes.push("  inherent: the floor leaves `tool_calls[].function.arguments` and tool results as strings, while Gemini needs them");
    notes.push("  as objects, so the translator must `JSON.parse` 100 embedded JSON documents (`wrapToolOutput`, `parseArguments`)");
    notes.push("  and convert 20 tool schemas. The rest is overhead the profile pins down:");
  }
  if (without !== undefined) {
    notes.push(`  - \`defineOwn\` (core/schema/json-value.ts) takes ${pct(shareOf(without, "defineOwn"))} of self time without validation: every key of every`);
    notes.push("    translated schema node is written with `Object.defineProperty` (to make `__proto__` an own property).");
    if (hotSpot !== undefined) {
      notes.push(`    Measured in this run: building a 10-key node and serializing it takes ${hotSpot.currentUs.toFixed(2)} µs that way vs ${hotSpot.proposedUs.toFixed(2)} µs with plain`);
      notes.push(`    assignment (${hotSpot.speedup.toFixed(1)}×). **Fix:** \`if (key === "__proto__") Object.defineProperty(…) else target[key] = value\` — same`);
      notes.push("    safety, since `__proto__` is the only key where assignment differs from defining an own data property.");
    }
    notes.push(`  - \`walk\` (core/schema/to-json-schema-field.ts, ${pct(shareOf(without, "walk"))}) allocates \`[...path, key]\` for every key and calls`);
    notes.push("    `context.path(at)` (a formatted string) for every scalar keyword before `cloneJsonValue`, although both are only");
    notes.push("    used on errors. **Fix:** pass the parent path and key down and format the path only when throwing or warning.");
    notes.push(`  - GC takes ${pct(without.areas.find((row) => row.name === "GC")?.share ?? 0)} — mostly those short-lived path arrays and strings.`);
    notes.push("  - A gateway can also cache translated tool declarations by the JSON text of `tools` (agents resend the same 20");
    notes.push("    tools every turn); that is the embedder's call, core stays pure.");
  }
  const small = results.profiles?.find((profile) => profile.variant === "withoutValidation" && profile.caseName.includes("one-line"));
  if (small !== undefined && shareOf(small, "modelCapabilities") > 0.02) {
    notes.push(`- **\`modelCapabilities\`** (core/model/model-capabilities.ts) is ${pct(shareOf(small, "modelCapabilities"))} of the one-line chat's self time: every call runs`);
    notes.push("  `Object.entries(MODEL_CAPABILITIES)` and builds two template strings per table row to test prefixes. **Fix:**");
    notes.push("  compute the entries once, sorted by prefix length (longest first), and test `id.startsWith(prefix)` plus the");
    notes.push("  next character (`-`, `.` or end) without allocating; return on the first match.");
  }
  if (withValidation !== undefined) {
    notes.push(`- **Validation (zod 4)** is ${pct(withValidation.areas.find((row) => row.name === "zod")?.share ?? 0)} of the profiled with-validation case (${withValidation.caseName}) once warm. Cold, it is far worse: the first`);
    notes.push("  parses of a new shape run zod's JIT-compiled validators' set-up, which is why smoke runs (few iterations) show");
    notes.push("  much larger with-validation ratios than full runs. Requests in the reference gateway are not zod-validated (the");
    notes.push("  translator reads defensively, decision 0050); responses are (`parseGeminiResponse`), and so is every SSE event.");
  }
  const streaming = results.streaming;
  if (streaming !== undefined) {
    notes.push(`- **Streaming** runs at ${streaming.ratio.toFixed(2)}× the floor's time. Per event, ours runs the zod chunk validator, the stream state`);
    notes.push("  machine and builds OpenAI chunk objects; the floor only re-serializes the parsed event. A non-validating SSE");
    notes.push("  adapter (see size notes) would remove the zod share here too.");
  }
  const size = results.size;
  const sse = size?.find((row) => row.name.includes("sse"));
  if (sse !== undefined && sse.zodBytes > 0) {
    notes.push(`- **Size: the SSE adapter pulls zod in** (${(sse.gzipBytes / 1024).toFixed(1)} KB min+gzip vs ${(size[0].gzipBytes / 1024).toFixed(1)} KB for the translators alone):`);
    notes.push(`  \`${sse.zodChain.join(" → ")}\`. \`geminiSseToOpenAISse\` calls \`parseGeminiChunk\` on every event. **Fix:** let the`);
    notes.push("  adapter take the validator as an option (`geminiSseToOpenAISse(context, { parseChunk })`, default: a light");
    notes.push("  structural check that `createGeminiToOpenAIStream` already does defensively), or offer the validating adapter");
    notes.push("  under a separate name, so `@gembridge/core/sse` stays zod-free like the translators. zod 4 classic is not");
    notes.push("  tree-shakable (`import { z } from \"zod\"` keeps the whole library, ~440 KB min); `zod/mini` would shrink the");
    notes.push("  validating entries if validation stays in them.");
  }
  const e2e = results.e2e ?? [];
  const portkeyStream = e2e.find((row) => row.contender === "portkey" && row.mode === "stream" && row.connections === 1);
  if (portkeyStream !== undefined) {
    notes.push(`- **Portkey streams** (p50 ${portkeyStream.p50} ms at 1 connection): its bundled stream reader sleeps 25 ms before the`);
    notes.push("  first chunk of every stream (`setTimeout(…, 25)` in `build/start-server.js`), re-splits its whole buffer on every");
    notes.push("  read, and ends google streams without `data: [DONE]`. Its unary path goes through Hono on `@hono/node-server`");
    notes.push("  with Web `Request`/`Response` conversion and its own request/response transforms.");
  }
  const memory = results.memory;
  if (memory !== undefined && memory !== null && memory.baselineHeap > 50 * 1024 * 1024) {
    notes.push(`- **The gateway starts with a ${(memory.baselineHeap / 1024 / 1024).toFixed(0)} MB heap** before serving anything. Cause (found by bisecting imports):`);
    notes.push("  `packages/gateway/src/upstreams/replay-upstream.ts` imports `@gembridge/conformance` statically, so every");
    notes.push("  gateway — even one talking to the real Gemini API — evaluates the whole conformance kit, and its index");
    notes.push("  re-exports `arbitraries/openai-response-arbitrary.ts`, which builds `fc.webUrl()` at module level: importing");
    notes.push("  that one file adds ~82 MB of heap and ~1 s of start-up (fast-check's URL/domain tables; `safeMapSet` in");
    notes.push("  fast-check tops the start-up profile). **Fix:** `await import(\"@gembridge/conformance\")` inside");
    notes.push("  `startReplayUpstream` (only the replay upstream needs it), and in conformance build arbitraries lazily or");
    notes.push("  replace `fc.webUrl()` with a small `fc.constantFrom` of URLs. The memory table's rounds are still comparable");
    notes.push("  with each other (no growth is the claim), but the absolute RSS is inflated by this.");
  }
  const gatewayStream = results.gatewayProfiles?.find((profile) => profile.mode === "stream");
  if (gatewayStream !== undefined) {
    const share = (name) => gatewayStream.areas.find((row) => row.name === name)?.share ?? 0;
    notes.push(`- **Where a streamed gateway request goes** (profile above): core translation ${pct(share("core translators"))}, zod ${pct(share("zod"))},`);
    notes.push(`  gateway code ${pct(share("gateway"))}, Node's HTTP/net/streams ${pct(share("node internals (http, net, streams)"))}${share("Web streams (node)") > 0 ? ` + Web streams ${pct(share("Web streams (node)"))}` : ""},`);
    notes.push(`  syscalls/builtins ${pct(share("native (syscalls such as writev, builtins)"))}, GC ${pct(share("GC"))}. Translation is a minority of the request's CPU: the gap to the`);
    notes.push("  floor proxy is spread over per-request machinery (body reading, upstream call with timeout and abort wiring,");
    notes.push("  logging, per-event validation and serialization) rather than one hot function.");
  }
  if (results.profiles?.some((profile) => profile.top.some((row) => row.name.startsWith("__name ")))) {
    notes.push("- **`__name` frames** in the profiles are a tsx artifact (esbuild's keep-names helper, re-run whenever a");
    notes.push("  function defines inner functions); a `dist/` build without keep-names does not pay it.");
  }
  notes.push("- **Noise.** These numbers were taken on a shared 2-core machine; ratios are medians of many samples, but the");
  notes.push("  end-to-end cells (5 s each) and the memory round times move with other load. Re-run on an idle machine for");
  notes.push("  numbers to quote.");
  return notes.join("\n");
}
