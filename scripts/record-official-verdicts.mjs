import { execFileSync } from "node:child_process";
import fs from "node:fs";
// Regenerates packages/conformance/test/official/expected.json: the verdicts of the reference validator
// (specvalidate.mjs, shipped outside this repo) for every testdata file, per dialect / strict / required variant.
// Usage: node scripts/record-official-verdicts.mjs [path/to/specvalidate.mjs]
const dir = new URL("../packages/conformance/test/official", import.meta.url).pathname;
const specvalidate = process.argv[2] ?? "/work/shared/tools/specvalidate.mjs";
const mode = (f) => {
  if (f.startsWith("openai")) {
    if (f.endsWith(".sse")) return "openai-chunk";
    if (f.includes("error")) return "openai-error";
    if (f.includes("request")) return "openai-request";
    return "openai-response";
  }
  if (f.endsWith(".sse")) return "gemini-chunk";
  if (f.includes("error")) return "gemini-error";
  if (f.includes("request")) return "gemini-request";
  return "gemini-response";
};
const out = [];
for (const f of fs.readdirSync(dir).sort()) {
  if (!/\.(json|sse)$/.test(f) || f === "expected.json") continue;
  const m = mode(f);
  const variants = m.startsWith("openai") ? [[], ["--strict"], ["--no-required"]] : [["--dialect", "gemini"], ["--dialect", "gemini", "--strict"], ["--dialect", "gemini", "--no-required"], ["--dialect", "vertex"], ["--dialect", "vertex", "--strict"], ["--dialect", "vertex", "--no-required"]];
  for (const v of variants) {
    let valid = true, text = "";
    try { text = execFileSync("node", [specvalidate, m, `${dir}/${f}`, ...v, "--quiet"], { encoding: "utf8" }); }
    catch (e) { valid = false; text = e.stdout; }
    const dialect = v.includes("vertex") ? "vertex" : v.includes("gemini") ? "gemini" : undefined;
    out.push({ file: f, kind: m === "gemini-chunk" ? "gemini-response" : m, ...(dialect ? { dialect } : {}), strict: v.includes("--strict"), required: !v.includes("--no-required"), valid, specvalidate: text.trim().split("\n") });
  }
}
fs.writeFileSync(`${dir}/expected.json`, `${JSON.stringify(out, null, 1)}\n`);
for (const o of out) console.log(o.file, o.dialect ?? "", o.strict ? "strict" : "", o.required ? "" : "noreq", o.valid, o.valid ? "" : o.specvalidate.slice(1).join(" | ").slice(0, 300));
