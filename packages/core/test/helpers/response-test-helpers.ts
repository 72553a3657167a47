// Test-only helpers (imported by *.test.ts only; not exported from the package).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { validateOfficial } from "@gembridge/testkit";

export const RECORDED = join(import.meta.dirname, "../../../../fixtures/recorded");
export const FIXTURES = join(import.meta.dirname, "../fixtures/response");

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

export function recordedFiles(folder: string, extension = ".json"): string[] {
  return readdirSync(join(RECORDED, folder)).filter((name) => name.endsWith(extension)).sort();
}

/** Asserts `payload` validates against OpenAI's official schema (project copy in fixtures/spec). */
export function expectValidOpenAI(kind: "openai-response" | "openai-error" | "openai-chunk", payload: unknown): void {
  const result = validateOfficial(kind, payload);
  expect(result.errors).toEqual([]);
}
