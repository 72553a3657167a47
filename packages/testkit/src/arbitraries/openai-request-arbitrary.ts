// Valid OpenAI Chat Completions requests (every message role, part kind and documented option, Google's extensions).
import fc from "fast-check";
import {
  base64Arbitrary,
  functionNameArbitrary,
  jsonObjectArbitrary,
  type JsonObject,
  partialRecord,
  textArbitrary,
  thoughtSignatureArbitrary,
} from "./primitives";

type Json = Record<string, unknown>;

const extraContent: fc.Arbitrary<Json> = partialRecord({
  thought_signature: thoughtSignatureArbitrary,
  thought: fc.boolean(),
}).map((google) => ({ google }));
/** Adds `extra_content` now and then (weight 1 in 4). */
const withExtraContent = <T extends Json>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arbitrary, fc.option(extraContent, { freq: 3, nil: undefined })).map(([value, extra]) => (extra === undefined ? value : { ...value, extra_content: extra }));

const mime = fc.constantFrom("image/png", "image/jpeg", "image/webp", "application/pdf", "audio/wav", "video/mp4");
const dataUrl = fc.tuple(mime, base64Arbitrary(1, 64)).map(([type, data]) => `data:${type};base64,${data}`);
const mediaUrl = fc.oneof(dataUrl, fc.constantFrom("https://example.com/cat.png", "gs://bucket/dir/image.jpg", "https://example.com/v.mp4"));

const textPart = withExtraContent(fc.record({ type: fc.constant("text"), text: textArbitrary }));
const imagePart = withExtraContent(
  fc.record({
    type: fc.constant("image_url"),
    image_url: fc.record({ url: mediaUrl, detail: fc.constantFrom("auto", "low", "high") }, { requiredKeys: ["url"] }),
  }),
);
const audioPart = withExtraContent(
  fc.record({ type: fc.constant("input_audio"), input_audio: fc.record({ data: base64Arbitrary(1, 64), format: fc.constantFrom("wav", "mp3") }) }),
);
const filePart = withExtraContent(
  fc.record({
    type: fc.constant("file"),
    file: fc.oneof(
      fc.record({ file_data: dataUrl, filename: fc.constantFrom("a.pdf", "notes.txt") }, { requiredKeys: ["file_data"] }),
      fc.record({ file_id: fc.constantFrom("file-abc123", "gs://bucket/doc.pdf", "https://example.com/doc.pdf") }),
    ),
  }),
);
const refusalPart = fc.record({ type: fc.constant("refusal"), refusal: textArbitrary });

const textContent = fc.oneof(textArbitrary, fc.array(textPart, { minLength: 1, maxLength: 3 }));
const userContent = fc.oneof(textArbitrary, fc.array(fc.oneof(textPart, imagePart, audioPart, filePart), { minLength: 1, maxLength: 4 }));

const instruction = withExtraContent(
  fc.record({ role: fc.constantFrom("system", "developer"), content: textContent, name: fc.constantFrom("ops", "sys") }, { requiredKeys: ["role", "content"] }),
);
const userMessage = withExtraContent(fc.record({ role: fc.constant("user"), content: userContent, name: fc.constant("alice") }, { requiredKeys: ["role", "content"] }));
const assistantText = withExtraContent(
  fc.record(
    {
      role: fc.constant("assistant"),
      content: fc.oneof(textArbitrary, fc.array(fc.oneof(textPart, refusalPart), { minLength: 1, maxLength: 2 })),
      refusal: fc.constant(null),
      reasoning_content: textArbitrary,
      name: fc.constant("bot"),
    },
    { requiredKeys: ["role", "content"] },
  ),
);

/** Tool-call arguments: usually a JSON object's text, sometimes truncated JSON (models emit it; it is still a valid request). */
const argumentsText = fc.oneof(
  { weight: 8, arbitrary: jsonObjectArbitrary.map((args) => JSON.stringify(args)) },
  { weight: 1, arbitrary: fc.constantFrom("", "{", '{"a":', "not json", "[1,2]") },
);

/** An assistant turn with parallel tool calls and the matching tool results (ids unique per conversation). */
const toolExchange = (turn: number) =>
  fc
    .tuple(
      fc.array(fc.tuple(functionNameArbitrary, argumentsText, fc.option(thoughtSignatureArbitrary, { nil: undefined }), fc.boolean()), { minLength: 1, maxLength: 4 }),
      fc.option(textArbitrary, { nil: null }),
      fc.array(fc.oneof(textContent, jsonObjectArbitrary.map((o) => JSON.stringify(o))), { minLength: 4, maxLength: 4 }),
    )
    .map(([calls, content, results]) => {
      const toolCalls = calls.map(([name, args, signature, custom], k) => {
        const id = `call_${turn}_${k}`;
        const extra = signature === undefined ? {} : { extra_content: { google: { thought_signature: signature } } };
        return custom && k > 0
          ? { id, type: "custom", custom: { name, input: args }, ...extra }
          : { id, type: "function", function: { name, arguments: args }, ...extra };
      });
      return [
        { role: "assistant", content, tool_calls: toolCalls },
        ...toolCalls.map((call, k) => ({ role: "tool", tool_call_id: call.id, content: results[k] ?? "ok" })),
      ] as Json[];
    });

