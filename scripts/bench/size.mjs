// Size: min+gzip of what an embedder's bundler keeps from @gembridge/core for a given import list. esbuild (tsup's
// own dependency, reached through tsup — nothing added) bundles a one-line entry from the core sources with
// minification and tree shaking, everything inlined (zod too, so its weight shows). From the metafile we read the
// bytes each input contributed and, when zod is present, the import chain that pulled it in.

import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./processes.mjs";

const CORE = join(ROOT, "packages/core/src");

export const SIZE_ENTRIES = [
  { name: "translators only", from: "index.ts", names: ["openaiToGeminiRequest", "geminiToOpenAIResponse", "createGeminiToOpenAIStream", "geminiToOpenAIError"] },
  { name: "reverse translators + readers", from: "index.ts", names: ["geminiToOpenAIRequest", "openaiToGeminiResponse", "createOpenAIToGeminiStream", "openaiToGeminiError", "readOpenAIChatRequest", "readGeminiRequest", "readGeminiResponse", "readOpenAIChatCompletion", "readOpenAIChatCompletionChunk"] },
  { name: "translators + parse functions", from: "index.ts", names: ["openaiToGeminiRequest", "geminiToOpenAIResponse", "createGeminiToOpenAIStream", "geminiToOpenAIError", "parseOpenAIChatRequest", "parseGeminiResponse"] },
  { name: "@gembridge/core/sse: geminiSseToOpenAISse", from: "sse.ts", names: ["geminiSseToOpenAISse"] },
  { name: "everything in index.ts", from: "index.ts", names: null },
];

async function loadEsbuild() {
  const tsup = realpathSync(join(ROOT, "node_modules/tsup/package.json"));
  return import(createRequire(tsup).resolve("esbuild"));
}

const isZod = (path) => /node_modules\/(\.pnpm\/zod@[^/]+\/node_modules\/)?zod\//.test(path);

/**
 * Shortest import chain from the entry to a zod module (BFS over the metafile's import graph), following only
 * modules that kept bytes in the output: the metafile also lists imports whose code was tree-shaken away.
 */
function zodChain(inputs, entry, kept) {
  const previous = new Map([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const current = queue.shift();
    if (isZod(current)) {
      const chain = [];
      for (let node = current; node !== null; node = previous.get(node)) chain.unshift(node);
      return chain;
    }
    for (const edge of inputs[current]?.imports ?? []) {
      if (edge.external || previous.has(edge.path) || !kept.has(edge.path)) continue;
      previous.set(edge.path, current);
      queue.push(edge.path);
    }
  }
  return null;
}

export async function runSize({ log }) {
  const esbuild = await loadEsbuild();
  const rows = [];
  for (const entry of SIZE_ENTRIES) {
    const source = entry.names === null ? `export * from "./${entry.from}";` : `export { ${entry.names.join(", ")} } from "./${entry.from}";`;
    const result = await esbuild.build({
      stdin: { contents: source, resolveDir: CORE, sourcefile: "bench-entry.ts", loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      target: "es2022",
      conditions: ["source"],
      mainFields: ["module", "main"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const code = result.outputFiles[0].contents;
    const output = Object.values(result.metafile.outputs)[0];
    const zodBytes = Object.entries(output.inputs).reduce((sum, [path, info]) => sum + (isZod(path) ? info.bytesInOutput : 0), 0);
    const entryPath = Object.keys(result.metafile.inputs).find((path) => path.endsWith("bench-entry.ts"));
    const kept = new Set(Object.keys(output.inputs));
    const chain = zodBytes > 0 ? zodChain(result.metafile.inputs, entryPath, kept) : null;
    // Every core module that kept bytes and imports zod directly: the places to change.
    const zodImporters = [...kept].filter((path) => !isZod(path) && (result.metafile.inputs[path]?.imports ?? []).some((edge) => isZod(edge.path))).map((path) => path.replace(/^.*packages\/core\/src\//, "").replace(/^.*node_modules\//, ""));
    const largest = Object.entries(output.inputs)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 5)
      .map(([path, info]) => ({ path: path.replace(/^.*node_modules\//, "node_modules/").replace(/^.*packages\/core\//, ""), bytes: info.bytesInOutput }));
    const row = { name: entry.name, imports: entry.names ?? ["*"], minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength, zodBytes, zodChain: chain, zodImporters, largest };
    rows.push(row);
    log(`  ${row.name.padEnd(44)} min ${(row.minBytes / 1024).toFixed(1)} KB  min+gzip ${(row.gzipBytes / 1024).toFixed(1)} KB  zod ${zodBytes > 0 ? `${(zodBytes / 1024).toFixed(1)} KB` : "not included"}`);
    if (chain !== null) {
      row.zodChain = chain.map((path) => path.replace(/^.*packages\/core\/src\//, "").replace(/^.*node_modules\//, ""));
      log(`    zod pulled in by: ${row.zodChain.join(" → ")}`);
      log(`    core modules importing zod in this bundle: ${zodImporters.join(", ")}`);
    }
  }
  return rows;
}
