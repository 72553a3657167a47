import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { geminiToOpenAIRequest } from "./gemini-to-openai-request";

/** Regressions found by the hardening fuzz (issue 10): unvalidated JSON used to crash with TypeErrors. */
function rejection(request: unknown): GembridgeError {
  try {
    geminiToOpenAIRequest(request as never, { model: "m" });
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    return error as GembridgeError;
  }
  throw new Error("expected a GembridgeError");
}

describe("geminiToOpenAIRequest on unvalidated JSON", () => {
  it.each([
    [{ contents: "x" }, "contents"],
    [{ contents: [{ role: "user", parts: "oP" }] }, "contents[0].parts"],
    [{ contents: [], tools: "" }, "tools"],
    [{ contents: [], tools: [{ functionDeclarations: {} }] }, "tools[0].functionDeclarations"],
    [{ contents: [{ role: "user", parts: [{ inlineData: { mimeType: [1], data: "AA==" } }] }] }, "contents[0].parts[0].inlineData.mimeType"],
  ])("%j → 400 at %s", (request, param) => {
    const error = rejection(request);
    expect(error.status).toBe(400);
    expect(error.param).toBe(param);
  });

  it("a non-object body → 400 without a param", () => {
    expect(rejection(null).status).toBe(400);
    expect(rejection([]).param).toBeNull();
  });

  it("proto3 JSON: `null` is unset and snake_case names are read (regression: systemInstruction: null crashed)", () => {
    const { value } = geminiToOpenAIRequest({ contents: [{ role: "user", parts: [{ text: "q" }] }], systemInstruction: null, generation_config: { max_output_tokens: 5 } } as never, { model: "m" });
    expect(value).toEqual({ model: "m", messages: [{ role: "user", content: "q" }], max_completion_tokens: 5 });
  });

  it("args nested 10,000 deep → 400 invalid_structure, not a 500", () => {
    let args: Record<string, unknown> = { a: 1 };
    for (let i = 0; i < 10_000; i++) args = { a: args };
    const error = rejection({ contents: [{ role: "model", parts: [{ functionCall: { name: "f", args } }] }] });
    expect([error.status, error.code]).toEqual([400, "invalid_structure"]);
  });
});
