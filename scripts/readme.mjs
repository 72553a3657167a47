#!/usr/bin/env node
// Keeps README.md's mapping sections identical to docs/readme/*.md, where each area's tables live (and where
// tests check them against the code's tables). `node scripts/readme.mjs` rewrites the included blocks;
// `--check` exits 1 when README.md is stale, so CI catches a table changed in one place only.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const readmePath = `${root}README.md`;
const readme = readFileSync(readmePath, "utf8");
const block = /<!-- include: (\S+) -->\n[\s\S]*?<!-- end include -->/g;

const rendered = readme.replace(block, (_match, file) => {
  // Inside the README each included file is an H2 section, whatever level its own top heading has. Lines inside
  // code fences are left alone (a `# comment` in a shell block is not a heading).
  const lines = readFileSync(`${root}${file}`, "utf8").trim().split("\n");
  let fenced = false;
  const headings = lines.map((line) => {
    if (line.startsWith("```")) fenced = !fenced;
    return !fenced && /^#+ /.test(line);
  });
  const top = Math.min(...lines.filter((_l, i) => headings[i]).map((line) => line.indexOf(" ")));
  const shift = Number.isFinite(top) ? 2 - top : 0;
  const body = lines
    .map((line, i) => (headings[i] ? `${"#".repeat(Math.max(1, line.indexOf(" ") + shift))}${line.slice(line.indexOf(" "))}` : line))
    .join("\n");
  return `<!-- include: ${file} -->\n${body}\n<!-- end include -->`;
});

if (process.argv.includes("--check")) {
  if (rendered !== readme) {
    console.error("README.md is out of date with docs/readme/*.md: run `node scripts/readme.mjs`.");
    process.exit(1);
  }
  console.log("README.md includes are up to date.");
} else {
  writeFileSync(readmePath, rendered);
  console.log("README.md includes rewritten.");
}
