/**
 * `gembridge-conformance generate`: writes expected outputs from an implementation (default @gembridge/core) for
 * cases that have none yet (or all selected cases with --force). Every written case gets `expectedReviewed: false`
 * until a person has checked the output against the mapping rules and flipped it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadedCase } from "../cases/load-cases";
import { toSse } from "../cases/parse-payload";
import { executeCase, type ConformanceImpl } from "../run-conformance";

export function generateExpected(impl: ConformanceImpl, cases: readonly LoadedCase[], force: boolean): string[] {
  const written: string[] = [];
  for (const loaded of cases) {
    const c = loaded.case;
    if ("throws" in c.expected) continue;
    const file = join(loaded.dir, c.expected.file);
    if (existsSync(file) && !force) continue;
    const { actual, warnings } = executeCase(impl, loaded);
    const raw = JSON.parse(readFileSync(join(loaded.dir, "case.json"), "utf8")) as Record<string, unknown>;
    let text: string;
    if (c.direction.endsWith("-error")) {
      const { status, body } = actual as { status: number; body: unknown };
      raw.expected = { ...c.expected, status };
      text = `${JSON.stringify(body, null, 2)}\n`;
    } else if (c.expected.format === "sse") {
      // OpenAI streams end with `data: [DONE]`; Gemini's alt=sse streams just end.
      text = toSse(actual as unknown[], c.direction === "gemini-to-openai-stream");
    } else if (c.expected.format === "jsonl") {
      text = (actual as unknown[]).map((x) => `${JSON.stringify(x)}\n`).join("");
    } else text = `${JSON.stringify(actual, null, 2)}\n`;
    writeFileSync(file, text);
    raw.expectedReviewed = false;
    raw.warnings = warnings.map((w) => ({ path: w.path, code: w.code }));
    writeFileSync(join(loaded.dir, "case.json"), `${JSON.stringify(raw, null, 2)}\n`);
    written.push(c.name);
  }
  return written;
}
