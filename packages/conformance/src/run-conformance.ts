/**
 * Runs fixture cases against any implementation that exposes the function names of gembridge's contract
 * (the README's API table; `@gembridge/core` is one). Each case calls one function with the case's input,
 * options and context and compares the result with the expected output under the case's comparison rules.
 */
import type { Case, CaseDirection } from "./case-schema";
import type { LoadedCase } from "./cases/load-cases";
import { comparePayloads } from "./compare/compare-payloads";

type Json = unknown;
interface Translated<T> {
  value: T;
  warnings: ReadonlyArray<{ path: string; code: string }>;
}
interface ChunkStream {
  push(chunk: Json): Json[];
  finish(): Json[];
  readonly warnings?: ReadonlyArray<{ path: string; code: string }>;
}

/** The functions a translator offers; any subset (cases of missing directions fail as "not implemented"). */
export interface ConformanceImpl {
  openaiToGeminiRequest?(request: never, options?: never): Translated<{ model: string; stream: boolean; body: Json }>;
  geminiToOpenAIResponse?(response: never, context?: never): Translated<Json>;
  createGeminiToOpenAIStream?(context?: never): ChunkStream;
  geminiToOpenAIError?(status: number, body: never): { status: number; body: Json };
  geminiToOpenAIRequest?(request: never, options: never): Translated<Json>;
  openaiToGeminiResponse?(completion: never, context?: never): Translated<Json>;
  createOpenAIToGeminiStream?(context?: never): ChunkStream;
  openaiToGeminiError?(status: number, body: never): { status: number; body: Json };
}

export interface CaseResult {
  readonly name: string;
  readonly direction: CaseDirection;
  readonly features: readonly string[];
  readonly pass: boolean;
  /** Differences from the expected output, or the reason the case could not run. */
  readonly diffs: string[];
  /** What the implementation produced (output payload, chunks, or `{status, body}`), for reports and generation. */
  readonly actual?: Json;
  readonly warnings: ReadonlyArray<{ path: string; code: string }>;
}

/** Builds the response-side context of a case: JSON fields as-is, `now`/`ids` as functions. */
export function caseContext(c: Case): Record<string, unknown> | undefined {
  if (!c.context) return undefined;
  const { now, ids, ...rest } = c.context;
  const ctx: Record<string, unknown> = { ...rest };
  if (now !== undefined) ctx.now = () => now;
  if (ids === "sequential") ctx.newId = (kind: string, index: number) => `${kind}-${index}`;
  return ctx;
}

const FUNCTION_OF = {
  "openai-to-gemini-request": "openaiToGeminiRequest",
  "gemini-to-openai-response": "geminiToOpenAIResponse",
  "gemini-to-openai-stream": "createGeminiToOpenAIStream",
  "gemini-to-openai-error": "geminiToOpenAIError",
  "gemini-to-openai-request": "geminiToOpenAIRequest",
  "openai-to-gemini-response": "openaiToGeminiResponse",
  "openai-to-gemini-stream": "createOpenAIToGeminiStream",
  "openai-to-gemini-error": "openaiToGeminiError",
} as const satisfies Record<CaseDirection, keyof ConformanceImpl>;

/** Calls the implementation for one case; returns what it produced and its warnings (throws what it throws). */
export function executeCase(impl: ConformanceImpl, loaded: LoadedCase): { actual: Json; warnings: ReadonlyArray<{ path: string; code: string }> } {
  const c = loaded.case;
  const fn = impl[FUNCTION_OF[c.direction]] as ((...args: unknown[]) => unknown) | undefined;
  if (typeof fn !== "function") throw new NotImplemented(FUNCTION_OF[c.direction]);
  const input = structuredClone(loaded.input);
  switch (c.direction) {
    case "gemini-to-openai-stream":
    case "openai-to-gemini-stream": {
      const stream = fn(caseContext(c)) as ChunkStream;
      const out: Json[] = [];
      for (const chunk of input as Json[]) out.push(...stream.push(chunk));
      out.push(...stream.finish());
      return { actual: out, warnings: stream.warnings ?? [] };
    }
    case "gemini-to-openai-error":
    case "openai-to-gemini-error":
      return { actual: fn(c.input.status ?? 500, input), warnings: [] };
    case "openai-to-gemini-request": {
      const r = fn(input, c.options ?? {}) as Translated<{ model: string; stream: boolean; body: Json }>;
      return { actual: { model: r.value.model, stream: r.value.stream, body: r.value.body }, warnings: r.warnings };
    }
    case "gemini-to-openai-request": {
      const r = fn(input, c.options ?? {}) as Translated<Json>;
      return { actual: r.value, warnings: r.warnings };
    }
    default: {
      const r = fn(input, caseContext(c)) as Translated<Json>;
      return { actual: r.value, warnings: r.warnings };
    }
  }
}

export class NotImplemented extends Error {
  constructor(readonly functionName: string) {
    super(`not implemented: ${functionName}`);
  }
}

export function runCase(impl: ConformanceImpl, loaded: LoadedCase): CaseResult {
  const c = loaded.case;
  const base = { name: c.name, direction: c.direction, features: c.features };
  let produced: { actual: Json; warnings: ReadonlyArray<{ path: string; code: string }> };
  try {
    produced = executeCase(impl, loaded);
  } catch (error) {
    if ("throws" in c.expected && !(error instanceof NotImplemented)) {
      const e = error as { status?: unknown; code?: unknown; param?: unknown };
      const want = c.expected.throws;
      const got = { status: e.status, ...(want.code ? { code: e.code } : {}), ...(want.param ? { param: e.param } : {}) };
      const diffs = comparePayloads(want, got, {}, "$error");
      return { ...base, pass: diffs.length === 0, diffs, actual: got, warnings: [] };
    }
    return { ...base, pass: false, diffs: [`threw: ${error instanceof Error ? error.message : String(error)}`], warnings: [] };
  }
  if ("throws" in c.expected)
    return { ...base, pass: false, diffs: ["expected an error, got a result"], actual: produced.actual, warnings: produced.warnings };
  if (loaded.expected === undefined)
    return { ...base, pass: false, diffs: [`expected file ${c.expected.file} is missing (run generate)`], actual: produced.actual, warnings: produced.warnings };
  let diffs: string[];
  if (c.direction.endsWith("-error")) {
    // Error cases: the expected file is the body; the HTTP status is in case.json.
    const got = produced.actual as { status?: unknown; body?: unknown };
    diffs = comparePayloads(loaded.expected, got.body, c.compare ?? {});
    if (c.expected.status !== undefined && got.status !== c.expected.status)
      diffs.unshift(`status: expected ${c.expected.status}, got ${String(got.status)}`);
  } else diffs = comparePayloads(loaded.expected, produced.actual, c.compare ?? {});
  return { ...base, pass: diffs.length === 0, diffs, actual: produced.actual, warnings: produced.warnings };
}

export function runConformance(impl: ConformanceImpl, cases: readonly LoadedCase[]): CaseResult[] {
  return cases.map((c) => runCase(impl, c));
}
