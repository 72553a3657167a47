import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { openaiToGeminiError } from "./openai-to-gemini-error";

describe("openaiToGeminiError", () => {
  it("keeps status, message, type/code and param as google.rpc.Status with detail types", () => {
    const out = openaiToGeminiError(400, { error: { message: "Bad temperature", type: "invalid_request_error", param: "temperature", code: "invalid_value" } });
    expect(out).toEqual({
      status: 400,
      body: {
        error: {
          code: 400,
          message: "Bad temperature",
          status: "INVALID_ARGUMENT",
          details: [
            { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "INVALID_VALUE", domain: "openai", metadata: { type: "invalid_request_error", code: "invalid_value", param: "temperature" } },
            { "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ field: "temperature", description: "Bad temperature" }] },
          ],
        },
      },
    });
    expect(validateOfficial("gemini-error", out.body, { strict: true }).errors).toEqual([]);
  });

  it.each([
    [401, "UNAUTHENTICATED"],
    [403, "PERMISSION_DENIED"],
    [404, "NOT_FOUND"],
    [429, "RESOURCE_EXHAUSTED"],
    [500, "INTERNAL"],
    [503, "UNAVAILABLE"],
    [504, "DEADLINE_EXCEEDED"],
  ] as const)("HTTP %i → %s", (status, name) => {
    expect(openaiToGeminiError(status, { error: { message: "m", type: null, param: null, code: null } }).body).toEqual({ error: { code: status, message: "m", status: name } });
  });

  it.each([
    ["vLLM", { object: "error", message: "model not found", type: "NotFoundError", code: 404 }, "model not found"],
    ["FastAPI", { detail: "Not Found" }, "Not Found"],
    ["text", "upstream exploded", "upstream exploded"],
    ["array", [{ error: { message: "wrapped" } }], "wrapped"],
    ["nothing", null, "Upstream OpenAI-compatible backend returned HTTP 404"],
  ])("accepts the %s error shape", (_, body, message) => {
    expect(openaiToGeminiError(404, body).body.error.message).toBe(message);
  });

  it("answers with an error status even when handed a success status", () => {
    expect(openaiToGeminiError(200, {}).status).toBe(500);
  });
});
