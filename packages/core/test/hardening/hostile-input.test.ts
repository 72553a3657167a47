// Hostile input across the API (issue 10): prototype keys, absurd nesting, $ref cycles, non-JSON arguments,
// huge conversations and parallel calls. Each test asserts the whole observable promise, not just "no crash".
import { describe, expect, it } from "vitest";
import { deeplyNested, validateOfficial } from "@gembridge/testkit";
import {
  createGeminiToOpenAIStream,
  createOpenAIToGeminiStream,
  GembridgeError,
  geminiSchemaToJsonSchema,
  geminiToOpenAIRequest,
  geminiToOpenAIResponse,
  jsonSchemaToGeminiSchema,
  openaiToGeminiRequest,
  openaiToGeminiResponse,
  parseGeminiChunk,
  parseGeminiRequest,
  parseGeminiResponse,
  parseOpenAIChatRequest,
} from "../../src/index";
import { deepFreeze } from "./check-target";

/** `JSON.parse` makes `__proto__` an own data key, exactly as a server receives it. */
const hostileKeys = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},"plain":1}') as Record<string, unknown>;

function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
}

/** The keys of `value` as own data properties (`Object.keys` sees an own `__proto__`). */
const ownKeys = (value: unknown) => Object.keys(value as object).sort();

function thrown(run: () => unknown): GembridgeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GembridgeError);
    return error as GembridgeError;
  }
  throw new Error("expected a GembridgeError");
}

