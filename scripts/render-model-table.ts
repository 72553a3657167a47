// Regenerates the model capability table in docs/readme/request.md from packages/core/src/model/model-facts.ts.
// Usage: npx tsx scripts/render-model-table.ts   (then node scripts/readme.mjs)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderModelFactsTable } from "../packages/core/src/model/model-facts";
import { fillGeneratedBlock } from "../packages/core/src/response/render-response-tables";

const path = join(import.meta.dirname, "../docs/readme/request.md");
const markdown = readFileSync(path, "utf8");
const next = fillGeneratedBlock(markdown, "model-capabilities", renderModelFactsTable());
writeFileSync(path, next);
console.log(next === markdown ? "docs/readme/request.md is up to date" : "docs/readme/request.md regenerated");
