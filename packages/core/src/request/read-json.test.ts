import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { openaiToGeminiRequest } from "./openai-to-gemini-request";
import { expectJsonTextDepth, MAX_JSON_DEPTH } from "./read-json";

const nested = (depth: number, open = "[", close = "]") => `${open.repeat(depth)}${close.repeat(depth)}`;
const objects = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${"}".repeat(depth - 1)}`;

function depthError(run: () => unknown): GembridgeError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as GembridgeError;
  }
}

describe("expectJsonTextDepth", () => {
  it("accepts MAX_JSON_DEPTH levels and rejects one more, for arrays and objects", () => {
    expect(depthError(() => expectJsonTextDepth(nested(MAX_JSON_DEPTH), "x"))).toBeUndefined();
    expect(depthError(() => expectJsonTextDepth(objects(MAX_JSON_DEPTH), "x"))).toBeUndefined();
    const error = depthError(() => expectJsonTextDepth(nested(MAX_JSON_DEPTH + 1), "a.b"));
    expect(error).toBeInstanceOf(GembridgeError);
    expect([error?.status, error?.code, error?.param]).toEqual([400, "json_too_deep", "a.b"]);
    expect(depthError(() => expectJsonTextDepth(objects(MAX_JSON_DEPTH + 1), "x"))?.code).toBe("json_too_deep");
  });

  it("counts depth, not brackets: long flat text passes", () => {
    expect(depthError(() => expectJsonTextDepth(`[${Array(5000).fill("[]").join(",")}]`, "x"))).toBeUndefined();
  });

  it("ignores brackets inside strings, including after escaped quotes and backslashes", () => {
    const inString = JSON.stringify({ s: "[".repeat(3000), t: '\\"{{{{', u: `\\${"{".repeat(3000)}` });
    expect(depthError(() => expectJsonTextDepth(inString, "x"))).toBeUndefined();
    const afterStrings = `[${JSON.stringify('a\\"b\\\\')},${nested(MAX_JSON_DEPTH)}]`;
    expect(depthError(() => expectJsonTextDepth(afterStrings, "x"))?.code).toBe("json_too_deep");
  });
});

describe("depth limit through the translator", () => {
  const call = { id: "call_1", type: "function", function: { name: "f", arguments: "" } };
  const request = (args: string, result: string) => ({
    model: "gemini-2.0-flash",
    messages: [
      { role: "user", content: "hi" },
      { role: "assistant", content: null, tool_calls: [{ ...call, function: { name: "f", arguments: args } }] },
      { role: "tool", tool_call_id: "call_1", content: result },
    ],
  });
  const deepObject = objects(MAX_JSON_DEPTH + 1);

  it("rejects deep tool-call arguments and deep JSON tool results with their paths", () => {
    const args = depthError(() => openaiToGeminiRequest(request(deepObject, "ok") as never));
    expect([args?.code, args?.param]).toEqual(["json_too_deep", "messages[1].tool_calls[0].function.arguments"]);
    const result = depthError(() => openaiToGeminiRequest(request("{}", deepObject) as never));
    expect([result?.code, result?.param]).toEqual(["json_too_deep", "messages[2].content"]);
  });

  it("keeps bracket-heavy text that is not JSON as text", () => {
    const text = `{${"[".repeat(3000)}`;
    const { value } = openaiToGeminiRequest(request("{}", text) as never);
    expect(value.body.contents[2]).toEqual({ role: "user", parts: [{ functionResponse: { id: "call_1", name: "f", response: { output: text } } }] });
  });
});