/** Deprecated `function_call` turn and its `function` result. */
const legacyFunctionTurn = fc
  .tuple(functionNameArbitrary, jsonObjectArbitrary, fc.option(textArbitrary, { nil: null }))
  .map(([name, args, result]) => [
    { role: "assistant", content: null, function_call: { name, arguments: JSON.stringify(args) } },
    { role: "function", name, content: result },
  ] as Json[]);

/** JSON Schemas for tool parameters and structured output (the subset both sides express, plus a few extras). */
export const jsonSchemaArbitrary: fc.Arbitrary<JsonObject> = fc.letrec<{ schema: JsonObject }>((tie) => ({
  schema: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<JsonObject>({ type: "string" }, { type: "integer", minimum: 0 }, { type: "number" }, { type: "boolean" }, { type: "string", enum: ["a", "b"] }, { type: "string", format: "date-time" }, { type: ["string", "null"] }),
    fc
      .tuple(fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,8}$/), tie("schema"), { maxKeys: 4 }), fc.boolean(), textArbitrary)
      .map(([properties, closed, description]) => ({
        type: "object",
        properties,
        required: Object.keys(properties).slice(0, 1),
        ...(closed ? { additionalProperties: false } : {}),
        ...(description === "" ? {} : { description }),
      })),
    tie("schema").map((items) => ({ type: "array", items })),
    fc.tuple(tie("schema"), tie("schema")).map(([a, b]) => ({ anyOf: [a, b] })),
  ),
})).schema;

const objectSchema = jsonSchemaArbitrary.map((schema) => (schema.type === "object" ? schema : { type: "object", properties: { value: schema } }));

const functionTool = fc.record(
  {
    type: fc.constant("function"),
    function: fc.record(
      { name: functionNameArbitrary, description: textArbitrary, parameters: objectSchema, strict: fc.boolean() },
      { requiredKeys: ["name"] },
    ),
  },
);
const customTool = fc.record({
  type: fc.constant("custom"),
  custom: fc.record(
    {
      name: functionNameArbitrary,
      description: textArbitrary,
      format: fc.constantFrom({ type: "text" }, { type: "grammar", grammar: { definition: "start: /[a-z]+/", syntax: "lark" } }),
    },
    { requiredKeys: ["name"] },
  ),
});

const googleExtraBody = partialRecord({
  thinking_config: fc.oneof(
    fc.record({ include_thoughts: fc.boolean(), thinking_budget: fc.integer({ min: -1, max: 24576 }) }, { requiredKeys: [] }),
    fc.record({ include_thoughts: fc.boolean(), thinking_level: fc.constantFrom("low", "medium", "high", "minimal") }, { requiredKeys: [] }),
  ),
  thought_tag_marker: fc.constantFrom("think", "thought"),
  safety_settings: fc.array(
    fc.record({ category: fc.constantFrom("HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_DANGEROUS_CONTENT"), threshold: fc.constantFrom("BLOCK_NONE", "BLOCK_ONLY_HIGH", "OFF") }),
    { maxLength: 2 },
  ),
  cached_content: fc.constant("cachedContents/abc123"),
  labels: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/), fc.stringMatching(/^[a-z0-9_-]{0,10}$/), { maxKeys: 3 }),
  tools: fc.array(fc.constantFrom<Json>({ google_search: {} }, { code_execution: {} }, { url_context: {} }), { maxLength: 2 }),
  media_resolution: fc.constantFrom("MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"),
});

const responseFormat = fc.oneof(
  fc.constant({ type: "text" }),
  fc.constant({ type: "json_object" }),
  fc.record({ name: fc.stringMatching(/^[a-zA-Z0-9_-]{1,20}$/), schema: objectSchema, strict: fc.boolean(), description: textArbitrary }, { requiredKeys: ["name"] }).map((json_schema) => ({ type: "json_schema", json_schema })),
);

