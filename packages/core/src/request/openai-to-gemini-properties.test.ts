import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import { GembridgeError } from "../errors/gembridge-error";
import { deepFreeze, translate } from "../../test/helpers/openai-to-gemini-test-helpers";

/** Either a translation or a GembridgeError that is not our own bug (`internal_error`). */
function outcome(request: unknown, options?: Parameters<typeof translate>[1]) {
  try {
    return { ok: true as const, result: translate(request, options) };
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    expect((error as GembridgeError).code).not.toBe("internal_error");
    return { ok: false as const, error: error as GembridgeError };
  }
}

const text = fc.string({ maxLength: 12 });
const mediaUrl = fc.constantFrom("gs://b/a.png", "https://x.test/v.mp4", "data:image/png;base64,AAAA", "AAAA", "ftp://no", "");
const part = fc.oneof(
  fc.record({ type: fc.constant("text"), text }),
  fc.record({ type: fc.constant("image_url"), image_url: fc.oneof(mediaUrl, fc.record({ url: mediaUrl, detail: fc.constantFrom("low", "high", "auto") })) }),
  fc.record({ type: fc.constant("input_audio"), input_audio: fc.record({ data: mediaUrl, format: fc.constantFrom("mp3", "wav", "audio/ogg") }) }),
  fc.record({ type: fc.constant("file"), file: fc.record({ file_data: mediaUrl, filename: fc.constantFrom("a.pdf", "b") }, { requiredKeys: [] }) }),
  fc.jsonValue(),
);
const content = fc.oneof(text, fc.array(part, { maxLength: 3 }), fc.constant(null));
const id = fc.constantFrom("c1", "c2", "c3");
const toolCall = fc.record({
  id,
  type: fc.constant("function"),
  function: fc.record({ name: fc.constantFrom("f", "g"), arguments: fc.constantFrom("{}", '{"a":1}', "", "[", "3") }),
  extra_content: fc.constantFrom(undefined, { google: { thought_signature: "U0lH" } }),
});
const message = fc.oneof(
  fc.record({ role: fc.constantFrom("system", "developer", "user"), content }),
  fc.record({ role: fc.constant("assistant"), content, tool_calls: fc.option(fc.array(toolCall, { maxLength: 2 }), { nil: undefined }) }, { requiredKeys: ["role"] }),
  fc.record({ role: fc.constant("tool"), tool_call_id: id, content }),
  fc.jsonValue(),
);
const request = fc.record(
  {
    model: fc.constantFrom("gemini-3-pro-preview", "gemini-2.5-flash", "google/gemini-2.0-flash", "gpt-4o", ""),
    messages: fc.array(message, { maxLength: 6 }),
    tools: fc.array(fc.record({ type: fc.constant("function"), function: fc.record({ name: fc.constantFrom("f", "g"), parameters: fc.constant({ type: "object" }) }) }), { maxLength: 2 }),
    tool_choice: fc.constantFrom("auto", "none", "required", "validated", { type: "function", function: { name: "f" } }),
    temperature: fc.oneof(fc.double(), fc.constant(null)),
    reasoning_effort: fc.constantFrom("none", "low", "high", "bogus"),
    response_format: fc.constantFrom({ type: "json_object" }, { type: "json_schema", json_schema: { name: "x", schema: { type: "object" } } }),
    extra_body: fc.oneof(
      fc.jsonValue(),
      fc.constant({ google: { thinking_config: { include_thoughts: true } } }),
      fc.record({ google: fc.dictionary(fc.constantFrom("tools", "tool_config", "safety_settings", "labels", "thinking_config", "media_resolution", "generation_config", "stream_function_call_arguments"), fc.jsonValue()) }),
      fc.record({ google: fc.record({ tools: fc.array(fc.record({ function_declarations: fc.jsonValue() })) }) }),
    ),
    stream: fc.boolean(),
  },
  { requiredKeys: ["model", "messages"] },
);

