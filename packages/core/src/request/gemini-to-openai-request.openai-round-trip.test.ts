import { fc, it as prop } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateOfficial } from "@gembridge/testkit";
import type { OpenAIChatRequest, OpenAIMessage } from "../wire/openai";
import { geminiToOpenAIRequest } from "./gemini-to-openai-request";
import { openaiToGeminiRequest } from "./openai-to-gemini-request";

/**
 * OpenAI → Gemini → OpenAI for requests (`openaiToGeminiRequest`, then `geminiToOpenAIRequest`): everything both
 * sides express comes back. The grammar below generates only that common ground; `canonical` folds the forms that
 * say the same thing (one text part ≡ a string, `max_tokens` ≡ `max_completion_tokens`, …, docs/readme/reverse.md
 * "Round trips"). Losses are tested one by one further down.
 */

const word = fc.stringMatching(/^[a-z][a-z_]{0,7}$/);
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() !== "");
const signature = fc.base64String({ minLength: 4, maxLength: 16 }).filter((s) => s !== "");
const jsonValue = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));
const args = fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), jsonValue, { maxKeys: 3 });
const base64 = fc.base64String({ minLength: 4, maxLength: 12 }).filter((s) => s !== "");

/** `details`: Gemini 2.5 takes one media resolution per request, so per-image `detail` is generated for Gemini 3 only. */
const userPart = (details: readonly ("low" | "high" | undefined)[]) => fc.oneof(
  text.map((t) => ({ type: "text" as const, text: t })),
  fc.tuple(fc.constantFrom("image/png", "image/jpeg"), base64, fc.constantFrom(...details)).map(([mime, data, detail]) => ({
    type: "image_url" as const,
    image_url: detail === undefined ? { url: `data:${mime};base64,${data}` } : { url: `data:${mime};base64,${data}`, detail },
  })),
  fc.tuple(base64, fc.constantFrom("wav", "mp3")).map(([data, format]) => ({ type: "input_audio" as const, input_audio: { data, format } })),
);
const userMessage = (details: readonly ("low" | "high" | undefined)[]) => fc.oneof(
  text.map((content): OpenAIMessage => ({ role: "user", content })),
  fc.array(userPart(details), { minLength: 1, maxLength: 3 }).map((content): OpenAIMessage => ({ role: "user", content })),
);

/** Tool output: plain text (Gemini wraps it as `{output}`), or a JSON object's text (sent as the object). */
const toolOutput = fc.oneof(
  text.filter((t) => !t.trimStart().startsWith("{")),
  fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/).filter((k) => k !== "output"), jsonValue, { minKeys: 1, maxKeys: 3 }).map((o) => JSON.stringify(o)),
);

interface Turn {
  assistant: OpenAIMessage;
  tools: OpenAIMessage[];
}

/** One assistant turn: text (± reasoning, ± signature) or tool calls (± text, ± per-call signatures) and their results. */
const assistantTurn = (turn: number) =>
  fc.oneof(
    fc.record({ content: text, reasoning: fc.option(text, { nil: undefined }), sig: fc.option(signature, { nil: undefined }) }).map(({ content, reasoning, sig }): Turn => ({
      assistant: {
        role: "assistant",
        content,
        ...(reasoning === undefined ? {} : { reasoning_content: reasoning }),
        ...(sig === undefined ? {} : { extra_content: { google: { thought_signature: sig } } }),
      },
      tools: [],
    })),
    fc
      .record({
        content: fc.option(text, { nil: undefined }),
        calls: fc.array(fc.record({ name: word, args, sig: fc.option(signature, { nil: undefined }), output: toolOutput }), { minLength: 1, maxLength: 3 }),
      })
      .map(({ content, calls }): Turn => ({
        assistant: {
          role: "assistant",
          content: content ?? null,
          tool_calls: calls.map((call, k) => ({
            id: `call_${turn}_${k}`,
            type: "function" as const,
            function: { name: call.name, arguments: JSON.stringify(call.args) },
            ...(call.sig === undefined ? {} : { extra_content: { google: { thought_signature: call.sig } } }),
          })),
        },
        tools: calls.map((call, k): OpenAIMessage => ({ role: "tool", tool_call_id: `call_${turn}_${k}`, content: call.output })),
      })),
  );

