import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const RECORDED = fileURLToPath(new URL("../../../../fixtures/recorded/", import.meta.url));

/** A recorded JSON payload from `fixtures/recorded/` (provenance in fixtures/recorded/SOURCES.md). */
export function recorded<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(RECORDED + path, "utf8")) as T;
}

/** A recorded stream stored as JSON lines (one streamGenerateContent chunk per line). */
export function recordedChunks(path: string): unknown[] {
  return readFileSync(RECORDED + path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}
