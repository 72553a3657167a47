// Test-only helpers to load the Gemini-side fixtures (recorded payloads, specvalidate samples, official schemas).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Repository root (`packages/core/test/` → `../../..`). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const recordedDir = `${repoRoot}fixtures/recorded/`;
export const specDir = `${repoRoot}fixtures/spec/`;
export const specTestdataDir = `${repoRoot}fixtures/specvalidate-testdata/`;

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** File names in a directory matching a predicate, sorted. */
export function listFiles(dir: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(dir).filter(keep).sort();
}

/**
 * The JSON payloads of a recorded stream file: `.jsonl` = one chunk per line; `.sse` = `data: {...}` events
 * (an event may span several `data:` lines, joined with "\n" as the SSE spec says).
 */
export function readStreamChunks(path: string): unknown[] {
  const text = readFileSync(path, "utf8");
  if (path.endsWith(".jsonl")) {
    return text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line));
  }
  const events: unknown[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    const data = block
      .split(/\r?\n/)
      .filter((line) => line.startsWith("data:"))
      .map((line) => line.slice(5).replace(/^ /, ""));
    if (data.length > 0) events.push(JSON.parse(data.join("\n")));
  }
  return events;
}