const conversation = (details: readonly ("low" | "high" | undefined)[]) => fc
  .tuple(fc.option(text, { nil: undefined }), userMessage(details), fc.array(fc.tuple(fc.nat(), userMessage(details)), { maxLength: 3 }))
  .chain(([system, first, rest]) =>
    fc.tuple(...rest.map((_, i) => assistantTurn(i))).map((turns): OpenAIMessage[] => [
      ...(system === undefined ? [] : [{ role: "system" as const, content: system }]),
      first,
      ...turns.flatMap((turn, i) => [turn.assistant, ...turn.tools, (rest[i] as [number, OpenAIMessage])[1]]),
    ]),
  );

const parameters = fc
  .dictionary(word, fc.constantFrom("string", "integer", "number", "boolean"), { minKeys: 1, maxKeys: 3 })
  .chain((props) =>
    fc.subarray(Object.keys(props)).map((required) => ({
      type: "object",
      properties: Object.fromEntries(Object.entries(props).map(([key, type]) => [key, { type }])),
      ...(required.length > 0 ? { required } : {}),
    })),
  );
const tools = fc.uniqueArray(fc.record({ name: word, description: fc.option(text, { nil: undefined }), parameters }), { selector: (t) => t.name, minLength: 1, maxLength: 3 });

/** Thinking-level models (Gemini 3, and unknown names) and budget models (Gemini 2.5) invert different effort sets. */
const MODELS = [
  { model: "gemini-3-flash-preview", efforts: ["minimal", "low", "medium", "high"], details: [undefined, "low", "high"] },
  { model: "gemini-2.5-flash", efforts: ["none", "low", "medium", "high"], details: [undefined] },
] as const;

const request = fc
  .constantFrom(...MODELS)
  .chain((which) => fc.record({
    which: fc.constant(which),
    messages: conversation(which.details),
    tools: fc.option(tools, { nil: undefined }),
    choice: fc.constantFrom("auto", "none", "required", "named", undefined),
    format: fc.constantFrom("text", "json_object", "json_schema", undefined),
    schema: parameters,
    sampling: fc.record(
      {
        temperature: fc.double({ min: 0, max: 2, noNaN: true }),
        top_p: fc.double({ min: 0, max: 1, noNaN: true }),
        n: fc.integer({ min: 1, max: 4 }),
        max_completion_tokens: fc.integer({ min: 1, max: 4096 }),
        stop: fc.array(text, { minLength: 1, maxLength: 4 }),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        presence_penalty: fc.double({ min: -2, max: 1.99, noNaN: true }),
        frequency_penalty: fc.double({ min: -2, max: 1.99, noNaN: true }),
      },
      { requiredKeys: [] },
    ),
    logprobs: fc.option(fc.tuple(fc.boolean(), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined })), { nil: undefined }),
    effort: fc.option(fc.nat(3), { nil: undefined }),
    stream: fc.boolean(),
  }))
  .map(({ which, messages, tools: fns, choice, format, schema, sampling, logprobs, effort, stream }): OpenAIChatRequest => {
    const out: OpenAIChatRequest = { model: which.model, messages, ...sampling };
    if (fns !== undefined) {
      out.tools = fns.map(({ name, description, parameters: p }) => ({ type: "function", function: { name, ...(description === undefined ? {} : { description }), parameters: p } }));
      if (choice === "named") out.tool_choice = { type: "function", function: { name: fns[0]?.name ?? "" } };
      else if (choice !== undefined) out.tool_choice = choice;
    }
    if (format === "json_schema") out.response_format = { type: "json_schema", json_schema: { name: "response", schema } };
    else if (format !== undefined) out.response_format = { type: format };
    if (logprobs !== undefined) {
      out.logprobs = logprobs[0];
      if (logprobs[0] && logprobs[1] !== undefined) out.top_logprobs = logprobs[1];
    }
    if (effort !== undefined) out.reasoning_effort = which.efforts[effort];
    if (stream) {
      out.stream = true;
      out.stream_options = { include_usage: true };
    }
    return out;
  });

/** Folds forms that mean the same thing on the OpenAI side, so the comparison sees only real differences. */
function canonical(request: OpenAIChatRequest): OpenAIChatRequest {
  const out = structuredClone(request) as OpenAIChatRequest & { max_tokens?: number };
  out.model = "m";
  if (out.max_tokens !== undefined) {
    out.max_completion_tokens = out.max_tokens;
    delete out.max_tokens;
  }
  if (typeof out.stop === "string") out.stop = [out.stop];
  out.messages = out.messages.map((message) => {
    const content = (message as { content?: unknown }).content;
    if (Array.isArray(content) && content.length === 1 && content[0]?.type === "text" && content[0].extra_content === undefined) {
      return { ...message, content: content[0].text } as OpenAIMessage;
    }
    return message;
  });
  return out;
}