describe("__proto__ / constructor / prototype keys are kept as data, never pollute Object.prototype", () => {
  it("tool-call arguments and tool parameters: OpenAI → Gemini request", () => {
    const schema = { type: "object", properties: JSON.parse('{"__proto__":{"type":"string"},"constructor":{"type":"string"},"prototype":{"type":"integer"}}'), required: ["__proto__"] };
    const request = deepFreeze({
      model: "gemini-2.5-flash",
      messages: [
        { role: "user", content: "q" },
        { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: JSON.stringify(hostileKeys) } }] },
        { role: "tool", tool_call_id: "c1", content: JSON.stringify(hostileKeys) },
      ],
      tools: [{ type: "function", function: { name: "f", parameters: schema } }],
      extra_body: { google: JSON.parse('{"__proto__":{"polluted":"yes"},"thinking_config":{"include_thoughts":true}}') },
    });
    const { value } = openaiToGeminiRequest(request as never);
    expectNoPollution();
    const call = value.body.contents[1]?.parts?.[0]?.functionCall;
    expect(ownKeys(call?.args)).toEqual(["__proto__", "constructor", "plain", "prototype"]);
    expect(JSON.stringify(call?.args)).toBe(JSON.stringify(hostileKeys));
    const response = value.body.contents[2]?.parts?.[0]?.functionResponse?.response as Record<string, unknown>;
    expect(JSON.stringify(response)).toContain('"__proto__":{"polluted":"yes"}');
    const parameters = JSON.stringify(value.body.tools);
    for (const key of ["__proto__", "constructor", "prototype"]) expect(parameters).toContain(`"${key}"`);
  });

  it("extra_content on messages, parts and tool calls", () => {
    const extra = { google: JSON.parse('{"__proto__":{"polluted":"yes"},"thought_signature":"U0lH","constructor":{"prototype":{"polluted":1}}}') };
    const request = deepFreeze({
      model: "gemini-3-pro-preview",
      messages: [
        { role: "user", content: [{ type: "text", text: "q", extra_content: extra }], extra_content: extra },
        { role: "assistant", content: "a", extra_content: extra, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{}" }, extra_content: extra }] },
        { role: "tool", tool_call_id: "c", content: "r" },
      ],
    });
    const { value } = openaiToGeminiRequest(request as never);
    expectNoPollution();
    expect(JSON.stringify(value.body)).toContain('"thoughtSignature":"U0lH"');
  });

  it("function-call args in a Gemini response and stream → OpenAI arguments text carries the keys", () => {
    const part = { functionCall: { name: "f", args: hostileKeys } };
    const response = deepFreeze({ candidates: [{ content: { role: "model", parts: [part] }, finishReason: "STOP" }] });
    const { value } = geminiToOpenAIResponse(response as never);
    expectNoPollution();
    expect(value.choices[0]?.message.tool_calls?.[0]).toMatchObject({ function: { arguments: JSON.stringify(hostileKeys) } });
    const stream = createGeminiToOpenAIStream();
    const chunks = [...stream.push(response as never), ...stream.finish()];
    expectNoPollution();
    expect(JSON.stringify(chunks)).toContain(JSON.stringify(JSON.stringify(hostileKeys)).slice(1, -1));
  });

  it("Gemini request → OpenAI request (args, response, schemas) and OpenAI response → Gemini response", () => {
    const request = deepFreeze({
      contents: [
        { role: "user", parts: [{ text: "q" }] },
        { role: "model", parts: [{ functionCall: { name: "f", args: hostileKeys } }] },
        { role: "user", parts: [{ functionResponse: { name: "f", response: hostileKeys } }] },
      ],
      tools: [{ functionDeclarations: [{ name: "f", description: "d", parametersJsonSchema: { type: "object", properties: hostileKeys } }] }],
    });
    const { value } = geminiToOpenAIRequest(request as never, { model: "m" });
    expectNoPollution();
    const assistant = value.messages[1] as { tool_calls?: Array<{ function: { arguments: string } }> };
    // All four keys survive parseGeminiRequest (decision 0151) and land in the arguments text, in order.
    expect(assistant.tool_calls?.[0]?.function.arguments).toBe(JSON.stringify(hostileKeys));
    const tool = value.messages[2] as { content?: unknown };
    expect(JSON.stringify(tool.content)).toContain(JSON.stringify('"__proto__":{"polluted":"yes"}').slice(1, -1));
    expect(JSON.stringify(value.tools)).toContain('"__proto__":{"polluted":"yes"}');

    const completion = deepFreeze({
      id: "c", object: "chat.completion", created: 0, model: "m",
      choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content: null, tool_calls: [{ id: "t", type: "function", function: { name: "f", arguments: JSON.stringify(hostileKeys) } }] } }],
    });
    const gemini = openaiToGeminiResponse(completion as never).value;
    expectNoPollution();
    const args = gemini.candidates?.[0]?.content?.parts?.[0]?.functionCall?.args;
    expect(ownKeys(args)).toEqual(["__proto__", "constructor", "plain", "prototype"]);
    expect(Object.getPrototypeOf(args)).toBe(Object.prototype); // the key is data, not a prototype swap
  });

  // Was a known open bug (hardening.md #11): zod skips an own `__proto__` key in records and loose objects; the parse
  // functions now escape it around validation (decision 0151).
  it("a `__proto__` key in Gemini function args and response survives parseGeminiRequest/Response/Chunk as an own key", () => {
    const parsed = parseGeminiRequest({ contents: [{ role: "model", parts: [{ functionCall: { name: "f", args: hostileKeys } }] }, { role: "user", parts: [{ functionResponse: { name: "f", response: hostileKeys } }] }] });
    expectNoPollution();
    const args = parsed.contents[0]?.parts?.[0]?.functionCall?.args;
    expect(ownKeys(args)).toEqual(["__proto__", "constructor", "plain", "prototype"]);
    expect(JSON.stringify(args)).toBe(JSON.stringify(hostileKeys));
    expect(Object.getPrototypeOf(args)).toBe(Object.prototype);
    expect(JSON.stringify(parsed.contents[1]?.parts?.[0]?.functionResponse?.response)).toBe(JSON.stringify(hostileKeys));
    const response = { candidates: [{ content: { role: "model", parts: [{ functionCall: { name: "f", args: hostileKeys } }] }, finishReason: "STOP" }] };
    for (const parse of [parseGeminiResponse, parseGeminiChunk]) {
      expect(JSON.stringify(parse(response).candidates?.[0]?.content?.parts?.[0]?.functionCall?.args)).toBe(JSON.stringify(hostileKeys));
    }
    expectNoPollution();
  });

  it("parse functions keep a `__proto__` key of loose objects and maps as data, never pollute", () => {
    const parsed = parseOpenAIChatRequest({ ...JSON.parse('{"__proto__":{"polluted":1}}'), model: "m", messages: [{ role: "user", content: "q" }], metadata: JSON.parse('{"__proto__":"m"}') });
    expectNoPollution();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(JSON.stringify(parsed)).toBe('{"model":"m","messages":[{"role":"user","content":"q"}],"metadata":{"__proto__":"m"},"__proto__":{"polluted":1}}'); // declared keys first (zod)
    const gemini = parseGeminiRequest(JSON.parse('{"contents":[],"__proto__":{"polluted":1},"labels":{"__proto__":"l"},"generationConfig":{"constructor":{"prototype":{"polluted":1}}}}'));
    expectNoPollution();
    expect(Object.getPrototypeOf(gemini)).toBe(Object.prototype);
    expect(JSON.stringify(gemini)).toBe('{"contents":[],"generationConfig":{"constructor":{"prototype":{"polluted":1}}},"labels":{"__proto__":"l"},"__proto__":{"polluted":1}}');
  });

  it("a `__proto__` map key is validated like any other (schema properties) and named in the param path", () => {
    const request = { contents: [], generationConfig: { responseSchema: { type: "OBJECT", properties: JSON.parse('{"__proto__":{"type":7}}') } } };
    const error = thrown(() => parseGeminiRequest(request));
    expect([error.status, error.param]).toEqual([400, "generationConfig.responseSchema.properties.__proto__.type"]);
    expect(error.message).not.toContain("\u0000");
  });
});

