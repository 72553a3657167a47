import { describe, expect, it } from "vitest";
import { GembridgeError } from "../errors/gembridge-error";
import type { GeminiGenerateContentResponse, GeminiPart } from "../wire/gemini";
import { geminiToOpenAIResponse } from "./gemini-to-openai-response";
import type { GeminiToOpenAIResponseContext } from "./response-options";
import { expectValidOpenAI } from "../../test/helpers/response-test-helpers";

const ctx: GeminiToOpenAIResponseContext = {
  model: "client-model",
  now: () => 1700000000,
  newId: (kind, index) => `${kind}-${index}`,
};

function oneCandidate(parts: GeminiPart[], extra: Record<string, unknown> = {}): GeminiGenerateContentResponse {
  return { responseId: "resp-1", candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0, ...extra }] };
}

function translate(response: GeminiGenerateContentResponse, context: GeminiToOpenAIResponseContext = ctx) {
  const result = geminiToOpenAIResponse(response, context);
  expectValidOpenAI("openai-response", result.value);
  return result;
}

describe("envelope", () => {
  it("takes id, created and model from the response and context", () => {
    const { value, warnings } = translate({
      responseId: "r",
      createTime: "2026-02-15T07:50:37.854117Z",
      modelVersion: "gemini-2.5-flash",
      candidates: [{ content: { parts: [{ text: "Hi" }] }, finishReason: "STOP" }],
    });
    expect(value).toEqual({
      id: "r",
      object: "chat.completion",
      created: 1771141837,
      model: "client-model",
      system_fingerprint: "gemini-2.5-flash",
      choices: [{ index: 0, message: { role: "assistant", content: "Hi", refusal: null }, finish_reason: "stop", logprobs: null }],
    });
    expect(warnings).toEqual([]);
  });

  it("falls back to newId, now() and modelVersion", () => {
    const { value } = translate(
      { modelVersion: "gemini-x", candidates: [{ content: { parts: [{ text: "a" }] } }] },
      { now: ctx.now, newId: ctx.newId } as GeminiToOpenAIResponseContext,
    );
    expect([value.id, value.created, value.model]).toEqual(["completion-0", 1700000000, "gemini-x"]);
  });

  it("without a context: deterministic hash id, created 0", () => {
    const response = { candidates: [{ content: { parts: [{ text: "a" }] } }] };
    const first = geminiToOpenAIResponse(response).value;
    expect(first.id).toMatch(/^chatcmpl-[0-9a-f]{8}$/);
    expect(geminiToOpenAIResponse(structuredClone(response)).value.id).toBe(first.id);
    expect(first.created).toBe(0);
  });

  it("warns on an unparseable createTime", () => {
    const { value, warnings } = translate({ responseId: "r", createTime: "yesterday", candidates: [] });
    expect(value.created).toBe(1700000000);
    expect(warnings.map((w) => w.path)).toEqual(["createTime", "candidates"]);
  });
});

describe("choices", () => {
  it("one choice per candidate, text parts joined, indices kept", () => {
    const { value } = translate({
      responseId: "r",
      candidates: [
        { index: 0, content: { parts: [{ text: "Hel" }, { text: "lo" }] }, finishReason: "STOP" },
        { index: 1, content: { parts: [{ text: "Bye" }] }, finishReason: "MAX_TOKENS" },
      ],
    });
    expect(value.choices).toEqual([
      { index: 0, message: { role: "assistant", content: "Hello", refusal: null }, finish_reason: "stop", logprobs: null },
      {
        index: 1,
        message: { role: "assistant", content: "Bye", refusal: null },
        finish_reason: "length",
        logprobs: null,
        extra_content: { google: { finish_reason: "MAX_TOKENS" } },
      },
    ]);
  });

  it("content is null without text", () => {
    expect(translate(oneCandidate([])).value.choices[0]?.message.content).toBeNull();
  });
});