describe("OpenAI → Gemini → OpenAI request round trip", () => {
  prop.prop([request])("keeps messages, calls with ids and signatures, sampling, tools, tool_choice, response_format, effort", (original) => {
    const forward = openaiToGeminiRequest(original);
    // `json_schema.name` is required by OpenAI and has no Gemini slot: the one warning the common ground carries.
    const named = original.response_format?.type === "json_schema";
    expect(forward.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(named ? ["response_format.json_schema.name dropped"] : []);
    expect(validateOfficial("gemini-request", forward.value.body).errors).toEqual([]);
    const back = geminiToOpenAIRequest(forward.value.body, { model: "m", stream: forward.value.stream });
    expect(back.warnings).toEqual([]);
    // `reasoning_content` is outside OpenAI's schema (docs/decisions/0080): strict only without it.
    const strict = !back.value.messages.some((message) => "reasoning_content" in message);
    expect(validateOfficial("openai-request", back.value, { strict }).errors).toEqual([]);
    expect(canonical(back.value)).toEqual(canonical(original));
  });
});

/** Round trips through both translators; returns the request back and every warning path with its code. */
function roundTrip(extra: Record<string, unknown>, model = "gemini-3-flash-preview") {
  const original = { model, messages: [{ role: "user", content: "hi" }], ...extra } as OpenAIChatRequest;
  const forward = openaiToGeminiRequest(original);
  const back = geminiToOpenAIRequest(forward.value.body, { model, stream: forward.value.stream });
  const { model: _model, ...value } = back.value;
  const warnings = [...forward.warnings, ...back.warnings].map((w) => `${w.path} ${w.code}`);
  return { value, warnings };
}

const call = (name: string, id = "c1") => ({ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name, arguments: "{}" } }] });

