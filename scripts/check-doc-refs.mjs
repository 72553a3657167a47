#!/usr/bin/env node
// Every decision record a comment or document cites must exist: records are pruned and merged as rules change, and a
// citation of a removed record sends the reader nowhere. Also checks that relative links in the Markdown files
// resolve. Run by `pnpm readme:check`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const records = new Set(
  readdirSync(join(root, "docs/decisions"))
    .map((name) => /^(\d{4})-/.exec(name)?.[1])
    .filter(Boolean),
);
const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((file) => /\.(?:[cm]?[jt]s|md)$/.test(file) && !file.startsWith("fixtures/") && existsSync(join(root, file)));

// "decision 0050", "decisions 0002, 0110 and 0242", "docs/decisions/0050-…", "../decisions/0071-…", "[0071](…)".
const cited = [
  /\bdecisions?\s+((?:\d{4}(?:\s*(?:,|and|or|\/|–|-|&)\s*)?)+)/gi,
  /\bdecisions\/(\d{4})\b/g,
  /\[(\d{4})\]\(/g,
  /\((0\d{3})(?=[,;) ])/g,
];
// Benchmark figures belong in BENCHMARKS.md, which the bench rewrites; a record that quotes them goes stale.
const figure = /\d[\d,.]*\s?(?:µs|ns|ms|req\/s|MB\/s)\b/;
const problems = [];
for (const file of files) {
  const text = readFileSync(join(root, file), "utf8");
  for (const pattern of cited) {
    for (const match of text.matchAll(pattern)) {
      for (const id of match[1].match(/\d{4}/g) ?? []) {
        if (!records.has(id)) problems.push(`${file}: cites decision ${id}, which docs/decisions/ does not contain`);
      }
    }
  }
  if (file.startsWith("docs/decisions/") && figure.test(text)) {
    problems.push(`${file}: quotes a benchmark figure (${figure.exec(text)[0]}); figures live in BENCHMARKS.md`);
  }
  if (!file.endsWith(".md")) continue;
  let fenced = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced) continue;
    for (const [, target] of line.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target)) continue;
      const path = decodeURIComponent(target.split("#")[0]);
      if (!existsSync(join(root, dirname(file), path))) problems.push(`${file}: link to ${target} does not resolve`);
    }
  }
}
if (problems.length > 0) {
  console.error([...new Set(problems)].join("\n"));
  process.exit(1);
}
console.log(`${files.length} files: every cited decision record and relative link resolves.`);
