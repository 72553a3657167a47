/**
 * Fixture coverage of the README mapping tables (issue 8, decision 0120): every row of every mapping table in
 * docs/readme/{request,response,stream,schema,reverse}.md has at least one case whose `covers` names it, and every
 * direction has stream / non-stream / error cases.
 */
import { describe, expect, it } from "vitest";
import type { CaseDirection } from "./case-schema";
import { loadCases } from "./cases/load-cases";
import { MAPPING_DOCS, readMappingRows } from "./mapping-rows";

const cases = loadCases();
const parsed = readMappingRows();
const rows = MAPPING_DOCS.flatMap((doc) => parsed[doc].rows);
const rowIds = new Set(rows.map((r) => r.id));

/** Rows no fixture case can show, each with the reason. Keep this list short; a row here is a row probes never score. */
const NOT_FIXTURE_OBSERVABLE: Record<string, string> = {
  "request/google/thought_tag_marker":
    "goes to value.context (for the response side), which a request case's output ({model, stream, body}) does not contain",
  "request/stream_options.include_usage":
    "goes to value.context.includeUsage only; the stream cases cover its effect through context.includeUsage (stream/Usage-include_usage)",
  "stream/SSE-parsing":
    "byte-level SSE parsing of the @gembridge/core/sse adapter; case inputs reach the translator already split into events (core: sse-parser.test.ts)",
  "stream/Memory": "a heap measurement over a 100 MB stream (core: test/stream-memory.test.ts), not an input/output pair",
};

/** Reverse errors (and reverse stream faults) are described in prose, not in a table: their cases may cover no row. */
const noTableRows = (c: (typeof cases)[number]["case"]) =>
  c.direction === "openai-to-gemini-error" || (c.direction === "openai-to-gemini-stream" && "throws" in c.expected);

describe("mapping-table coverage", () => {
  it("every table in the mapping docs sits under a known section", () => {
    expect(MAPPING_DOCS.flatMap((doc) => parsed[doc].unknownHeadings.map((h) => `${doc}.md: ${h}`))).toEqual([]);
  });

  it("row ids are unique and the docs have the tables we expect", () => {
    expect(rows.length).toBe(rowIds.size);
    expect(rows.length).toBeGreaterThan(250);
  });

  it("every case names the rows it covers, and only rows that exist", () => {
    const problems: string[] = [];
    for (const { case: c } of cases) {
      const id = `${c.direction}/${c.name}`;
      if (c.covers === undefined) problems.push(`${id}: no covers`);
      else if (c.covers.length === 0 && !noTableRows(c)) problems.push(`${id}: empty covers`);
      for (const row of c.covers ?? []) if (!rowIds.has(row)) problems.push(`${id}: unknown row ${row}`);
    }
    expect(problems).toEqual([]);
  });

  it("every mapping-table row is covered by at least one case (or allow-listed with a reason)", () => {
    const covered = new Set(cases.flatMap((c) => c.case.covers ?? []));
    const missing = rows.filter((r) => !covered.has(r.id) && !(r.id in NOT_FIXTURE_OBSERVABLE)).map((r) => `${r.id} (${r.doc}.md:${r.line})`);
    expect(missing).toEqual([]);
  });

  it("the allow-list names only existing rows that no case covers", () => {
    const covered = new Set(cases.flatMap((c) => c.case.covers ?? []));
    for (const id of Object.keys(NOT_FIXTURE_OBSERVABLE)) {
      expect(rowIds.has(id), id).toBe(true);
      expect(covered.has(id), id).toBe(false);
    }
  });

  it("every direction has non-stream (or stream) cases and error cases", () => {
    const has = (pred: (c: (typeof cases)[number]) => boolean) => cases.some(pred);
    const byDir = (d: CaseDirection) => cases.filter((c) => c.case.direction === d);
    const isError = (c: (typeof cases)[number]) => "throws" in c.case.expected || c.case.direction.endsWith("-error");
    // Client → upstream requests: stream and non-stream, and inputs that must be rejected.
    for (const d of ["openai-to-gemini-request", "gemini-to-openai-request"] as const) {
      const all = byDir(d);
      const streams = (c: (typeof cases)[number]) =>
        d === "openai-to-gemini-request" ? (c.input as { stream?: unknown }).stream === true : c.case.options?.stream === true;
      expect(all.some(streams), `${d}: a streaming request`).toBe(true);
      expect(all.some((c) => !streams(c)), `${d}: a non-streaming request`).toBe(true);
      expect(all.some(isError), `${d}: a rejected request`).toBe(true);
    }
    // Upstream → client answers: non-stream, stream, and error cases on both sides.
    for (const [response, stream, error] of [
      ["gemini-to-openai-response", "gemini-to-openai-stream", "gemini-to-openai-error"],
      ["openai-to-gemini-response", "openai-to-gemini-stream", "openai-to-gemini-error"],
    ] as const) {
      expect(byDir(response).length, response).toBeGreaterThan(0);
      expect(byDir(stream).some((c) => !isError(c)), stream).toBe(true);
      expect(byDir(stream).some(isError), `${stream}: a failing stream`).toBe(true);
      expect(byDir(error).length, error).toBeGreaterThan(1);
    }
    expect(has((c) => c.case.direction === "gemini-to-openai-response" && isError(c)), "a response that must throw").toBe(true);
  });
});