describe("absurd nesting and $ref cycles: bounded, clear GembridgeError", () => {
  it("a JSON Schema nested 10,000 deep → 400 schema_too_deep (no stack overflow)", () => {
    let schema: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < 10_000; i++) schema = { type: "object", properties: { a: schema } };
    const error = thrown(() => jsonSchemaToGeminiSchema(schema));
    expect([error.status, error.code]).toEqual([400, "schema_too_deep"]);
    const viaRequest = thrown(() => openaiToGeminiRequest({ model: "gemini-2.5-flash", messages: [{ role: "user", content: "q" }], tools: [{ type: "function", function: { name: "f", parameters: schema } }] } as never));
    expect(viaRequest.status).toBe(400);
    expect(viaRequest.param).toMatch(/^tools\[0\]\.function\.parameters/);
  });

  it("a Gemini Schema nested 10,000 deep → 400 (geminiSchemaToJsonSchema and geminiToOpenAIRequest)", () => {
    let schema: Record<string, unknown> = { type: "STRING" };
    for (let i = 0; i < 10_000; i++) schema = { type: "ARRAY", items: schema };
    expect(thrown(() => geminiSchemaToJsonSchema(schema as never)).status).toBe(400);
    const error = thrown(() => geminiToOpenAIRequest({ contents: [{ role: "user", parts: [{ text: "q" }] }], generationConfig: { responseSchema: schema } } as never, { model: "m" }));
    expect(error.status).toBe(400);
  });

  it("$ref cycles terminate: self, mutual, and via items", () => {
    const cycles = [
      { $ref: "#" },
      { $defs: { a: { $ref: "#/$defs/b" }, b: { $ref: "#/$defs/a" } }, $ref: "#/$defs/a" },
      { type: "object", properties: { next: { $ref: "#" }, list: { type: "array", items: { $ref: "#" } } } },
    ];
    for (const schema of cycles) {
      const started = performance.now();
      try {
        const { value } = jsonSchemaToGeminiSchema(schema);
        expect(JSON.stringify(value).length).toBeLessThan(1_000_000);
      } catch (error) {
        expect(error).toBeInstanceOf(GembridgeError);
        expect((error as GembridgeError).status).toBe(400);
      }
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it("a $ref fan-out (each level referencing the next twice, 40 levels) is cut by maxNodes, not exponential time", () => {
    const defs: Record<string, unknown> = { d40: { type: "string" } };
    for (let i = 0; i < 40; i++) defs[`d${i}`] = { type: "object", properties: { l: { $ref: `#/$defs/d${i + 1}` }, r: { $ref: `#/$defs/d${i + 1}` } } };
    const started = performance.now();
    const error = thrown(() => jsonSchemaToGeminiSchema({ $defs: defs, $ref: "#/$defs/d0" }, { maxDepth: 1000 }));
    expect(error.status).toBe(400);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("request bodies nested 10,000 deep in free-form slots → GembridgeError, not RangeError", () => {
    const deep = deeplyNested(10_000, "object");
    const deepText = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`; // JSON.stringify itself overflows at this depth
    const outcomes = [
      () => openaiToGeminiRequest({ model: "m", messages: [{ role: "user", content: "q" }, { role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: deepText } }] }, { role: "tool", tool_call_id: "c", content: "x" }] } as never),
      () => openaiToGeminiResponse({ id: "c", object: "chat.completion", created: 0, model: "m", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: null, tool_calls: [{ id: "t", type: "function", function: { name: "f", arguments: deepText } }] } }] } as never),
      () => geminiToOpenAIRequest({ contents: [{ role: "model", parts: [{ functionCall: { name: "f", args: deep } }] }] } as never, { model: "m" }),
      () => geminiToOpenAIResponse({ candidates: [{ content: { parts: [{ functionCall: { name: "f", args: deep } }] }, finishReason: "STOP" }] } as never),
      () => parseGeminiRequest({ contents: deeplyNested(10_000, "array") }),
      () => parseOpenAIChatRequest({ model: "m", messages: deeplyNested(10_000, "array") }),
    ];
    for (const run of outcomes) {
      try {
        run();
      } catch (error) {
        expect(error, String(error)).toBeInstanceOf(GembridgeError);
      }
    }
  });
});

describe("JSON parsed from tool-call arguments and tool results: nesting bounded at 1,000 (decision 0152)", () => {
  const nestedText = (depth: number) => `${'{"a":'.repeat(depth - 1)}{"a":1}${"}".repeat(depth - 1)}`;
  const request = (args: string, result: string) => ({
    model: "gemini-2.5-flash",
    messages: [
      { role: "user", content: "q" },
      { role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: args } }] },
      { role: "tool", tool_call_id: "c", content: result },
    ],
  });

  it("1,000 levels translate, and the body serializes", () => {
    const { value } = openaiToGeminiRequest(request(nestedText(1000), nestedText(1000)) as never);
    const text = JSON.stringify(value.body);
    expect(text.length).toBeGreaterThan(12_000);
    expect(JSON.stringify(value.body.contents[2]?.parts?.[0]?.functionResponse?.response)).toBe(nestedText(1000));
  });

  it.each([
    ["arguments 1,001 deep", request(nestedText(1001), "{}"), "messages[1].tool_calls[0].function.arguments"],
    ["arguments 10,000 deep (JSON.stringify would overflow later)", request(nestedText(10_000), "{}"), "messages[1].tool_calls[0].function.arguments"],
    ["arrays inside arguments", request(`{"a":${"[".repeat(1000)}${"]".repeat(1000)}}`, "{}"), "messages[1].tool_calls[0].function.arguments"],
    ["tool result 1,001 deep", request("{}", nestedText(1001)), "messages[2].content"],
    ["tool result 10,000 deep", request("{}", nestedText(10_000)), "messages[2].content"],
  ])("%s → 400 json_too_deep with the param path", (_name, body, param) => {
    const error = thrown(() => openaiToGeminiRequest(body as never));
    expect([error.status, error.code, error.param, error.message]).toEqual([400, "json_too_deep", param, `'${param}' nests objects and arrays more than 1000 levels deep.`]);
  });

  it("a legacy function message's JSON content is bounded too", () => {
    const body = { model: "gemini-2.5-flash", messages: [{ role: "user", content: "q" }, { role: "function", name: "f", content: nestedText(1001) }] };
    expect(thrown(() => openaiToGeminiRequest(body as never)).param).toBe("messages[1].content");
  });
});

describe("tool arguments that are not JSON", () => {
  it("backend reply arguments \"\" are a parameterless call: args {}", () => {
    const completion = { id: "c", object: "chat.completion", created: 0, model: "m", choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content: null, tool_calls: [{ id: "t", type: "function", function: { name: "f", arguments: "" } }] } }] };
    expect(openaiToGeminiResponse(completion as never).value.candidates?.[0]?.content?.parts).toEqual([{ functionCall: { name: "f", args: {}, id: "t" } }]);
  });

  it.each(["", "{", "not json", '{"a":1', "[1,2]", "3", "null", '"str"', "\ud800"])("OpenAI request arguments %j → a GembridgeError 400 with the param path, or a documented translation", (text) => {
    const request = { model: "gemini-2.5-flash", messages: [{ role: "user", content: "q" }, { role: "assistant", content: null, tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: text } }] }, { role: "tool", tool_call_id: "c", content: "r" }] };
    try {
      const { value } = openaiToGeminiRequest(request as never);
      const args = value.body.contents[1]?.parts?.[0]?.functionCall?.args;
      expect(args).toBeTypeOf("object"); // Struct: always an object on the Gemini side
      expect(validateOfficial("gemini-request", JSON.parse(JSON.stringify(value.body)), { strict: true }).errors).toEqual([]);
    } catch (error) {
      expect(error).toBeInstanceOf(GembridgeError);
      expect((error as GembridgeError).status).toBe(400);
      expect((error as GembridgeError).param).toBe("messages[1].tool_calls[0].function.arguments");
    }
  });

  it.each(["{", "not json", "[1,2]", "3"])("backend reply arguments %j → MALFORMED_FUNCTION_CALL, valid Gemini output", (text) => {
    const completion = { id: "c", object: "chat.completion", created: 0, model: "m", choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content: null, tool_calls: [{ id: "t", type: "function", function: { name: "f", arguments: text } }] } }] };
    const { value } = openaiToGeminiResponse(completion as never);
    expect(value.candidates?.[0]?.finishReason).toBe("MALFORMED_FUNCTION_CALL");
    expect(validateOfficial("gemini-response", JSON.parse(JSON.stringify(value)), { strict: true }).errors).toEqual([]);
    const stream = createOpenAIToGeminiStream();
    const chunk = { id: "c", object: "chat.completion.chunk", created: 0, model: "m", choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: "t", type: "function", function: { name: "f", arguments: text } }] }, finish_reason: "tool_calls" }] };
    const out = [...stream.push(chunk as never), ...stream.finish()];
    expect(out.at(-1)?.candidates?.[0]?.finishReason).toBe("MALFORMED_FUNCTION_CALL");
  });
});
