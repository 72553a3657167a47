// Regenerates the generated tables in docs/readme/response.md from the response mapping tables.
// Usage: npx tsx scripts/render-response-docs.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  fillGeneratedBlock,
  renderFinishReasonTable,
  renderUsageTable,
} from "../packages/core/src/response/render-response-tables";

const path = join(import.meta.dirname, "../docs/readme/response.md");
const markdown = readFileSync(path, "utf8");
const next = fillGeneratedBlock(fillGeneratedBlock(markdown, "finish-reasons", renderFinishReasonTable()), "usage", renderUsageTable());
writeFileSync(path, next);
console.log(next === markdown ? "docs/readme/response.md is up to date" : "docs/readme/response.md regenerated");
