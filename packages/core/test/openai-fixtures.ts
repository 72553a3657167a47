// Test-only helpers to load the OpenAI-side fixtures (recorded, seed, official examples) from the repository.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Repository root (`packages/core/test/` → `../../..`). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const coreTestDir = fileURLToPath(new URL("./", import.meta.url));

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** `data: {json}` payloads of an SSE text, in order (`[DONE]` and blank lines skipped). */
export function readSseData(path: string): unknown[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("data: ") && line !== "data: [DONE]")
    .map((line) => JSON.parse(line.slice("data: ".length)));
}

/** File names in a directory matching a predicate, sorted. */
export function listFiles(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).filter(keep).sort();
}
