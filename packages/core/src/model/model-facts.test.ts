import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillGeneratedBlock } from "../response/render-response-tables";
import { MODEL_FACTS, renderModelFactsTable } from "./model-facts";
import { modelCapabilities } from "./model-capabilities";

const README = join(import.meta.dirname, "../../../../docs/readme/request.md");

describe("MODEL_FACTS", () => {
  it("docs/readme/request.md shows the table the data renders (regenerate: npx tsx scripts/render-model-table.ts)", () => {
    const markdown = readFileSync(README, "utf8");
    expect(markdown).toContain("<!-- generated:model-capabilities -->");
    expect(markdown).toBe(fillGeneratedBlock(markdown, "model-capabilities", renderModelFactsTable()));
  });

  it("every fact names an https source and a date", () => {
    for (const facts of Object.values(MODEL_FACTS)) {
      for (const fact of Object.values(facts)) {
        expect(fact.source).toMatch(/^https:\/\//);
        expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("agrees with the runtime capability table on thinking levels and budget ranges", () => {
    for (const [family, facts] of Object.entries(MODEL_FACTS)) {
      const runtime = modelCapabilities(family).thinking;
      const levels = facts.thinkingLevels.value;
      const budget = facts.thinkingBudget.value;
      if (levels !== null) expect(runtime).toEqual({ style: "level", levels });
      else if (budget !== null) expect(runtime.style).toBe("budget");
      else expect(runtime.style).toBe("none");
    }
  });
});