describe("thoughts", () => {
  const parts: GeminiPart[] = [{ text: "Let me think.", thought: true }, { text: "Answer.", thoughtSignature: "c2ln" }];

  it("are dropped unless requested, signature kept, with a warning", () => {
    const { value, warnings } = translate(oneCandidate(parts));
    expect(value.choices[0]?.message).toEqual({
      role: "assistant",
      content: "Answer.",
      refusal: null,
      extra_content: { google: { thought_signature: "c2ln" } },
    });
    expect(warnings).toEqual([{ path: "candidates[0].content.parts", code: "dropped", message: expect.any(String) }]);
  });

  it("includeThoughts → reasoning_content", () => {
    const { value, warnings } = translate(oneCandidate(parts), { ...ctx, includeThoughts: true });
    expect(value.choices[0]?.message).toEqual({
      role: "assistant",
      content: "Answer.",
      refusal: null,
      reasoning_content: "Let me think.",
      extra_content: { google: { thought_signature: "c2ln" } },
    });
    expect(warnings).toEqual([]);
  });

  it("thoughtTagMarker also wraps each run of thoughts into content", () => {
    const { value } = translate(
      oneCandidate([{ text: "A", thought: true }, { text: "B", thought: true }, { text: "x" }, { text: "C", thought: true }, { text: "y" }]),
      { ...ctx, includeThoughts: true, thoughtTagMarker: "think" },
    );
    expect(value.choices[0]?.message.content).toBe("<think>AB</think>x<think>C</think>y");
    expect(value.choices[0]?.message.reasoning_content).toBe("ABC");
  });
});

describe("thought signatures", () => {
  it("function call → that tool call; parallel calls: only the first carries one, kept exactly there", () => {
    const { value } = translate(
      oneCandidate([
        { functionCall: { name: "f", args: { a: 1 } }, thoughtSignature: "Zmlyc3Q=" },
        { functionCall: { name: "f", args: { a: 2 } } },
      ]),
    );
    expect(value.choices[0]).toEqual({
      index: 0,
      message: {
        role: "assistant",
        content: null,
        refusal: null,
        tool_calls: [
          { id: "tool_call-0", type: "function", function: { name: "f", arguments: '{"a":1}' }, extra_content: { google: { thought_signature: "Zmlyc3Q=" } } },
          { id: "tool_call-1", type: "function", function: { name: "f", arguments: '{"a":2}' } },
        ],
      },
      finish_reason: "tool_calls",
      logprobs: null,
    });
  });

  it("two signed text parts: the first on the message, all in thought_signatures", () => {
    const { value } = translate(oneCandidate([{ text: "a", thoughtSignature: "b25l" }, { text: "b", thoughtSignature: "dHdv" }]));
    expect(value.choices[0]?.message.extra_content).toEqual({ google: { thought_signature: "b25l", thought_signatures: ["b25l", "dHdv"] } });
  });

  it("an empty text part that only carries a signature keeps it", () => {
    const { value } = translate(oneCandidate([{ text: "Hi" }, { text: "", thoughtSignature: "bGF0ZQ==" }]));
    expect(value.choices[0]?.message).toEqual({ role: "assistant", content: "Hi", refusal: null, extra_content: { google: { thought_signature: "bGF0ZQ==" } } });
  });

  it("signatureMode tool_call_id also encodes the signature into the id", () => {
    const { value } = translate(oneCandidate([{ functionCall: { id: "abc", name: "f" }, thoughtSignature: "Zm9v+/==" }]), {
      ...ctx,
      signatureMode: "tool_call_id",
    });
    expect(value.choices[0]?.message.tool_calls?.[0]).toEqual({
      id: "gbts1_3_abcuZm9v-_",
      type: "function",
      function: { name: "f", arguments: "{}" },
      extra_content: { google: { thought_signature: "Zm9v+/==" } },
    });
  });

  it("past the id length bound the signature stays in extra_content only, with a warning", () => {
    const { value, warnings } = translate(oneCandidate([{ functionCall: { id: "abc", name: "f" }, thoughtSignature: "QUFB".repeat(10) }]), {
      ...ctx,
      signatureMode: "tool_call_id",
      maxToolCallIdLength: 20,
    });
    expect(value.choices[0]?.message.tool_calls?.[0]?.id).toBe("abc");
    expect(value.choices[0]?.message.tool_calls?.[0]?.extra_content).toEqual({ google: { thought_signature: "QUFB".repeat(10) } });
    expect(warnings).toEqual([{ path: "candidates[0].content.parts[0].thoughtSignature", code: "signature_not_in_id", message: expect.any(String) }]);
  });
});

