// Hostile input across the API (issue 10): prototype keys, absurd nesting, $ref cycles, non-JSON arguments,
// huge conversations and parallel calls. Each test asserts the whole observable promise, not just "no crash".
import { describe, expect, it } from "vitest";
import { deeplyNested } from "../../../conformance/src/arbitraries/hostile-json-arbitrary";
import { validateOfficial } from "../../../conformance/src/official-schemas";
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
  parseGeminiRequest,
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
    // `constructor` and `prototype` survive; `__proto__` is dropped by the Gemini wire schemas (known open bug below).
    expect(Object.keys(JSON.parse(assistant.tool_calls?.[0]?.function.arguments ?? "{}"))).toEqual(expect.arrayContaining(["constructor", "prototype", "plain"]));

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

  // Known open bug in src/wire/gemini (being written by its owner): zod's z.record drops an own `__proto__` key, so
  // parseGeminiRequest/Response/Chunk lose it from Struct fields (args, response). Flips red once fixed (decision 0111).
  it.fails("known open bug: a `__proto__` key in Gemini function args survives parseGeminiRequest", () => {
    const parsed = parseGeminiRequest({ contents: [{ role: "model", parts: [{ functionCall: { name: "f", args: hostileKeys } }] }] });
    expect(Object.keys(parsed.contents[0]?.parts?.[0]?.functionCall?.args ?? {})).toContain("__proto__");
  });

  it("parse functions never pollute (zod drops a top-level `__proto__` key of records and loose objects: reported)", () => {
    const parsed = parseOpenAIChatRequest({ ...JSON.parse('{"__proto__":{"polluted":1}}'), model: "m", messages: [{ role: "user", content: "q" }] });
    expectNoPollution();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    parseGeminiRequest(JSON.parse('{"contents":[],"__proto__":{"polluted":1},"generationConfig":{"constructor":{"prototype":{"polluted":1}}}}'));
    expectNoPollution();
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
