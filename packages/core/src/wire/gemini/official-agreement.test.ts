import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { listFiles, readJson, readStreamChunks, recordedDir, specTestdataDir } from "../../../test/gemini-fixtures";
import { GembridgeError } from "../../errors/gembridge-error";
import { parseGeminiRequest, parseGeminiResponse } from "./parse-gemini";

/**
 * Property: whatever Google's official schema accepts (strict mode: no unknown fields, no nulls), we accept too.
 * We are looser on purpose (open enums, snake_case names, proto3 nulls, no oneof), never stricter. Seeds are the
 * recorded / documented payloads that are strictly valid for the dialect, mutated at one random place: a value
 * replaced by one of a palette of JSON values, or a key or element deleted.
 */

type Json = unknown;
type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((item, index) => {
    out.push([...prefix, index]);
    pathsOf(item, [...prefix, index], out);
  });
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  return out;
}

const DELETE = Symbol("delete");

function mutate(value: Json, path: Path, replacement: unknown): Json {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

const palette = fc.oneof(
  fc.constant<unknown>(DELETE),
  fc.constantFrom<unknown>("", "x", "STOP", "AAAA", "3", 0, 1, -1, 1.5, true, false, null, {}, [], [1], ["a"], { a: 1 }),
);

function agreement(kind: "gemini-request" | "gemini-response", parse: (input: unknown) => unknown, seeds: Json[]) {
  for (const dialect of ["gemini", "vertex"] as const) {
    const valid = seeds.filter((seed) => validateOfficial(kind, seed, { dialect, strict: true }).valid);
    expect(valid.length).toBeGreaterThan(2);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), palette, (seedIndex, pathIndex, replacement) => {
        const seed = valid[seedIndex % valid.length];
        const paths = pathsOf(seed);
        const mutated = paths.length === 0 ? seed : mutate(seed, paths[pathIndex % paths.length] ?? [], replacement);
        if (!validateOfficial(kind, mutated, { dialect, strict: true }).valid) return;
        try {
          parse(mutated);
        } catch (error) {
          if (!(error instanceof GembridgeError)) throw error;
          throw new Error(`${dialect}: official schema accepts, we reject (${error.message}): ${JSON.stringify(mutated).slice(0, 400)}`);
        }
      }),
      { numRuns: 300 },
    );
  }
}

describe("agreement with the official schemas", () => {
  it("responses and chunks: official-valid ⇒ we accept", () => {
    const dir = `${recordedDir}gemini-native/`;
    const seeds: Json[] = [];
    for (const name of listFiles(dir)) {
      if (name.endsWith(".json")) seeds.push(readJson(`${dir}${name}`));
      else seeds.push(...readStreamChunks(`${dir}${name}`).slice(0, 3));
    }
    expect(seeds.length).toBeGreaterThan(40);
    agreement("gemini-response", parseGeminiResponse, seeds);
  });

  it("requests: official-valid ⇒ we accept", () => {
    const seeds = listFiles(specTestdataDir, (name) => name.startsWith("gemini-") && (name.endsWith(".request.json") || name.endsWith("request.ok.json"))).map(
      (name) => readJson(`${specTestdataDir}${name}`),
    );
    expect(seeds.length).toBe(3);
    agreement("gemini-request", parseGeminiRequest, seeds);
  });
});