describe("function calls", () => {
  it("ids: the part's id, else newId, else deterministic call_<completion id>_<i>; distinct for the same function", () => {
    const parts: GeminiPart[] = [{ functionCall: { id: "g1", name: "f" } }, { functionCall: { name: "f" } }, { functionCall: { name: "f" } }];
    expect(translate(oneCandidate(parts)).value.choices[0]?.message.tool_calls?.map((call) => call.id)).toEqual(["g1", "tool_call-1", "tool_call-2"]);
    expect(geminiToOpenAIResponse(oneCandidate(parts)).value.choices[0]?.message.tool_calls?.map((call) => call.id)).toEqual([
      "g1",
      "call_resp-1_1",
      "call_resp-1_2",
    ]);
  });

  it("text and a call: content kept, finish tool_calls", () => {
    const { value } = translate(oneCandidate([{ text: "Checking." }, { functionCall: { name: "f", args: { q: "é" } } }]));
    expect(value.choices[0]?.message.content).toBe("Checking.");
    expect(value.choices[0]?.message.tool_calls?.[0]?.function).toEqual({ name: "f", arguments: '{"q":"é"}' });
    expect(value.choices[0]?.finish_reason).toBe("tool_calls");
  });
});

describe("images", () => {
  const image = (data: string): GeminiPart => ({ inlineData: { mimeType: "image/png", data } });

  it("first image → message.audio with mime_type; further ones kept raw with a warning", () => {
    const { value, warnings } = translate(oneCandidate([image("AAAA"), image("BBBB")]));
    expect(value.choices[0]?.message).toEqual({
      role: "assistant",
      content: null,
      refusal: null,
      audio: { id: "resp-1-audio-0", expires_at: 1700000000, data: "AAAA", transcript: "", extra_content: { google: { mime_type: "image/png" } } },
      extra_content: { google: { gemini_parts: [{ index: 1, part: image("BBBB") }] } },
    });
    expect(warnings).toEqual([{ path: "candidates[0].content.parts[1]", code: "kept_raw", message: expect.any(String) }]);
  });

  it('imageOutput "images" lists every image as a data URL (and keeps audio for the first)', () => {
    const { value, warnings } = translate(oneCandidate([image("AAAA"), image("BBBB")]), { ...ctx, imageOutput: "images" });
    expect(value.choices[0]?.message.images).toEqual([
      { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } },
      { type: "image_url", image_url: { url: "data:image/png;base64,BBBB" } },
    ]);
    expect(value.choices[0]?.message.audio?.data).toBe("AAAA");
    expect(warnings).toEqual([]);
  });
});

describe("code execution", () => {
  it("fenced, readable content plus the raw parts", () => {
    const parts: GeminiPart[] = [
      { text: "Running:" },
      { executableCode: { language: "PYTHON", code: "print('```')" } },
      { codeExecutionResult: { outcome: "OUTCOME_FAILED", output: "boom\n" } },
      { text: "Done." },
    ];
    const { value, warnings } = translate(oneCandidate(parts));
    expect(value.choices[0]?.message.content).toBe("Running:\n````python\nprint('```')\n````\n```error\nboom\n```\nDone.");
    expect(value.choices[0]?.message.extra_content).toEqual({
      google: { gemini_parts: [{ index: 1, part: parts[1] }, { index: 2, part: parts[2] }] },
    });
    expect(warnings).toEqual([]);
  });
});

