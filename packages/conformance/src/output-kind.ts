import type { CaseDirection } from "./case-schema";
import type { OfficialKind } from "@gembridge/testkit";

/** The official schema each direction's output must satisfy (stream outputs: per chunk). */
export const OUTPUT_KIND = {
  "openai-to-gemini-request": "gemini-request",
  "gemini-to-openai-response": "openai-response",
  "gemini-to-openai-stream": "openai-chunk",
  "gemini-to-openai-error": "openai-error",
  "gemini-to-openai-request": "openai-request",
  "openai-to-gemini-response": "gemini-response",
  "openai-to-gemini-stream": "gemini-chunk",
  "openai-to-gemini-error": "gemini-error",
} as const satisfies Record<CaseDirection, OfficialKind>;

/** The payloads of an output to validate: request outputs carry the body in `.body`, streams are chunk lists. */
export function outputPayloads(direction: CaseDirection, output: unknown): unknown[] {
  if (direction === "openai-to-gemini-request") return [(output as { body?: unknown }).body];
  if (direction.endsWith("-stream")) return output as unknown[];
  return [output];
}
