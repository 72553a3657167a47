import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillGeneratedBlock, renderFinishReasonTable, renderUsageTable } from "./render-response-tables";

const README = join(import.meta.dirname, "../../../../docs/readme/response.md");

describe("docs/readme/response.md", () => {
  it("its finish-reason and usage tables are what the code renders (regenerate: npx tsx scripts/render-response-docs.ts)", () => {
    const markdown = readFileSync(README, "utf8");
    const regenerated = fillGeneratedBlock(fillGeneratedBlock(markdown, "finish-reasons", renderFinishReasonTable()), "usage", renderUsageTable());
    expect(markdown).toContain("<!-- generated:finish-reasons -->");
    expect(markdown).toContain("<!-- generated:usage -->");
    expect(markdown).toBe(regenerated);
  });
});
