import { describe, expect, it } from "vitest";
import { GembridgeError } from "../../errors/gembridge-error";
import { listFiles, readJson, readStreamChunks, recordedDir, specTestdataDir } from "../../../test/gemini-fixtures";
import { parseGeminiChunk, parseGeminiError, parseGeminiRequest, parseGeminiResponse } from "./parse-gemini";

/** Runs `fn` and returns the GembridgeError it throws (fails the test if it throws anything else or nothing). */
function errorOf(fn: () => unknown): GembridgeError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    return error as GembridgeError;
  }
  throw new Error("expected a GembridgeError, nothing was thrown");
}

const nativeDir = `${recordedDir}gemini-native/`;
const errorsDir = `${recordedDir}errors/`;

describe("recorded Gemini/Vertex payloads", () => {
  const unary = listFiles(nativeDir, (name) => name.endsWith(".json"));
  const streams = listFiles(nativeDir, (name) => name.endsWith(".jsonl") || name.endsWith(".sse"));

  it("has the whole corpus", () => {
    expect(unary.length + streams.length).toBe(40);
    expect(listFiles(errorsDir, (name) => name.endsWith(".json")).length).toBe(9);
  });

  it.each(unary)("%s parses as a response and round-trips unchanged", (name) => {
    const payload = readJson(`${nativeDir}${name}`);
    // Loose objects keep every key, so a parsed recorded payload equals its input.
    expect(parseGeminiResponse(payload)).toEqual(payload);
  });

  it.each(streams)("%s: every chunk parses", (name) => {
    const chunks = readStreamChunks(`${nativeDir}${name}`);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(parseGeminiChunk(chunk)).toEqual(chunk);
  });

  it.each(listFiles(errorsDir, (name) => name.endsWith(".json")))("%s parses as an error", (name) => {
    const payload = readJson(`${errorsDir}${name}`);
    const parsed = parseGeminiError(payload);
    expect(parsed).toEqual(Array.isArray(payload) ? payload[0] : payload);
    expect(typeof parsed.error.code).toBe("number");
  });
});

describe("specvalidate sample payloads (gemini-*)", () => {
  const files = listFiles(specTestdataDir, (name) => name.startsWith("gemini-"));

  it.each(files.filter((name) => name.endsWith(".request.json") || name === "gemini-request.ok.json"))(
    "%s parses as a request",
    (name) => {
      const payload = readJson(`${specTestdataDir}${name}`);
      expect(parseGeminiRequest(payload)).toEqual(payload);
    },
  );

  it.each(files.filter((name) => name.endsWith(".response.json") || name === "gemini-response.ok.json"))(
    "%s parses as a response",
    (name) => {
      const payload = readJson(`${specTestdataDir}${name}`);
      expect(parseGeminiResponse(payload)).toEqual(payload);
    },
  );

  it.each(["gemini-error.ok.json", "gemini-doc-error-429.json"])("%s parses as an error", (name) => {
    const payload = readJson(`${specTestdataDir}${name}`);
    expect(parseGeminiError(payload)).toEqual(payload);
  });

  it("gemini-stream.ok.sse: every event parses as a chunk", () => {
    const chunks = readStreamChunks(`${specTestdataDir}gemini-stream.ok.sse`);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(parseGeminiChunk(chunk)).toEqual(chunk);
  });

  it("gemini-request.bad.json fails at its first wrong type", () => {
    const error = errorOf(() => parseGeminiRequest(readJson(`${specTestdataDir}gemini-request.bad.json`)));
    expect(error.param).toBe("contents[1].parts[0].thoughtSignature");
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_type");
  });

  it("gemini-request.bad.json: every wrong type is reported once the earlier ones are fixed", () => {
    const fixed = readJson(`${specTestdataDir}gemini-request.bad.json`) as { contents: { parts: Record<string, unknown>[] }[]; generationConfig: Record<string, unknown> };
    const part = fixed.contents[1]?.parts[0];
    if (part === undefined) throw new Error("fixture changed");
    part.thoughtSignature = "c2ln";
    // Issues come in schema field order (maxOutputTokens is declared before temperature), not input key order.
    expect(errorOf(() => parseGeminiRequest(fixed)).param).toBe("generationConfig.maxOutputTokens");
    fixed.generationConfig.maxOutputTokens = 2;
    expect(errorOf(() => parseGeminiRequest(fixed)).param).toBe("generationConfig.temperature");
    fixed.generationConfig.temperature = 0.2;
    // What remains is tolerated on purpose, as Google's own parser does: `responseMimeType: null` (proto3 JSON
    // "unset", removed), `system_instruction` (renamed), unknown enum strings (REQUIRED, HARASSMENT), unknown keys
    // (`thinkingBudgett`) and a part holding two data fields (the oneof is Google's to enforce; decision 0022).
    const parsed = parseGeminiRequest(fixed);
    expect(parsed.systemInstruction).toEqual({ parts: [{ text: "x" }] });
    expect(parsed.generationConfig).toEqual({ temperature: 0.2, maxOutputTokens: 2, thinkingConfig: { thinkingBudgett: 10 } });
  });

  it("gemini-response.bad.json fails at its first wrong type, then the next", () => {
    const bad = readJson(`${specTestdataDir}gemini-response.bad.json`) as {
      candidates: Record<string, unknown>[];
      usageMetadata: Record<string, unknown>;
    };
    expect(errorOf(() => parseGeminiResponse(bad)).param).toBe("candidates[0].index");
    const candidate = bad.candidates[0];
    if (candidate === undefined) throw new Error("fixture changed");
    candidate.index = 0;
    expect(errorOf(() => parseGeminiResponse(bad)).param).toBe("usageMetadata.promptTokenCount");
    bad.usageMetadata.promptTokenCount = 10;
    // `finishReason: "DONE"` is an unknown enum value and `modelVerson` an unknown key: both survive.
    expect(parseGeminiResponse(bad)).toMatchObject({ candidates: [{ finishReason: "DONE" }], modelVerson: "x" });
  });
});