describe("grounding and citations", () => {
  it("url_citation indices are characters, converted from UTF-8 byte offsets", () => {
    const text = "Café ☕ is open. 😀 Tea too.";
    const bytes = new TextEncoder();
    const start = bytes.encode("Café ☕ is open. 😀 ").length;
    const { value } = translate(
      oneCandidate([{ text }], {
        groundingMetadata: {
          groundingChunks: [{ web: { uri: "https://example.com/a b", title: "ex" } }, { retrievedContext: { title: "no uri" } }],
          groundingSupports: [
            { segment: { endIndex: bytes.encode("Café ☕ is open.").length, text: "Café ☕ is open." }, groundingChunkIndices: [0, 1] },
            { segment: { startIndex: start, endIndex: start + 8, text: "Tea too." }, groundingChunkIndices: [0] },
          ],
        },
      }),
    );
    const message = value.choices[0]?.message;
    expect(message?.annotations).toEqual([
      { type: "url_citation", url_citation: { start_index: 0, end_index: 15, url: "https://example.com/a%20b", title: "ex" } },
      { type: "url_citation", url_citation: { start_index: 18, end_index: 26, url: "https://example.com/a%20b", title: "ex" } },
    ]);
    expect([...text].slice(18, 26).join("")).toBe("Tea too.");
    expect(message?.extra_content?.google).toEqual({ grounding_metadata: expect.objectContaining({ groundingSupports: expect.any(Array) }) });
  });

  it("citationMetadata (both dialect spellings) and urlContextMetadata", () => {
    const { value } = translate(
      oneCandidate([{ text: "abcdef" }], {
        citationMetadata: { citationSources: [{ startIndex: 1, endIndex: 3, uri: "https://a.example" }], citations: [{ startIndex: 2, endIndex: 6, uri: "https://b.example", title: "B" }] },
        urlContextMetadata: { urlMetadata: [{ retrievedUrl: "https://c.example", urlRetrievalStatus: "URL_RETRIEVAL_STATUS_SUCCESS" }] },
      }),
    );
    expect(value.choices[0]?.message.annotations).toEqual([
      { type: "url_citation", url_citation: { start_index: 1, end_index: 3, url: "https://a.example", title: "https://a.example" } },
      { type: "url_citation", url_citation: { start_index: 2, end_index: 6, url: "https://b.example", title: "B" } },
    ]);
    expect(Object.keys(value.choices[0]?.message.extra_content?.google ?? {})).toEqual(["citation_metadata", "url_context_metadata"]);
  });
});

describe("finish reasons", () => {
  it("keeps the native reason and finishMessage beside the OpenAI value", () => {
    const { value, warnings } = translate(
      oneCandidate([], { finishReason: "MALFORMED_FUNCTION_CALL", finishMessage: "Malformed function call: print(x)" }),
    );
    expect(value.choices[0]).toEqual({
      index: 0,
      message: { role: "assistant", content: null, refusal: null },
      finish_reason: "content_filter",
      logprobs: null,
      extra_content: { google: { finish_reason: "MALFORMED_FUNCTION_CALL", finish_message: "Malformed function call: print(x)" } },
    });
    expect(warnings.map((w) => w.code)).toEqual(["tool_protocol_error"]);
  });

  it("unknown reasons map to stop with a warning", () => {
    const { value, warnings } = translate(oneCandidate([{ text: "x" }], { finishReason: "NEW_REASON" }));
    expect(value.choices[0]?.finish_reason).toBe("stop");
    expect(warnings.map((w) => w.code)).toEqual(["approximated"]);
  });
});

describe("blocked prompts", () => {
  const blocked = { responseId: "r", promptFeedback: { blockReason: "PROHIBITED_CONTENT", blockReasonMessage: "no" } };

  it("one content_filter choice with the reason under extra_content", () => {
    expect(translate(blocked).value.choices).toEqual([
      {
        index: 0,
        message: { role: "assistant", content: null, refusal: null },
        finish_reason: "content_filter",
        logprobs: null,
        extra_content: { google: { block_reason: "PROHIBITED_CONTENT", block_reason_message: "no" } },
      },
    ]);
  });

  it('blockedPrompt: "error" throws a 400 GembridgeError', () => {
    let caught: unknown;
    try {
      geminiToOpenAIResponse(blocked, { blockedPrompt: "error" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GembridgeError);
    expect((caught as GembridgeError).toOpenAIError()).toEqual({
      error: { message: "The prompt was blocked by Gemini (PROHIBITED_CONTENT): no", type: "invalid_request_error", param: "messages", code: "content_filter" },
    });
  });
});

describe("invalid input", () => {
  it("throws GembridgeError (502) for a response that is not the right shape", () => {
    expect(() => geminiToOpenAIResponse({ candidates: [{ content: { parts: [null] } }] } as never)).toThrow(GembridgeError);
  });
});