const options = partialRecord({
  max_tokens: fc.integer({ min: 1, max: 65536 }),
  max_completion_tokens: fc.integer({ min: 1, max: 65536 }),
  temperature: fc.double({ min: 0, max: 2, noNaN: true }),
  top_p: fc.double({ min: 0, max: 1, noNaN: true }),
  n: fc.integer({ min: 1, max: 4 }),
  stop: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 })),
  presence_penalty: fc.double({ min: -2, max: 2, noNaN: true }),
  frequency_penalty: fc.double({ min: -2, max: 2, noNaN: true }),
  seed: fc.integer(),
  logprobs: fc.boolean(),
  top_logprobs: fc.integer({ min: 0, max: 20 }),
  response_format: responseFormat,
  stream_options: fc.record({ include_usage: fc.boolean() }),
  modalities: fc.constantFrom(["text"], ["text", "audio"]), // "image" is Google's addition, not in OpenAI's enum
  audio: fc.record({ voice: fc.constantFrom("alloy", "Kore", "Puck"), format: fc.constantFrom("wav", "mp3", "pcm16") }),
  reasoning_effort: fc.constantFrom("none", "minimal", "low", "medium", "high"),
  verbosity: fc.constantFrom("low", "medium", "high"),
  prediction: fc.record({ type: fc.constant("content"), content: textArbitrary }),
  web_search_options: fc.record({ search_context_size: fc.constantFrom("low", "medium", "high") }),
  service_tier: fc.constantFrom("auto", "default", "flex"),
  store: fc.boolean(),
  metadata: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ maxLength: 16 }), { maxKeys: 3 }),
  user: fc.constant("user-1234"),
  safety_identifier: fc.constant("sid-1"),
  prompt_cache_key: fc.constant("cache-key"),
  parallel_tool_calls: fc.boolean(),
  extra_body: googleExtraBody.map((google) => ({ google })),
});

export interface OpenAIChatRequestArbitraryOptions {
  /** Model names to pick from. Default: a few Gemini models in the spellings clients use. */
  readonly models?: readonly string[];
  /** Maximum number of turns after the first user message. Default 5. */
  readonly maxTurns?: number;
}

/**
 * Valid Chat Completions requests: a coherent conversation (tool results answer earlier calls, with ids unique),
 * every message role and content-part kind, function and custom tools, every `tool_choice` form, the documented
 * sampling/output options, and Google's `extra_body.google` / `extra_content.google` extensions. Each value passes
 * `parseOpenAIChatRequest` and OpenAI's official `CreateChatCompletionRequest` schema (non-strict).
 */
export function openAIChatRequestArbitrary(settings: OpenAIChatRequestArbitraryOptions = {}): fc.Arbitrary<Json> {
  const models = settings.models ?? ["gemini-2.5-flash", "gemini-3-pro-preview", "google/gemini-2.5-pro", "gemini-2.0-flash"];
  const turns = fc
    .array(fc.nat({ max: 4 }), { maxLength: settings.maxTurns ?? 5 })
    .chain((kinds) =>
      fc.tuple(
        ...kinds.map((kind, turn): fc.Arbitrary<Json[]> => {
          if (kind === 0) return userMessage.map((m) => [m]);
          if (kind === 1) return assistantText.map((m) => [m]);
          if (kind === 2) return toolExchange(turn);
          if (kind === 3) return legacyFunctionTurn;
          return instruction.map((m) => [m]);
        }),
      ),
    );
  const tools = fc.array(fc.oneof({ weight: 4, arbitrary: functionTool }, { weight: 1, arbitrary: customTool }), { minLength: 1, maxLength: 4 });
  return fc
    .record({
      model: fc.constantFrom(...models),
      leading: fc.option(instruction, { nil: undefined }),
      first: userMessage,
      turns,
      tools: fc.option(tools, { nil: undefined }),
      choice: fc.nat({ max: 5 }),
      stream: fc.option(fc.boolean(), { nil: undefined }),
      options,
    })
    .map(({ model, leading, first, turns, tools, choice, stream, options }) => {
      const request: Json = { model, messages: [...(leading === undefined ? [] : [leading]), first, ...turns.flat()], ...options };
      if (stream !== undefined) request.stream = stream;
      if (stream !== true) delete request.stream_options;
      if (tools !== undefined) {
        request.tools = tools;
        const named = tools[0] as { type: string; function?: { name: string }; custom?: { name: string } };
        request.tool_choice = [
          "auto",
          "none",
          "required",
          named.type === "function" ? { type: "function", function: { name: named.function?.name } } : { type: "custom", custom: { name: named.custom?.name } },
          { type: "allowed_tools", allowed_tools: { mode: "auto", tools: [named.type === "function" ? { type: "function", function: { name: named.function?.name } } : { type: "custom", custom: { name: named.custom?.name } }] } },
          "auto",
        ][choice];
      }
      return request;
    });
}
