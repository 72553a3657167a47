import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import { openaiToGeminiRequest } from "../request/openai-to-gemini-request";
import { geminiToOpenAIResponse } from "../response/gemini-to-openai-response";
import { createGeminiToOpenAIStream } from "../stream/gemini-to-openai-stream";
import type { GeminiContent } from "../wire/gemini";
import type { OpenAIChatRequest } from "../wire/openai";
import { checkThoughtSignatures } from "./check-thought-signatures";
import { collectSignatureKeys } from "./collect-signature-keys";
import { createMemorySignatureStore } from "./create-memory-signature-store";
import { partSignatureKey, toolCallSignatureKey } from "./signature-store";
import { encodeToolCallIdSignature } from "./tool-call-id-signature";

const user = (text: string): GeminiContent => ({ role: "user", parts: [{ text }] });
const call = (id: string, signature?: string) => ({ functionCall: { id, name: "f", args: {} }, ...(signature === undefined ? {} : { thoughtSignature: signature }) });
const answer = (id: string): GeminiContent => ({ role: "user", parts: [{ functionResponse: { id, name: "f", response: {} } }] });

describe("checkThoughtSignatures", () => {
  const contents: GeminiContent[] = [
    user("old turn"),
    { role: "model", parts: [call("old")] },
    answer("old"),
    user("now"),
    { role: "model", parts: [call("a"), call("b")] },
    answer("a"),
    { role: "model", parts: [{ text: "x" }, call("c", "SIG")] },
    answer("c"),
    { role: "model", parts: [{ inlineData: { mimeType: "image/png", data: "AAAA" } }] },
  ];

  it("reports the first call of each unsigned current-turn step and unsigned model images on Gemini 3", () => {
    const issues = checkThoughtSignatures({ contents }, "gemini-3-pro-preview");
    expect(issues.map((issue) => [issue.path, issue.rule, issue.repair.kind])).toEqual([
      ["contents[4].parts[0]", "function_call", "skip"],
      ["contents[8].parts[0]", "image", "skip"],
    ]);
    expect(issues[0]?.repair).toEqual({ kind: "skip", signature: "skip_thought_signature_validator" });
  });

  it("prefers a store hit, and reports error when skipping is off", () => {
    const store = createMemorySignatureStore();
    store.set(toolCallSignatureKey("a"), "STORED");
    const issues = checkThoughtSignatures({ contents }, "gemini-3-flash-preview", { signatureStore: store, skip: false });
    expect(issues.map((issue) => issue.repair)).toEqual([{ kind: "store", signature: "STORED" }, { kind: "error" }]);
  });

  it("reports nothing for Gemini 2.5 (not validated) and does not modify its input", () => {
    const before = JSON.stringify(contents);
    expect(checkThoughtSignatures({ contents }, "gemini-2.5-flash")).toEqual([]);
    checkThoughtSignatures({ contents }, "gemini-3-pro-preview");
    expect(JSON.stringify(contents)).toBe(before);
  });

  it("reports unsigned server-side toolCall/toolResponse parts one by one; signed ones pass", () => {
    const raw = [
      user("q"),
      { role: "model", parts: [{ toolCall: { id: "t" } }, { toolResponse: { id: "t" }, thoughtSignature: "S" }, { toolResponse: { id: "u" } }] as never },
    ];
    const issues = checkThoughtSignatures({ contents: raw }, "gemini-3-pro-preview");
    expect(issues.map((issue) => [issue.path, issue.rule, issue.repair.kind])).toEqual([
      ["contents[1].parts[0]", "server_tool", "skip"],
      ["contents[1].parts[2]", "server_tool", "skip"],
    ]);
    expect(checkThoughtSignatures({ contents: raw }, "gemini-3-pro-preview", { skip: false }).map((i) => i.repair.kind)).toEqual(["error", "error"]);
    expect(checkThoughtSignatures({ contents: raw }, "gemini-2.5-pro")).toEqual([]);
  });
});