/** Each row of docs/readme/reverse.md "Round trip OpenAI → Gemini → OpenAI": what comes back, and what warns. */
describe("OpenAI → Gemini → OpenAI: documented losses", () => {
  const cases: { name: string; extra: Record<string, unknown>; model?: string; back: Record<string, unknown>; warnings: string[] }[] = [
    { name: "developer → system", extra: { messages: [{ role: "developer", content: "d" }, { role: "user", content: "hi" }] }, back: { messages: [{ role: "system", content: "d" }, { role: "user", content: "hi" }] }, warnings: [] },
    { name: "several system messages → one with text parts", extra: { messages: [{ role: "system", content: "a" }, { role: "system", content: "b" }, { role: "user", content: "hi" }] }, back: { messages: [{ role: "system", content: [{ type: "text", text: "a" }, { type: "text", text: "b" }] }, { role: "user", content: "hi" }] }, warnings: [] },
    { name: "participant name", extra: { messages: [{ role: "user", content: "hi", name: "bob" }] }, back: { messages: [{ role: "user", content: "hi" }] }, warnings: ["messages[0].name dropped"] },
    { name: "refusal in history → text", extra: { messages: [{ role: "user", content: "hi" }, { role: "assistant", content: null, refusal: "no" }, { role: "user", content: "x" }] }, back: { messages: [{ role: "user", content: "hi" }, { role: "assistant", content: "no" }, { role: "user", content: "x" }] }, warnings: ["messages[1].refusal approximated"] },
    { name: "tool result text parts → one text", extra: { messages: [{ role: "user", content: "hi" }, call("f"), { role: "tool", tool_call_id: "c1", content: [{ type: "text", text: "a" }, { type: "text", text: "b" }] }, { role: "user", content: "x" }] }, back: { messages: [{ role: "user", content: "hi" }, { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] }, { role: "tool", tool_call_id: "c1", content: "ab" }, { role: "user", content: "x" }] }, warnings: ["messages[2].content approximated"] },
    { name: "file name", extra: { messages: [{ role: "user", content: [{ type: "file", file: { file_data: "data:application/pdf;base64,JVBE", filename: "a.pdf" } }] }] }, back: { messages: [{ role: "user", content: [{ type: "file", file: { file_data: "data:application/pdf;base64,JVBE", filename: "file-contents-0-parts-0.pdf" } }] }] }, warnings: ["messages[0].content[0].file.filename dropped"] },
    { name: "detail auto ≡ no detail", extra: { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x.test/a.png", detail: "auto" } }] }] }, back: { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x.test/a.png" } }] }] }, warnings: [] },
    { name: "image without detail takes the other's (Gemini 2.5, one resolution per request)", model: "gemini-2.5-flash", extra: { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x.test/a.png", detail: "high" } }, { type: "image_url", image_url: { url: "https://x.test/b.png" } }] }] }, back: { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x.test/a.png", detail: "high" } }, { type: "image_url", image_url: { url: "https://x.test/b.png", detail: "high" } }] }] }, warnings: ["messages[0].content[1].image_url approximated"] },
    { name: "json_schema name, description, strict", extra: { response_format: { type: "json_schema", json_schema: { name: "thing", description: "d", strict: true, schema: { type: "object" } } } }, back: { messages: [{ role: "user", content: "hi" }], response_format: { type: "json_schema", json_schema: { name: "response", schema: { type: "object" } } } }, warnings: ["response_format.json_schema.name dropped", "response_format.json_schema.description dropped"] },
    { name: "function strict", extra: { tools: [{ type: "function", function: { name: "f", strict: true, parameters: { type: "object" } } }] }, back: { messages: [{ role: "user", content: "hi" }], tools: [{ type: "function", function: { name: "f", parameters: { type: "object" } } }] }, warnings: ["tools[0].function.strict dropped"] },
    { name: "function strict under ANY (enforced by Gemini)", extra: { tools: [{ type: "function", function: { name: "f", strict: true, parameters: { type: "object" } } }], tool_choice: "required" }, back: { messages: [{ role: "user", content: "hi" }], tools: [{ type: "function", function: { name: "f", parameters: { type: "object" } } }], tool_choice: "required" }, warnings: [] },
    { name: "allowed_tools required with one name ≡ named choice", extra: { tools: [{ type: "function", function: { name: "f" } }, { type: "function", function: { name: "g" } }], tool_choice: { type: "allowed_tools", allowed_tools: { mode: "required", tools: [{ type: "function", function: { name: "f" } }] } } }, back: { messages: [{ role: "user", content: "hi" }], tools: [{ type: "function", function: { name: "f" } }, { type: "function", function: { name: "g" } }], tool_choice: { type: "function", function: { name: "f" } } }, warnings: [] },
    { name: "xhigh → high (Gemini 3)", extra: { reasoning_effort: "xhigh" }, back: { messages: [{ role: "user", content: "hi" }], reasoning_effort: "high" }, warnings: ["reasoning_effort approximated"] },
    { name: "max → high (Gemini 3)", extra: { reasoning_effort: "max" }, back: { messages: [{ role: "user", content: "hi" }], reasoning_effort: "high" }, warnings: ["reasoning_effort approximated"] },
    { name: "none → minimal (Gemini 3)", extra: { reasoning_effort: "none" }, back: { messages: [{ role: "user", content: "hi" }], reasoning_effort: "minimal" }, warnings: ["reasoning_effort approximated"] },
    { name: "minimal → low (Gemini 2.5 budgets)", model: "gemini-2.5-flash", extra: { reasoning_effort: "minimal" }, back: { messages: [{ role: "user", content: "hi" }], reasoning_effort: "low" }, warnings: ["reasoning_effort approximated"] },
    { name: "max_tokens ≡ max_completion_tokens", extra: { max_tokens: 7 }, back: { messages: [{ role: "user", content: "hi" }], max_completion_tokens: 7 }, warnings: [] },
    { name: "include_usage false → true (Gemini always reports usage)", extra: { stream: true, stream_options: { include_usage: false } }, back: { messages: [{ role: "user", content: "hi" }], stream: true, stream_options: { include_usage: true } }, warnings: [] },
    { name: "service_tier auto → omitted", extra: { service_tier: "auto" }, back: { messages: [{ role: "user", content: "hi" }] }, warnings: [] },
    { name: "service_tier flex", extra: { service_tier: "flex" }, back: { messages: [{ role: "user", content: "hi" }], service_tier: "flex" }, warnings: [] },
    { name: "OpenAI-only settings", extra: { logit_bias: { "1": 2 }, prediction: { type: "content", content: "x" }, verbosity: "low", parallel_tool_calls: false, store: true }, back: { messages: [{ role: "user", content: "hi" }] }, warnings: ["logit_bias dropped", "prediction dropped", "verbosity dropped", "parallel_tool_calls dropped", "store dropped"] },
    { name: "web_search_options → googleSearch → no OpenAI tool", extra: { web_search_options: {} }, back: { messages: [{ role: "user", content: "hi" }] }, warnings: ["tools[0].googleSearch unsupported"] },
  ];
  it.each(cases)("$name", ({ extra, model, back, warnings }) => {
    const result = roundTrip(extra, model);
    expect(result.value).toEqual(back);
    expect([...result.warnings].sort()).toEqual([...warnings].sort());
  });
});