// A grammar of mostly valid requests (tool results answer earlier calls), so the schema property checks real outputs.
const validPart = fc.oneof(
  fc.record({ type: fc.constant("text"), text }),
  fc.record({ type: fc.constant("image_url"), image_url: fc.record({ url: fc.constantFrom("gs://b/a.png", "data:image/png;base64,AAAA"), detail: fc.constantFrom("low", "high", "auto") }) }),
  fc.record({ type: fc.constant("input_audio"), input_audio: fc.record({ data: fc.constant("AAAA"), format: fc.constantFrom("mp3", "wav") }) }),
);
const turn = fc.oneof(
  fc.record({ role: fc.constantFrom("system", "developer", "user"), content: fc.oneof(text, fc.array(validPart, { maxLength: 3 })) }).map((m) =>
    m.role === "user" ? [m] : [{ role: m.role, content: typeof m.content === "string" ? m.content : "s" }],
  ),
  fc.tuple(fc.array(toolCall.filter((c) => c.function.arguments === "{}" || c.function.arguments === '{"a":1}'), { minLength: 1, maxLength: 2 }), text).map(([calls, answer]) => {
    const unique = calls.map((c, i) => ({ ...c, id: `${c.id}-${i}` }));
    return [
      { role: "assistant", content: answer, tool_calls: unique },
      ...unique.map((c) => ({ role: "tool", tool_call_id: c.id, content: answer })),
    ];
  }),
  text.map((answer) => [{ role: "assistant", content: answer, reasoning_content: "r" }]),
);
const validRequest = fc.record({
  model: fc.constantFrom("gemini-3-pro-preview", "gemini-2.5-flash", "google/gemini-2.0-flash", "gpt-4o"),
  messages: fc.tuple(fc.constant([{ role: "user", content: "start" }]), fc.array(turn, { maxLength: 5 })).map(([first, rest]) => [...first, ...rest.flat()]),
  tools: fc.constant([{ type: "function", function: { name: "f", parameters: { type: "object" } } }, { type: "function", function: { name: "g" } }]),
  tool_choice: fc.constantFrom("auto", "none", "required", "validated", { type: "function", function: { name: "f" } }),
  reasoning_effort: fc.constantFrom("none", "low", "high"),
  response_format: fc.constantFrom({ type: "json_object" }, { type: "json_schema", json_schema: { name: "x", schema: { type: "object" } } }),
  stop: fc.array(text, { maxLength: 3 }),
  extra_body: fc.constantFrom({ google: { thinking_config: { include_thoughts: true } } }, { google: { tools: [{ url_context: {} }] } }),
});

describe("properties", () => {
  it("never throws anything but a GembridgeError on arbitrary JSON", () => {
    fc.assert(fc.property(fc.jsonValue(), (input) => void outcome(input)));
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (extra) => void outcome({ model: "m", messages: [{ role: "user", content: "q" }], ...extra })));
  });

  it("never throws anything but a GembridgeError on request-shaped input, either dialect, strict or not", () => {
    fc.assert(
      fc.property(request, fc.constantFrom("gemini", "vertex"), fc.boolean(), (input, dialect, strict) => void outcome(input, { dialect, strict })),
      { numRuns: 300 },
    );
  });

  it("is deterministic and never mutates its (deep-frozen) input", () => {
    fc.assert(
      fc.property(request, (input) => {
        const snapshot = JSON.parse(JSON.stringify(input)) as unknown;
        const frozen = deepFreeze(input);
        const first = outcome(frozen);
        const second = outcome(frozen);
        expect(second).toEqual(first);
        expect(JSON.parse(JSON.stringify(frozen))).toEqual(snapshot);
      }),
      { numRuns: 200 },
    );
  });

  it("successful outputs validate against the official schema of their dialect", () => {
    fc.assert(
      fc.property(validRequest, fc.constantFrom("gemini", "vertex"), (input, dialect) => {
        const result = outcome(input, { dialect, schemaTarget: "json-schema" });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(validateOfficial("gemini-request", result.result.value.body, { dialect, strict: true }).errors).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("size", () => {
  it("a 10,000-message conversation translates in linear time without recursion", () => {
    const messages: unknown[] = [{ role: "system", content: "sys" }];
    for (let i = 0; i < 2500; i++) {
      messages.push({ role: "user", content: `question ${i}` });
      messages.push({ role: "assistant", content: "x", tool_calls: [{ id: `c${i}`, type: "function", function: { name: "f", arguments: `{"i":${i}}` } }] });
      messages.push({ role: "tool", tool_call_id: `c${i}`, content: `{"r":${i}}` });
      messages.push({ role: "assistant", content: `answer ${i}` });
    }
    const request = { model: "gemini-3-pro-preview", messages, tools: [{ type: "function", function: { name: "f" } }] };
    const started = performance.now();
    const { value } = translate(request);
    const elapsed = performance.now() - started;
    expect(value.body.contents.length).toBe(10_000);
    // Quadratic work on 10,000 messages would be ~10^8 steps; the linear translation takes a few milliseconds.
    expect(elapsed).toBeLessThan(1500);
  });

  it("a 20 MB base64 image (data URI and bare base64) translates in linear time", () => {
    const data = "QUJD".repeat(5 * 1024 * 1024);
    for (const url of [`data:image/png;base64,${data}`, data]) {
      const started = performance.now();
      const { value } = translate({ model: "m", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url } }] }] });
      const elapsed = performance.now() - started;
      expect(value.body.contents[0]?.parts?.[0]?.inlineData?.data?.length).toBe(data.length);
      expect(elapsed).toBeLessThan(1500);
    }
  });
});
