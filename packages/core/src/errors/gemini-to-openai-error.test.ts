import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectValidOpenAI, RECORDED, recordedFiles } from "../../test/helpers/response-test-helpers";
import { geminiToOpenAIError } from "./gemini-to-openai-error";

const recorded = (name: string): unknown => JSON.parse(readFileSync(join(RECORDED, "errors", name), "utf8"));

describe("geminiToOpenAIError — recorded bodies", () => {
  it.each(recordedFiles("errors"))("%s gives a valid OpenAI error that keeps Google's message", (name) => {
    const body = recorded(name);
    const rpc = (Array.isArray(body) ? body[0] : body) as { error: { code: number; message: string } };
    const result = geminiToOpenAIError(rpc.error.code, body);
    expectValidOpenAI("openai-error", result.body);
    expect(result.status).toBe(rpc.error.code);
    expect(result.body.error.message).toBe(rpc.error.message);
  });

  it("400 INVALID_ARGUMENT, array-wrapped (Google's compat endpoint)", () => {
    const result = geminiToOpenAIError(400, recorded("issue-compat-400-missing-thought-signature-array.json"));
    expect(result).toEqual({
      status: 400,
      body: {
        error: {
          message: expect.stringContaining("Function call is missing a thought_signature"),
          type: "invalid_request_error",
          param: null,
          code: "invalid_argument",
          extra_content: { google: { status: "INVALID_ARGUMENT" } },
        },
      },
    });
  });

  it("404 about a model → model_not_found", () => {
    expect(geminiToOpenAIError(404, recorded("pai-404-model-not-found.json"))).toEqual({
      status: 404,
      body: {
        error: {
          message:
            "models/gemini-3.6-flahs is not found for API version v1beta, or is not supported for generateContent. Call ModelService.ListModels to see the list of available models and their supported methods.",
          type: "invalid_request_error",
          param: null,
          code: "model_not_found",
          extra_content: { google: { status: "NOT_FOUND" } },
        },
      },
    });
  });

  it("429 RESOURCE_EXHAUSTED → rate_limit_error with retry-after from RetryInfo", () => {
    const body = recorded("vercel-429-resource-exhausted-retryinfo.json") as { error: { details: unknown[] } };
    expect(geminiToOpenAIError(429, body)).toEqual({
      status: 429,
      body: {
        error: {
          message: "You exceeded your current quota, please check your plan.",
          type: "rate_limit_error",
          param: null,
          code: "rate_limit_exceeded",
          extra_content: { google: { status: "RESOURCE_EXHAUSTED", details: body.error.details } },
        },
      },
      headers: { "retry-after": "35", "retry-after-ms": "34400" },
    });
  });
});

describe("geminiToOpenAIError — statuses", () => {
  it.each([
    [401, "UNAUTHENTICATED", "authentication_error", "unauthenticated"],
    [403, "PERMISSION_DENIED", "permission_error", "permission_denied"],
    [404, "NOT_FOUND", "invalid_request_error", "not_found"],
    [500, "INTERNAL", "server_error", "internal"],
    [503, "UNAVAILABLE", "server_error", "unavailable"],
    [504, "DEADLINE_EXCEEDED", "server_error", "deadline_exceeded"],
  ])("%i %s → %s", (status, name, type, code) => {
    const result = geminiToOpenAIError(status, { error: { code: status, message: "m", status: name } });
    expect(result).toEqual({ status, body: { error: { message: "m", type, param: null, code, extra_content: { google: { status: name } } } } });
    expectValidOpenAI("openai-error", result.body);
  });

  it("Gemini API bad key (400 + ErrorInfo API_KEY_INVALID) → 401 invalid_api_key; BadRequest field → param", () => {
    const details = [
      { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "API_KEY_INVALID", domain: "googleapis.com" },
    ];
    expect(geminiToOpenAIError(400, { error: { code: 400, message: "API key not valid.", status: "INVALID_ARGUMENT", details } }).body.error).toMatchObject({
      type: "authentication_error",
      code: "invalid_api_key",
    });
    const badRequest = [{ "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ field: "contents[0].parts", description: "x" }] }];
    expect(geminiToOpenAIError(400, { error: { code: 400, message: "bad", status: "INVALID_ARGUMENT", details: badRequest } }).body.error.param).toBe("contents[0].parts");
  });

  it("unparseable bodies still give a well-formed error", () => {
    const html = geminiToOpenAIError(502, "<html>Bad Gateway</html>");
    expect(html).toEqual({
      status: 502,
      body: {
        error: {
          message: "Gemini returned HTTP 502 with a body that is not a google.rpc.Status: <html>Bad Gateway</html>",
          type: "server_error",
          param: null,
          code: "upstream_error",
          extra_content: { google: { status: "UNAVAILABLE" } },
        },
      },
    });
    expect(geminiToOpenAIError(200, '{"error":{"code":503,"message":"overloaded","status":"UNAVAILABLE"}}').status).toBe(503);
    expect(geminiToOpenAIError(0, null).status).toBe(502);
  });

  it("never throws and always validates (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 700 }), fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (status, body) => {
        const result = geminiToOpenAIError(status, body);
        expect(result.status).toBeGreaterThanOrEqual(400);
        expect(result.status).toBeLessThanOrEqual(599);
        expectValidOpenAI("openai-error", result.body);
      }),
    );
  });
});
