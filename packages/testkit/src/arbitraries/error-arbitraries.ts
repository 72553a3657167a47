// Valid error bodies of both APIs (what an upstream sends with a 4xx/5xx status).
import fc from "fast-check";
import { textArbitrary } from "./primitives";

const HTTP_BY_RPC = [
  [400, "INVALID_ARGUMENT"], [400, "FAILED_PRECONDITION"], [401, "UNAUTHENTICATED"], [403, "PERMISSION_DENIED"], [404, "NOT_FOUND"],
  [409, "ABORTED"], [429, "RESOURCE_EXHAUSTED"], [499, "CANCELLED"], [500, "INTERNAL"], [503, "UNAVAILABLE"], [504, "DEADLINE_EXCEEDED"],
] as const;

/** `{ status, body }` of a Google error: `google.rpc.Status` with `status` and typed `details` (ErrorInfo, RetryInfo, BadRequest). */
export const geminiErrorArbitrary: fc.Arbitrary<{ status: number; body: Record<string, unknown> }> = fc
  .tuple(fc.constantFrom(...HTTP_BY_RPC), textArbitrary, fc.subarray(["errorInfo", "retryInfo", "badRequest", "help"] as const), fc.boolean())
  .map(([[status, rpc], message, kinds, wrapped]) => {
    const details = kinds.map((kind) => {
      if (kind === "errorInfo") return { "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason: "API_KEY_INVALID", domain: "googleapis.com", metadata: { service: "generativelanguage.googleapis.com" } };
      if (kind === "retryInfo") return { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "37s" };
      if (kind === "badRequest") return { "@type": "type.googleapis.com/google.rpc.BadRequest", fieldViolations: [{ field: "contents[0].parts", description: "must not be empty" }] };
      return { "@type": "type.googleapis.com/google.rpc.Help", links: [{ description: "docs", url: "https://ai.google.dev/gemini-api/docs" }] };
    });
    const body = { error: { code: status, message, status: rpc, ...(details.length > 0 ? { details } : {}) } };
    return { status, body: wrapped ? ([body] as unknown as Record<string, unknown>) : body };
  });

/** `{ status, body }` of an OpenAI error: `{ error: { message, type, param, code } }`. */
export const openAIErrorArbitrary: fc.Arbitrary<{ status: number; body: Record<string, unknown> }> = fc
  .tuple(
    fc.constantFrom([400, "invalid_request_error"], [401, "authentication_error"], [403, "permission_error"], [404, "not_found_error"], [429, "rate_limit_error"], [500, "server_error"], [503, "server_error"]),
    textArbitrary,
    fc.option(fc.constantFrom("messages[0].content", "model", "tools[1].function.parameters"), { nil: null }),
    fc.option(fc.constantFrom("invalid_value", "rate_limit_exceeded", "model_not_found", "context_length_exceeded"), { nil: null }),
  )
  .map(([[status, type], message, param, code]) => ({ status: status as number, body: { error: { message, type, param, code } } }));
