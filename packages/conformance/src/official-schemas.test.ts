import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type OfficialKind, payloadsOf, validateOfficial } from "@gembridge/testkit";

// Verdicts of /work/shared/tools/specvalidate.mjs (the reference validator) over the copied testdata, recorded by
// scripts/record-official-verdicts.mjs so this test runs in a fresh clone without ../shared.
const dir = new URL("../test/official/", import.meta.url);
interface Verdict {
  file: string;
  kind: OfficialKind;
  dialect?: "gemini" | "vertex";
  strict: boolean;
  required: boolean;
  valid: boolean;
  specvalidate: string[];
}
const verdicts = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Verdict[];

describe("validateOfficial agrees with specvalidate on its testdata", () => {
  it("covers every copied testdata file", () => {
    const files = readdirSync(dir).filter((f) => /\.(json|sse)$/.test(f) && f !== "expected.json");
    expect(new Set(verdicts.map((v) => v.file))).toEqual(new Set(files));
  });
  for (const v of verdicts) {
    const label = `${v.file} ${v.kind} ${v.dialect ?? ""}${v.strict ? " strict" : ""}${v.required ? "" : " no-required"}`;
    it(label, () => {
      const payloads = payloadsOf(readFileSync(new URL(v.file, dir), "utf8"));
      expect(payloads.length).toBeGreaterThan(0);
      const results = payloads.map((p) =>
        validateOfficial(v.kind, p, {
          strict: v.strict,
          required: v.required,
          allowGoogleExtensions: false, // specvalidate knows no extensions
          ...(v.dialect ? { dialect: v.dialect } : {}),
        }),
      );
      const valid = results.every((r) => r.valid);
      expect({ valid, errors: results.flatMap((r) => r.errors) }).toMatchObject({ valid: v.valid });
      // .ok / .bad naming from specvalidate's testdata
      if (v.file.includes(".ok.")) expect(valid).toBe(true);
      if (v.file.includes(".bad.")) expect(valid).toBe(false);
    });
  }
});

const extended = JSON.parse(readFileSync(new URL("openai-response.ext.json", dir), "utf8")) as Record<string, unknown>;

describe("Google's OpenAI extensions", () => {
  it("are accepted in strict mode at their documented places", () => {
    expect(validateOfficial("openai-response", extended, { strict: true })).toEqual({ valid: true, errors: [] });
  });
  it("are rejected in strict mode when allowGoogleExtensions is false", () => {
    expect(validateOfficial("openai-response", extended, { strict: true, allowGoogleExtensions: false }).errors).toEqual([
      '$.choices[0].message: unknown property "reasoning_content"',
      '$.choices[0].message: unknown property "extra_content"',
      '$.usage: unknown property "extra_properties"',
    ]);
  });
  it("are not accepted elsewhere", () => {
    const misplaced = { ...extended, reasoning_content: "x" };
    expect(validateOfficial("openai-response", misplaced, { strict: true }).errors).toEqual(['$: unknown property "reasoning_content"']);
  });
  it("do not mutate the payload", () => {
    const before = JSON.stringify(extended);
    validateOfficial("openai-response", extended, { strict: true });
    expect(JSON.stringify(extended)).toBe(before);
  });
});

describe("validateOfficial details", () => {
  const request = { contents: [{ role: "user", parts: [{ text: "hi" }] }], generationConfig: { seed: null } };
  it("reads proto3 null as unset in lenient mode and rejects it in strict mode, without mutating", () => {
    expect(validateOfficial("gemini-request", request)).toEqual({ valid: true, errors: [] });
    expect(validateOfficial("gemini-request", request, { strict: true }).valid).toBe(false);
    expect(request.generationConfig.seed).toBeNull();
  });
  it("reports proto oneof violations", () => {
    const both = { contents: [{ parts: [{ text: "a", inlineData: { mimeType: "image/png", data: "AA==" } }] }] };
    expect(validateOfficial("gemini-request", both, { dialect: "vertex" }).errors).toEqual([
      '$.contents[0].parts[0]: oneof "data" allows one of [text, inlineData, fileData, functionCall, functionResponse, executableCode, codeExecutionResult], found text, inlineData',
    ]);
  });
  it("accepts int64 as string or number and gemini-chunk as a response", () => {
    const chunk = { candidates: [{ content: { role: "model", parts: [{ text: "x" }] }, tokenCount: "7" }] };
    expect(validateOfficial("gemini-chunk", chunk, { dialect: "vertex" }).valid).toBe(true);
    expect(validateOfficial("gemini-chunk", { ...chunk, candidates: [{ tokenCount: 7 }] }, { dialect: "vertex" }).valid).toBe(true);
  });
  it("validates the wrapped Google error body", () => {
    expect(validateOfficial("gemini-error", { error: { code: 404, message: "x", status: "NOT_FOUND" } })).toEqual({ valid: true, errors: [] });
    expect(validateOfficial("gemini-error", { error: { message: "x" } }).errors).toEqual(["$.error: must have required property 'code'"]);
  });
});