describe("signature store through the translators", () => {
  const geminiResponse = {
    responseId: "resp1",
    candidates: [
      { index: 0, content: { role: "model", parts: [{ functionCall: { name: "lookup", args: { q: 1 } }, thoughtSignature: "SIG-ONE" }] }, finishReason: "STOP" },
      { index: 1, content: { role: "model", parts: [{ functionCall: { name: "lookup", args: { q: 2 } }, thoughtSignature: "SIG-TWO" }, { text: "t", thoughtSignature: "SIG-TEXT" }] }, finishReason: "STOP" },
    ],
  };

  it("unary: fills one key per call (n > 1 does not collide) and per signed part", () => {
    const store = createMemorySignatureStore();
    const { value } = geminiToOpenAIResponse(geminiResponse, { model: "gemini-3-pro-preview", signatureStore: store });
    const ids = value.choices.map((choice) => choice.message.tool_calls?.[0]?.id as string);
    expect(new Set(ids).size).toBe(2);
    expect(store.get(toolCallSignatureKey(ids[0] as string))).toBe("SIG-ONE");
    expect(store.get(toolCallSignatureKey(ids[1] as string))).toBe("SIG-TWO");
    expect(store.get(partSignatureKey("resp1", 1, 1))).toBe("SIG-TEXT");
  });

  it("stream: fills the same call keys as unary", () => {
    const store = createMemorySignatureStore();
    const stream = createGeminiToOpenAIStream({ model: "gemini-3-pro-preview", signatureStore: store, newId: (kind, i) => `${kind}-${i}` });
    const chunks = stream.push(geminiResponse);
    const ids = chunks.flatMap((chunk) => chunk.choices.flatMap((choice) => (choice.delta.tool_calls ?? []).map((c) => c.id as string)));
    expect(ids).toHaveLength(2);
    expect(ids.map((id) => store.get(toolCallSignatureKey(id)))).toEqual(["SIG-ONE", "SIG-TWO"]);
  });

  const followUp = (id: string): OpenAIChatRequest => ({
    model: "gemini-3-pro-preview",
    messages: [
      { role: "user", content: "look it up" },
      { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "lookup", arguments: "{}" } }] },
      { role: "tool", tool_call_id: id, content: "42" },
    ],
  });

  it("request: a call that lost extra_content and its id suffix gets its signature back from the store", () => {
    const store = createMemorySignatureStore();
    store.set(toolCallSignatureKey("call_1"), "A-LONG-SIGNATURE+/==");
    const encoded = encodeToolCallIdSignature("call_1", "A-LONG-SIGNATURE+/==") as string;
    const truncated = encoded.slice(0, encoded.length - 6); // still decodes, to a wrong signature
    const request = followUp(truncated);
    expect(collectSignatureKeys(request)).toEqual([toolCallSignatureKey("call_1")]);
    const { value, warnings } = openaiToGeminiRequest(request, { signatureStore: store });
    expect(value.body.contents[1]?.parts?.[0]?.thoughtSignature).toBe("A-LONG-SIGNATURE+/==");
    expect(value.body.contents[1]?.parts?.[0]?.functionCall?.id).toBe("call_1");
    expect(warnings.map((w) => w.code)).toContain("restored");
    expect(value.context.signatureStore).toBe(store);
  });

  it("request: without a store the bypass value is sent; with skipping off, strict mode answers 400", () => {
    const plain = openaiToGeminiRequest(followUp("call_9"));
    expect(plain.value.body.contents[1]?.parts?.[0]?.thoughtSignature).toBe("skip_thought_signature_validator");
    const unsigned = openaiToGeminiRequest(followUp("call_9"), { skipThoughtSignature: false });
    expect(unsigned.value.body.contents[1]?.parts?.[0]?.thoughtSignature).toBeUndefined();
    expect(unsigned.warnings.map((w) => w.code)).toContain("missing_signature");
    let thrown: unknown;
    try {
      openaiToGeminiRequest(followUp("call_9"), { skipThoughtSignature: false, strict: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GembridgeError);
    expect((thrown as GembridgeError).status).toBe(400);
    expect((thrown as GembridgeError).param).toBe("messages[1].tool_calls");
  });
});
