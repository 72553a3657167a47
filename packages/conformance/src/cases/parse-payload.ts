import type { CaseFile } from "../case-schema";
import { payloadsOf } from "@gembridge/testkit";

/** A case payload as data: one JSON value (`json`) or the list of chunks of a stream (`sse`, `jsonl`). */
export function parsePayload(text: string, format: CaseFile["format"]): unknown {
  if (format === "json") return JSON.parse(text);
  if (format === "jsonl")
    return text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line));
  return payloadsOf(text);
}

/** Serializes stream chunks the way they go on the wire: `data: <json>\n\n` per chunk (OpenAI adds `data: [DONE]`). */
export function toSse(chunks: readonly unknown[], done: boolean): string {
  return chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join("") + (done ? "data: [DONE]\n\n" : "");
}
